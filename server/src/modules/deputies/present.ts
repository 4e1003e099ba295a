import type { DeputyGroupRow, DeputyRow, linksOf, MembershipRow } from './repo.ts'

/** A deputy as listed: the phone only masked. */
export function presentDeputy(r: DeputyRow, memberships: MembershipRow[]) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    gender: r.gender,
    birthYear: r.birth_year,
    ethnicity: r.ethnicity,
    party: r.party,
    occupation: r.occupation,
    organisation: r.organisation,
    regionCode: r.region_code,
    regionName: r.region_name,
    townCode: r.town_code,
    townName: r.town_name,
    phoneMasked: r.phone_masked,
    memberships,
    active: r.active,
  }
}

export function presentDeputyDetail(
  r: DeputyRow,
  memberships: MembershipRow[],
  links: Awaited<ReturnType<typeof linksOf>>,
) {
  return { ...presentDeputy(r, memberships), bio: r.bio, ...links }
}

export function presentDeputyGroup(r: DeputyGroupRow) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    regionCode: r.region_code,
    regionName: r.region_name,
    venueId: r.venue_id,
    venueName: r.venue_name,
    leaderName: r.leader_name,
    memberCount: Number(r.member_count ?? 0),
  }
}
