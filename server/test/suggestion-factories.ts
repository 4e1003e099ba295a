import type { Db } from '../src/db/index.ts'
import { buildTown, buildUnit, buildUser, buildVenue } from './factories.ts'

/** A town with its station, a town unit, a county unit and the staff of each, ready for closed-loop tests. */
export async function buildLoopWorld(db: Db) {
  const { townCode, villageCode } = await buildTown(db)
  const venue = await buildVenue(db, townCode)
  const townUnit = await buildUnit(db, townCode)
  const countyUnit = await buildUnit(db, '330521000000')
  const [admin, townStaff, stationStaff, unitStaff, countyUnitStaff] = await Promise.all([
    buildUser(db, { role: 'county_admin', regionCode: '330521000000' }),
    buildUser(db, { role: 'town_staff', regionCode: townCode }),
    buildUser(db, { role: 'station_staff', venueId: venue.id }),
    buildUser(db, { role: 'unit_staff', unitId: townUnit.id }),
    buildUser(db, { role: 'unit_staff', unitId: countyUnit.id }),
  ])
  return {
    townCode,
    villageCode,
    venue,
    townUnit,
    countyUnit,
    admin,
    townStaff,
    stationStaff,
    unitStaff,
    countyUnitStaff,
  }
}

let keySeq = 0
export const idempotencyKey = () => `test-key-${Date.now()}-${++keySeq}`
