/**
 * The demo county's towns: the 13 towns and subdistricts of Deqing with the demo's sizing of each (a data table).
 * Their codes, names and villages come from the national division codes shipped in divisions/ (2023 edition);
 * this table adds what those codes do not carry: an English name, a short name, an approximate centre, and how
 * many county deputies and deputy groups the demo gives each town.
 */

/** The demo's additions to one of Deqing's towns, keyed by the town's 3-digit part of its code (115 → 330521115000). */
export interface TownSpec {
  /** The town's 3-digit part of the 12-digit code (001 → 330521001000). */
  part: string
  /** The name as in the national codes (checked when the demo loads). */
  name: string
  short: string
  nameEn: string
  /** An approximate centre (the national codes carry no coordinates): a demo map point, not a survey. */
  lat: number
  lng: number
  /** County-level deputies elected from this town (17th county congress). */
  countyDeputies: number
  /** Deputy groups at this town's liaison station. */
  groups: number
}

// biome-ignore format: a data table reads better compact
export const TOWN_SPECS: readonly TownSpec[] = [
  { part: '001', name: '武康街道', short: '武康', nameEn: 'Wukang Subdistrict', lat: 30.545, lng: 119.96, countyDeputies: 36, groups: 4 },
  { part: '002', name: '舞阳街道', short: '舞阳', nameEn: 'Wuyang Subdistrict', lat: 30.528, lng: 119.995, countyDeputies: 22, groups: 3 },
  { part: '003', name: '阜溪街道', short: '阜溪', nameEn: 'Fuxi Subdistrict', lat: 30.565, lng: 119.93, countyDeputies: 18, groups: 3 },
  { part: '004', name: '下渚湖街道', short: '下渚湖', nameEn: 'Xiazhuhu Subdistrict', lat: 30.52, lng: 120.06, countyDeputies: 16, groups: 2 },
  { part: '005', name: '康乾街道', short: '康乾', nameEn: 'Kangqian Subdistrict', lat: 30.585, lng: 120.12, countyDeputies: 14, groups: 2 },
  { part: '101', name: '乾元镇', short: '乾元', nameEn: 'Qianyuan Town', lat: 30.565, lng: 120.14, countyDeputies: 26, groups: 3 },
  { part: '102', name: '新市镇', short: '新市', nameEn: 'Xinshi Town', lat: 30.63, lng: 120.3, countyDeputies: 32, groups: 4 },
  { part: '103', name: '洛舍镇', short: '洛舍', nameEn: 'Luoshe Town', lat: 30.615, lng: 120.05, countyDeputies: 12, groups: 2 },
  { part: '104', name: '钟管镇', short: '钟管', nameEn: 'Zhongguan Town', lat: 30.6, lng: 120.21, countyDeputies: 20, groups: 3 },
  { part: '110', name: '雷甸镇', short: '雷甸', nameEn: 'Leidian Town', lat: 30.5, lng: 120.17, countyDeputies: 16, groups: 3 },
  { part: '113', name: '禹越镇', short: '禹越', nameEn: 'Yuyue Town', lat: 30.545, lng: 120.26, countyDeputies: 14, groups: 2 },
  { part: '114', name: '新安镇', short: '新安', nameEn: "Xin'an Town", lat: 30.64, lng: 120.35, countyDeputies: 16, groups: 2 },
  { part: '115', name: '莫干山镇', short: '莫干山', nameEn: 'Moganshan Town', lat: 30.61, lng: 119.87, countyDeputies: 18, groups: 3 },
]

export const DEMO_GRID_TOTAL = 148

/** The 6-digit county prefix of a 12-digit county code (330521000000 → 330521). */
export function countyPrefix(countyCode: string): string {
  return countyCode.slice(0, 6)
}

export function townCodeOf(countyCode: string, spec: TownSpec): string {
  return `${countyPrefix(countyCode)}${spec.part}000`
}
