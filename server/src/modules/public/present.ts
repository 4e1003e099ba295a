import type { MembershipRow } from '../deputies/repo.ts'
import type { VenueRow } from '../venues/repo.ts'
import type { NextDuty } from './next-duty.ts'
import type { activeVenuesOf, deputiesAtVenue, getPublicDeputy, PublicDeputyRow } from './repo.ts'

/** A deputy's public levels: the level and term of each membership, never the constituency. */
const levelsOf = (memberships: MembershipRow[] | undefined) =>
  (memberships ?? []).map((m) => ({ level: m.level, term: m.term }))

/** The next duty of each venue or deputy by id (next-duty.ts); absent: none on the published schedule. */
type Duties = Map<string, NextDuty>

export function presentPublicVenue(v: VenueRow, duties: Duties) {
  return {
    id: v.id,
    code: v.code,
    kind: v.kind,
    name: v.name,
    regionCode: v.region_code,
    regionName: v.region_name,
    townCode: v.town_code,
    townName: v.town_name,
    address: v.address,
    lat: v.lat,
    lng: v.lng,
    receptionHours: v.reception_hours,
    nextDuty: duties.get(v.id) ?? null,
  }
}

export function presentPublicVenueDetail(
  v: VenueRow,
  deputies: Awaited<ReturnType<typeof deputiesAtVenue>>,
  memberships: Map<string, MembershipRow[]>,
  duties: Duties,
) {
  return {
    ...presentPublicVenue(v, duties),
    description: v.description,
    deputies: deputies.map((d) => ({ id: d.id, name: d.name, levels: levelsOf(memberships.get(d.id)) })),
  }
}

export function presentPublicDeputy(
  r: PublicDeputyRow,
  memberships: MembershipRow[] | undefined,
  duties: Duties,
) {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    levels: levelsOf(memberships),
    townCode: r.town_code,
    townName: r.town_name,
    occupation: r.occupation,
    nextDuty: duties.get(r.id) ?? null,
  }
}

export function presentPublicDeputyDetail(
  r: NonNullable<Awaited<ReturnType<typeof getPublicDeputy>>>,
  memberships: MembershipRow[] | undefined,
  venues: Awaited<ReturnType<typeof activeVenuesOf>>,
  duties: Duties,
) {
  return {
    ...presentPublicDeputy(r, memberships, duties),
    organisation: r.organisation,
    bio: r.bio,
    venues: venues.map((v) => ({ id: v.id, name: v.name, receptionHours: v.reception_hours })),
  }
}
