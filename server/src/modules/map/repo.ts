import type { Db } from '../../db/index.ts'
import { townCodeOf } from '../../platform/scope.ts'

export interface PlacedRegion {
  code: string
  name: string
  lat: number
  lng: number
}

/** The county's active towns and villages that have a position (their approximate centres). */
export async function placedRegions(db: Db, countyCode: string) {
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'lat', 'lng'])
    .where('county_code', '=', countyCode)
    .where('active', '=', true)
    .where('level', 'in', ['town', 'village'])
    .where('lat', 'is not', null)
    .where('lng', 'is not', null)
    .orderBy('path')
    .execute()
  const placed = (level: 'town' | 'village') =>
    rows
      .filter((r) => r.level === level)
      .map((r): PlacedRegion => ({ code: r.code, name: r.name, lat: r.lat!, lng: r.lng! }))
  return { towns: placed('town'), villages: placed('village') }
}

/** The county's active venues that have a position, with the town they are in. */
export async function placedVenues(db: Db, countyCode: string) {
  return db
    .selectFrom('venues as v')
    .innerJoin('regions as r', 'r.code', 'v.region_code')
    .select([
      'v.id',
      'v.code',
      'v.name',
      'v.kind',
      'v.address',
      'v.lat',
      'v.lng',
      townCodeOf('r').as('town_code'),
    ])
    .where('v.county_code', '=', countyCode)
    .where('v.active', '=', true)
    .where('v.lat', 'is not', null)
    .where('v.lng', 'is not', null)
    .orderBy('r.path')
    .orderBy('v.kind')
    .orderBy('v.code')
    .execute()
}

export type PlacedVenue = Awaited<ReturnType<typeof placedVenues>>[number]
