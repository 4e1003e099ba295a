import type { Db } from '../../db/index.ts'
import type { RegionLevel } from '../../db/types.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'
import { type SqlScope, townCodeOf } from '../../platform/scope.ts'

export interface RegionFilter extends PageQuery {
  level?: RegionLevel
  parentCode?: string
  q?: string
}

export async function listRegions(db: Db, query: RegionFilter) {
  let base = db.selectFrom('regions')
  if (query.level) base = base.where('level', '=', query.level)
  if (query.parentCode) base = base.where('parent_code', '=', query.parentCode)
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) => eb.or([eb('name', 'like', pattern), eb('code', 'like', pattern)]))
  }
  return fetchPage(base, (q) => q.selectAll().orderBy('path'), query)
}

export type RegionRow = Awaited<ReturnType<typeof listRegions>>['rows'][number]

/** Every region's path by code (imports check many rows against the tree at once). */
export async function regionPathsByCode(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('regions').select(['code', 'path']).execute()
  return new Map(rows.map((r) => [r.code, r.path]))
}

export async function regionPathOf(db: Db, code: string): Promise<string | undefined> {
  return (await db.selectFrom('regions').select('path').where('code', '=', code).executeTakeFirst())?.path
}

export interface GridFilter extends PageQuery {
  regionCode?: string
  q?: string
}

/** Grids in the scope (over the alias `g`), of a village or of the villages of a town. */
export async function listGrids(db: Db, scope: SqlScope, query: GridFilter) {
  let base = db
    .selectFrom('grids as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code')
    .where(scope('g'))
  if (query.regionCode) {
    const code = query.regionCode
    base = base.where((eb) => eb.or([eb('g.region_code', '=', code), eb('r.parent_code', '=', code)]))
  }
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) => eb.or([eb('g.name', 'like', pattern), eb('g.code', 'like', pattern)]))
  }
  return fetchPage(
    base,
    (q) =>
      q
        .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
        .select((eb) => [
          'g.id',
          'g.code',
          'g.name',
          'g.region_code',
          'r.name as region_name',
          't.code as town_code',
          't.name as town_name',
          eb
            .selectFrom('deputy_grids as dg')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('dg.grid_id', '=', 'g.id')
            .as('deputy_count'),
        ])
        .orderBy('g.code'),
    query,
  )
}

export type GridRow = Awaited<ReturnType<typeof listGrids>>['rows'][number]
