import type { Db } from '../../db/index.ts'
import type { VenueKind } from '../../db/types.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'
import { type SqlScope, townCodeOf } from '../../platform/scope.ts'

function venueBase(db: Db) {
  return db.selectFrom('venues as v').innerJoin('regions as r', 'r.code', 'v.region_code')
}

function venueSelection(q: ReturnType<typeof venueBase>) {
  return q
    .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
    .select((eb) => [
      'v.id',
      'v.code',
      'v.kind',
      'v.name',
      'v.region_code',
      'v.address',
      'v.lat',
      'v.lng',
      'v.reception_hours',
      'v.description',
      'v.active',
      'v.version',
      'r.name as region_name',
      'r.path as region_path',
      't.code as town_code',
      't.name as town_name',
      eb
        .selectFrom('deputy_venues as dv')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('dv.venue_id', '=', 'v.id')
        .as('deputy_count'),
    ])
}

export type VenueRow = Awaited<ReturnType<ReturnType<typeof venueSelection>['executeTakeFirstOrThrow']>>

export interface VenueFilter extends PageQuery {
  kind?: VenueKind
  regionCode?: string
  q?: string
  activeOnly?: boolean
}

/** Venues in the scope (over the alias `v`), of a region or of the villages of a town. */
export async function listVenues(db: Db, scope: SqlScope, query: VenueFilter) {
  let base = venueBase(db).where(scope('v'))
  if (query.activeOnly) base = base.where('v.active', '=', true)
  if (query.kind) base = base.where('v.kind', '=', query.kind)
  if (query.regionCode) {
    const code = query.regionCode
    base = base.where((eb) => eb.or([eb('v.region_code', '=', code), eb('r.parent_code', '=', code)]))
  }
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) =>
      eb.or([eb('v.name', 'like', pattern), eb('v.code', 'like', pattern), eb('v.address', 'like', pattern)]),
    )
  }
  return fetchPage(
    base,
    (q) => venueSelection(q).orderBy('r.path').orderBy('v.kind').orderBy('v.code'),
    query,
  )
}

export async function getVenue(db: Db, id: string): Promise<VenueRow | undefined> {
  return venueSelection(venueBase(db)).where('v.id', '=', id).executeTakeFirst()
}

export async function venueCodeTaken(db: Db, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('venues').select('id').where('code', '=', code).executeTakeFirst())
}

export interface VenueFields {
  kind: VenueKind
  name: string
  regionCode: string
  address: string
  lat: number | null
  lng: number | null
  receptionHours: string
  description: string
}

const columnsOf = (v: Partial<VenueFields> & { active?: boolean }) => ({
  ...(v.kind !== undefined && { kind: v.kind }),
  ...(v.name !== undefined && { name: v.name }),
  ...(v.regionCode !== undefined && { region_code: v.regionCode }),
  ...(v.address !== undefined && { address: v.address }),
  ...(v.lat !== undefined && { lat: v.lat }),
  ...(v.lng !== undefined && { lng: v.lng }),
  ...(v.receptionHours !== undefined && { reception_hours: v.receptionHours }),
  ...(v.description !== undefined && { description: v.description }),
  ...(v.active !== undefined && { active: v.active }),
})

export async function insertVenue(
  db: Db,
  venue: VenueFields & { code: string; countyCode: string },
): Promise<string> {
  const { id } = await db
    .insertInto('venues')
    .values({
      code: venue.code,
      kind: venue.kind,
      name: venue.name,
      region_code: venue.regionCode,
      address: venue.address,
      lat: venue.lat,
      lng: venue.lng,
      reception_hours: venue.receptionHours,
      description: venue.description,
      county_code: venue.countyCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** Applies the changes when the venue still has the version read; false when someone changed it meanwhile. */
export async function updateVenue(
  db: Db,
  id: string,
  version: number,
  changes: Partial<VenueFields> & { active?: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('venues')
    .set({ ...columnsOf(changes), version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The region paths of the venues already holding some of the codes. */
export async function venueRegionsByCode(db: Db, codes: string[]) {
  return db
    .selectFrom('venues as v')
    .innerJoin('regions as r', 'r.code', 'v.region_code')
    .select(['v.code', 'r.path'])
    .where('v.code', 'in', codes)
    .execute()
}

/** Inserts the venue, or updates the one holding its code (bumping its version). */
export async function upsertVenue(
  db: Db,
  venue: VenueFields & { code: string; countyCode: string },
): Promise<void> {
  const fields = {
    kind: venue.kind,
    name: venue.name,
    region_code: venue.regionCode,
    address: venue.address,
    lat: venue.lat,
    lng: venue.lng,
    reception_hours: venue.receptionHours,
    description: venue.description,
  }
  await db
    .insertInto('venues')
    .values({ code: venue.code, ...fields, county_code: venue.countyCode })
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet({ ...fields, updated_at: new Date(), version: (eb) => eb('venues.version', '+', 1) }),
    )
    .execute()
}
