import type { Db } from '../../db/index.ts'
import type { RegionLevel } from '../../db/types.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'
import { type SqlScope, townCodeOf } from '../../platform/scope.ts'
import { countyKindOf, type StoredRegion, type TreeChange } from './divisions.ts'

export interface RegionFilter extends PageQuery {
  level?: RegionLevel
  parentCode?: string
  q?: string
  /** Retired regions (no longer in the national codes) are left out unless asked for. */
  includeRetired?: boolean
}

/** One county's regions: a database may hold several counties' trees side by side. */
export async function listRegions(db: Db, countyCode: string, query: RegionFilter) {
  let base = db.selectFrom('regions').where('county_code', '=', countyCode)
  if (!query.includeRetired) base = base.where('active', '=', true)
  if (query.level) base = base.where('level', '=', query.level)
  if (query.parentCode) base = base.where('parent_code', '=', query.parentCode)
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) => eb.or([eb('name', 'like', pattern), eb('code', 'like', pattern)]))
  }
  return fetchPage(base, (q) => q.selectAll().orderBy('path'), query)
}

export type RegionRow = Awaited<ReturnType<typeof listRegions>>['rows'][number]

/** The path by code of every region of the county in use (imports check many rows against the tree at once). */
export async function regionPathsByCode(db: Db, countyCode: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'path'])
    .where('county_code', '=', countyCode)
    .where('active', '=', true)
    .execute()
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

// ── the tree import (tree-import.ts) ────────────────────────────────────────────────────────────────────────

/** The county's stored regions (retired ones too), its root locked against a concurrent import. */
export async function lockCountyTree(db: Db, countyCode: string): Promise<StoredRegion[]> {
  await db.selectFrom('regions').select('code').where('code', '=', countyCode).forUpdate().execute()
  return db
    .selectFrom('regions')
    .select(['code', 'name', 'kind', 'level', 'active'])
    .where('county_code', '=', countyCode)
    .orderBy('code')
    .execute()
}

/** Which of these codes are stored under another county (codes are unique across the database). */
export async function codesOfOtherCounties(db: Db, codes: string[], countyCode: string): Promise<string[]> {
  if (codes.length === 0) return []
  const rows = await db
    .selectFrom('regions')
    .select('code')
    .where('code', 'in', codes)
    .where('county_code', '<>', countyCode)
    .execute()
  return rows.map((r) => r.code)
}

export async function insertCounty(db: Db, countyCode: string, name: string): Promise<void> {
  await db
    .insertInto('regions')
    .values({
      code: countyCode,
      parent_code: null,
      level: 'county',
      kind: countyKindOf(name),
      name,
      path: countyCode,
      lat: null,
      lng: null,
      county_code: countyCode,
    })
    .execute()
}

/** Writes an import's changes: inserts (towns first), renames, retirements (never deletions), restorations. */
export async function applyTreeChanges(
  db: Db,
  countyCode: string,
  changes: readonly TreeChange[],
  now: Date,
): Promise<void> {
  const added = changes.filter((c) => c.change === 'added' && c.unit).map((c) => c.unit!)
  for (let i = 0; i < added.length; i += 500) {
    await db
      .insertInto('regions')
      .values(
        added.slice(i, i + 500).map((u) => ({
          code: u.code,
          parent_code: u.parentCode,
          level: u.level,
          kind: u.kind,
          name: u.name,
          path: u.path,
          lat: null,
          lng: null,
          sort: u.sort,
          county_code: countyCode,
        })),
      )
      .execute()
  }
  for (const c of changes) {
    if (c.change === 'changed' && c.level === 'county') {
      await db.updateTable('regions').set({ name: c.name }).where('code', '=', c.code).execute()
    } else if ((c.change === 'changed' || c.change === 'restored') && c.unit) {
      await db
        .updateTable('regions')
        .set({ name: c.unit.name, kind: c.unit.kind, active: true, retired_at: null })
        .where('code', '=', c.code)
        .execute()
    }
  }
  const retired = changes.filter((c) => c.change === 'retired').map((c) => c.code)
  if (retired.length > 0) {
    await db
      .updateTable('regions')
      .set({ active: false, retired_at: now })
      .where('code', 'in', retired)
      .where('county_code', '=', countyCode)
      .execute()
  }
}
