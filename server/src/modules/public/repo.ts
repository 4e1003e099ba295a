import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'
import { townCodeOf } from '../../platform/scope.ts'

/**
 * The public projection of the reference data: active records only, and never a contact. Regions and venues
 * come from their modules' repositories; the deputies' public profile is selected here.
 */

/** The active deputies on duty at a venue, by code. */
export async function deputiesAtVenue(db: Db, venueId: string) {
  return db
    .selectFrom('deputy_venues as dv')
    .innerJoin('deputies as d', 'd.id', 'dv.deputy_id')
    .select(['d.id', 'd.name'])
    .where('dv.venue_id', '=', venueId)
    .where('d.active', '=', true)
    .orderBy('d.code')
    .execute()
}

export interface PublicDeputyFilter extends PageQuery {
  regionCode?: string
  q?: string
}

/** Active deputies, by name, of a region or of the villages of a town. */
export async function listPublicDeputies(db: Db, query: PublicDeputyFilter) {
  let base = db
    .selectFrom('deputies as d')
    .innerJoin('regions as r', 'r.code', 'd.region_code')
    .where('d.active', '=', true)
  if (query.regionCode) {
    const code = query.regionCode
    base = base.where((eb) => eb.or([eb('d.region_code', '=', code), eb('r.parent_code', '=', code)]))
  }
  if (query.q) base = base.where('d.name', 'like', likePattern(query.q))
  return fetchPage(
    base,
    (q) =>
      q
        .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
        .select(['d.id', 'd.name', 'd.gender', 'd.occupation', 't.code as town_code', 't.name as town_name'])
        .orderBy(sql`d.name`)
        .orderBy('d.code'),
    query,
  )
}

export type PublicDeputyRow = Awaited<ReturnType<typeof listPublicDeputies>>['rows'][number]

export async function getPublicDeputy(db: Db, id: string) {
  return db
    .selectFrom('deputies as d')
    .innerJoin('regions as r', 'r.code', 'd.region_code')
    .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
    .select([
      'd.id',
      'd.name',
      'd.gender',
      'd.occupation',
      'd.organisation',
      'd.bio',
      't.code as town_code',
      't.name as town_name',
    ])
    .where('d.id', '=', id)
    .where('d.active', '=', true)
    .executeTakeFirst()
}

/** The active venues a deputy is on duty at, by code. */
export async function activeVenuesOf(db: Db, deputyId: string) {
  return db
    .selectFrom('deputy_venues as dv')
    .innerJoin('venues as v', 'v.id', 'dv.venue_id')
    .select(['v.id', 'v.name', 'v.reception_hours'])
    .where('dv.deputy_id', '=', deputyId)
    .where('v.active', '=', true)
    .orderBy('v.code')
    .execute()
}
