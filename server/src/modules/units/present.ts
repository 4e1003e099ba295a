import type { PlatformTypeRow, UnitRow } from './repo.ts'

export function presentUnit(r: UnitRow) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    platformType: r.platform_type,
    platformTypeName: r.platform_type_name,
    regionCode: r.region_code,
    regionName: r.region_name,
    active: r.active,
    version: r.version,
  }
}

export const presentPlatformType = (r: PlatformTypeRow) => ({ code: r.code, name: r.name, nameEn: r.name_en })
