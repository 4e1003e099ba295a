import type { Db } from '../../db/index.ts'
import type { UnitKind } from '../../db/types.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'

export interface UnitFilter extends PageQuery {
  kind?: UnitKind
  regionCode?: string
  q?: string
}

/** Handling units county-wide, by region, kind and code. */
export async function listUnits(db: Db, query: UnitFilter) {
  let base = db.selectFrom('units as u').innerJoin('regions as r', 'r.code', 'u.region_code')
  if (query.kind) base = base.where('u.kind', '=', query.kind)
  if (query.regionCode) base = base.where('u.region_code', '=', query.regionCode)
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) => eb.or([eb('u.name', 'like', pattern), eb('u.code', 'like', pattern)]))
  }
  return fetchPage(
    base,
    (q) =>
      q
        .leftJoin('platform_types as p', 'p.code', 'u.platform_type')
        .select([
          'u.id',
          'u.code',
          'u.name',
          'u.kind',
          'u.platform_type',
          'p.name as platform_type_name',
          'u.region_code',
          'r.name as region_name',
          'u.active',
        ])
        .orderBy('r.path')
        .orderBy('u.kind')
        .orderBy('u.code'),
    query,
  )
}

export type UnitRow = Awaited<ReturnType<typeof listUnits>>['rows'][number]

export async function listPlatformTypes(db: Db, query: PageQuery) {
  return fetchPage(db.selectFrom('platform_types'), (q) => q.selectAll().orderBy('sort'), query)
}

export type PlatformTypeRow = Awaited<ReturnType<typeof listPlatformTypes>>['rows'][number]
