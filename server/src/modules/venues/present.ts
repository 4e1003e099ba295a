import type { VenueRow } from './repo.ts'

export function presentVenue(r: VenueRow) {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    name: r.name,
    regionCode: r.region_code,
    regionName: r.region_name,
    townCode: r.town_code,
    townName: r.town_name,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    receptionHours: r.reception_hours,
    description: r.description,
    active: r.active,
    deputyCount: Number(r.deputy_count ?? 0),
    version: r.version,
  }
}
