import type { Db } from '../../db/index.ts'
import type { UnitKind } from '../../db/types.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'

export interface UnitFilter extends PageQuery {
  kind?: UnitKind
  regionCode?: string
  q?: string
}

/** The units with their region and platform type names, as every answer presents them. */
const unitsFrom = (db: Db) => db.selectFrom('units as u').innerJoin('regions as r', 'r.code', 'u.region_code')
type UnitsFrom = ReturnType<typeof unitsFrom>
const withNames = (q: UnitsFrom) =>
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
      'u.version',
    ])

/** Handling units county-wide, by region, kind and code. */
export async function listUnits(db: Db, query: UnitFilter) {
  let base = unitsFrom(db)
  if (query.kind) base = base.where('u.kind', '=', query.kind)
  if (query.regionCode) base = base.where('u.region_code', '=', query.regionCode)
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) => eb.or([eb('u.name', 'like', pattern), eb('u.code', 'like', pattern)]))
  }
  return fetchPage(base, (q) => withNames(q).orderBy('r.path').orderBy('u.kind').orderBy('u.code'), query)
}

export type UnitRow = Awaited<ReturnType<typeof listUnits>>['rows'][number]

export async function listPlatformTypes(db: Db, query: PageQuery) {
  return fetchPage(db.selectFrom('platform_types'), (q) => q.selectAll().orderBy('sort'), query)
}

export type PlatformTypeRow = Awaited<ReturnType<typeof listPlatformTypes>>['rows'][number]

export async function getUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  return withNames(unitsFrom(db).where('u.id', '=', id)).executeTakeFirst()
}

export async function unitCodeTaken(db: Db, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst())
}

/** The region a unit is placed in, as validation needs it: its level and county. */
export async function regionForUnit(db: Db, code: string) {
  return db
    .selectFrom('regions')
    .select(['level', 'county_code', 'active'])
    .where('code', '=', code)
    .executeTakeFirst()
}

export async function platformTypeExists(db: Db, code: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('platform_types').select('code').where('code', '=', code).executeTakeFirst(),
  )
}

export interface UnitFields {
  name: string
  kind: UnitKind
  regionCode: string
  platformType: string | null
}

export async function insertUnit(
  db: Db,
  unit: UnitFields & { code: string; countyCode: string },
): Promise<string> {
  const { id } = await db
    .insertInto('units')
    .values({
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      region_code: unit.regionCode,
      platform_type: unit.platformType,
      county_code: unit.countyCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** Applies the changes when the unit still has the version read; false when someone changed it meanwhile. */
export async function updateUnit(
  db: Db,
  id: string,
  version: number,
  changes: Partial<UnitFields> & { active?: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('units')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.kind !== undefined && { kind: changes.kind }),
      ...(changes.regionCode !== undefined && { region_code: changes.regionCode }),
      ...(changes.platformType !== undefined && { platform_type: changes.platformType }),
      ...(changes.active !== undefined && { active: changes.active }),
      version: version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}
