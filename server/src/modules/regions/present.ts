import type { GridRow, RegionRow } from './repo.ts'

export function presentRegion(r: RegionRow) {
  return {
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    level: r.level,
    kind: r.kind,
    parentCode: r.parent_code,
    lat: r.lat,
    lng: r.lng,
    active: r.active,
  }
}

export function presentGrid(r: GridRow) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    regionCode: r.region_code,
    regionName: r.region_name,
    townCode: r.town_code,
    townName: r.town_name,
    deputyCount: Number(r.deputy_count ?? 0),
  }
}
