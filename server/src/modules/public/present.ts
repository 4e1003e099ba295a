import type { MembershipRow } from '../deputies/repo.ts'
import type { VenueRow } from '../venues/repo.ts'
import type { deputiesAtVenue, getPublicDeputy, PublicDeputyRow } from './repo.ts'

/** A deputy's public levels: the level and term of each membership, never the constituency. */
const levelsOf = (memberships: MembershipRow[] | undefined) =>
  (memberships ?? []).map((m) => ({ level: m.level, term: m.term }))

export function presentPublicVenue(v: VenueRow) {
  return {
    id: v.id,
    code: v.code,
    kind: v.kind,
    name: v.name,
    regionCode: v.region_code,
    regionName: v.region_name,
    townName: v.town_name,
    address: v.address,
    lat: v.lat,
    lng: v.lng,
    receptionHours: v.reception_hours,
  }
}

export function presentPublicVenueDetail(
  v: VenueRow,
  deputies: Awaited<ReturnType<typeof deputiesAtVenue>>,
  memberships: Map<string, MembershipRow[]>,
) {
  return {
    ...presentPublicVenue(v),
    description: v.description,
    deputies: deputies.map((d) => ({ id: d.id, name: d.name, levels: levelsOf(memberships.get(d.id)) })),
  }
}

export function presentPublicDeputy(r: PublicDeputyRow, memberships: MembershipRow[] | undefined) {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    levels: levelsOf(memberships),
    townName: r.town_name,
    occupation: r.occupation,
  }
}

export function presentPublicDeputyDetail(
  r: NonNullable<Awaited<ReturnType<typeof getPublicDeputy>>>,
  memberships: MembershipRow[] | undefined,
  venues: { id: string; name: string }[],
) {
  return {
    ...presentPublicDeputy(r, memberships),
    organisation: r.organisation,
    bio: r.bio,
    venues,
  }
}
