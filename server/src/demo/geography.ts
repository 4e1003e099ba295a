import type { Insertable } from 'kysely'
import type { GridsTable, RegionsTable, VenuesTable } from '../db/types.ts'
import {
  CHINESE_NUMERALS,
  COMMUNITY_NAMES,
  FIRM_BRANDS,
  FIRM_FORMS,
  FIRM_INDUSTRIES,
  ROAD_NAMES,
  ROAD_SUFFIXES,
  VILLAGE_HEADS,
  VILLAGE_TAILS,
} from './names.ts'
import type { Random } from './random.ts'
import {
  apportion,
  coord,
  type DemoRegion,
  type DemoStep,
  type DemoTown,
  type DemoVenue,
  insertRows,
  stableId,
} from './world.ts'

/**
 * The 13 towns and subdistricts of Deqing (docs/domain.md, "Geography and organisation"), with the demo's sizing
 * of each.
 */
export interface TownSpec {
  /** The town's 3-digit part of the 12-digit code (001 → 330521001000). */
  part: string
  name: string
  short: string
  nameEn: string
  lat: number
  lng: number
  communities: number
  villages: number
  /** Real village names placed in this town (known with confidence); the rest are invented. */
  realVillages?: readonly (readonly [string, string])[]
  /** County-level deputies elected from this town (17th county congress). */
  countyDeputies: number
  /** Deputy groups at this town's liaison station. */
  groups: number
}

// biome-ignore format: a data table reads better compact
export const TOWN_SPECS: readonly TownSpec[] = [
  { part: '001', name: '武康街道', short: '武康', nameEn: 'Wukang Subdistrict', lat: 30.545, lng: 119.96, communities: 9, villages: 3, countyDeputies: 36, groups: 4 },
  { part: '002', name: '舞阳街道', short: '舞阳', nameEn: 'Wuyang Subdistrict', lat: 30.528, lng: 119.995, communities: 4, villages: 6, countyDeputies: 22, groups: 3 },
  {
    part: '003', name: '阜溪街道', short: '阜溪', nameEn: 'Fuxi Subdistrict', lat: 30.565, lng: 119.93, communities: 3, villages: 6,
    realVillages: [['五四', 'Wusi']], countyDeputies: 18, groups: 3,
  },
  { part: '004', name: '下渚湖街道', short: '下渚湖', nameEn: 'Xiazhuhu Subdistrict', lat: 30.52, lng: 120.06, communities: 2, villages: 7, countyDeputies: 16, groups: 2 },
  { part: '005', name: '康乾街道', short: '康乾', nameEn: 'Kangqian Subdistrict', lat: 30.585, lng: 120.12, communities: 2, villages: 6, countyDeputies: 14, groups: 2 },
  { part: '101', name: '乾元镇', short: '乾元', nameEn: 'Qianyuan Town', lat: 30.565, lng: 120.14, communities: 3, villages: 8, countyDeputies: 26, groups: 3 },
  { part: '102', name: '新市镇', short: '新市', nameEn: 'Xinshi Town', lat: 30.63, lng: 120.3, communities: 3, villages: 10, countyDeputies: 32, groups: 4 },
  {
    part: '103', name: '洛舍镇', short: '洛舍', nameEn: 'Luoshe Town', lat: 30.615, lng: 120.05, communities: 1, villages: 7,
    realVillages: [['东衡', 'Dongheng']], countyDeputies: 12, groups: 2,
  },
  { part: '104', name: '钟管镇', short: '钟管', nameEn: 'Zhongguan Town', lat: 30.6, lng: 120.21, communities: 1, villages: 9, countyDeputies: 20, groups: 3 },
  {
    part: '105', name: '莫干山镇', short: '莫干山', nameEn: 'Moganshan Town', lat: 30.61, lng: 119.87, communities: 1, villages: 10,
    realVillages: [['劳岭', 'Laoling'], ['仙潭', 'Xiantan']], countyDeputies: 18, groups: 3,
  },
  { part: '110', name: '雷甸镇', short: '雷甸', nameEn: 'Leidian Town', lat: 30.5, lng: 120.17, communities: 1, villages: 8, countyDeputies: 16, groups: 3 },
  { part: '113', name: '禹越镇', short: '禹越', nameEn: 'Yuyue Town', lat: 30.545, lng: 120.26, communities: 1, villages: 7, countyDeputies: 14, groups: 2 },
  { part: '114', name: '新安镇', short: '新安', nameEn: "Xin'an Town", lat: 30.64, lng: 120.35, communities: 1, villages: 8, countyDeputies: 16, groups: 2 },
]

export const DEMO_GRID_TOTAL = 148

/** The 6-digit county prefix of a 12-digit county code (330521000000 → 330521). */
export function countyPrefix(countyCode: string): string {
  return countyCode.slice(0, 6)
}

export function townCodeOf(countyCode: string, spec: TownSpec): string {
  return `${countyPrefix(countyCode)}${spec.part}000`
}

export function roadAddress(rng: Random): string {
  return `${rng.pick(ROAD_NAMES)}${rng.pick(ROAD_SUFFIXES)}${rng.int(1, 388)}号`
}

export function firmName(rng: Random): string {
  return `德清${rng.pick(FIRM_BRANDS)}${rng.pick(FIRM_INDUSTRIES)}${rng.pick(FIRM_FORMS)}`
}

function near(rng: Random, lat: number, lng: number, spread: number): { lat: number; lng: number } {
  return { lat: coord(lat + rng.float(-spread, spread)), lng: coord(lng + rng.float(-spread, spread)) }
}

/** Regions: the county, its 13 towns and 8–16 villages/communities under each. */
export const regionsStep: DemoStep = {
  name: 'regions',
  async run(ctx) {
    const { rng, world } = ctx
    const countyCode = world.countyCode
    const county: DemoRegion = {
      code: countyCode,
      name: '德清县',
      nameEn: 'Deqing County',
      level: 'county',
      kind: '县',
      parentCode: null,
      path: countyCode,
      lat: 30.545,
      lng: 119.96,
      townCode: null,
    }
    world.county = county
    world.regions.set(county.code, county)

    // Invented names are unique across the county (easier to search and to tell apart on a map).
    const used = new Set<string>()
    for (const spec of TOWN_SPECS) for (const [name] of spec.realVillages ?? []) used.add(name)
    const communityPool = rng.shuffle(COMMUNITY_NAMES)
    const nextCommunity = (): readonly [string, string] => {
      while (communityPool.length > 0) {
        const entry = communityPool.shift()!
        if (!used.has(entry[0])) {
          used.add(entry[0])
          return entry
        }
      }
      throw new Error('the community name list is exhausted')
    }
    const nextVillage = (): readonly [string, string] => {
      for (let attempt = 0; attempt < 1000; attempt++) {
        const [h, hp] = rng.pick(VILLAGE_HEADS)
        const [t, tp] = rng.pick(VILLAGE_TAILS)
        const name = `${h}${t}`
        if (h === t || used.has(name)) continue
        used.add(name)
        return [name, `${hp}${tp}`]
      }
      throw new Error('could not invent a unique village name')
    }

    const rows: Insertable<RegionsTable>[] = [
      {
        code: county.code,
        parent_code: null,
        level: 'county',
        kind: county.kind,
        name: county.name,
        name_en: county.nameEn,
        path: county.path,
        lat: county.lat,
        lng: county.lng,
        sort: 0,
        county_code: countyCode,
      },
    ]
    TOWN_SPECS.forEach((spec, index) => {
      const code = townCodeOf(countyCode, spec)
      const isSubdistrict = spec.name.endsWith('街道')
      const town: DemoTown = {
        code,
        name: spec.name,
        nameEn: spec.nameEn,
        level: 'town',
        kind: isSubdistrict ? '街道' : '镇',
        parentCode: countyCode,
        path: `${county.path}/${code}`,
        lat: spec.lat,
        lng: spec.lng,
        townCode: code,
        short: spec.short,
        isSubdistrict,
        villages: [],
      }
      rows.push({
        code,
        parent_code: countyCode,
        level: 'town',
        kind: town.kind,
        name: town.name,
        name_en: town.nameEn,
        path: town.path,
        lat: town.lat,
        lng: town.lng,
        sort: index + 1,
        county_code: countyCode,
      })
      world.towns.push(town)
      world.regions.set(code, town)

      const head = code.slice(0, 9)
      const children: { code: string; name: string; nameEn: string; kind: string; spread: number }[] = []
      for (let i = 0; i < spec.communities; i++) {
        const [name, py] = nextCommunity()
        children.push({
          code: `${head}${String(i + 1).padStart(3, '0')}`,
          name: `${name}社区`,
          nameEn: `${py} Community`,
          kind: '社区',
          spread: 0.012,
        })
      }
      const real = spec.realVillages ?? []
      for (let i = 0; i < spec.villages; i++) {
        const [name, py] = i < real.length ? real[i] : nextVillage()
        children.push({
          code: `${head}${String(201 + i)}`,
          name: `${name}村`,
          nameEn: `${py} Village`,
          kind: '村',
          spread: 0.035,
        })
      }
      children.forEach((child, childIndex) => {
        const at = near(rng, spec.lat, spec.lng, child.spread)
        const village: DemoRegion = {
          code: child.code,
          name: child.name,
          nameEn: child.nameEn,
          level: 'village',
          kind: child.kind,
          parentCode: code,
          path: `${town.path}/${child.code}`,
          lat: at.lat,
          lng: at.lng,
          townCode: code,
        }
        town.villages.push(village)
        world.regions.set(village.code, village)
        rows.push({
          code: village.code,
          parent_code: code,
          level: 'village',
          kind: village.kind,
          name: village.name,
          name_en: village.nameEn,
          path: village.path,
          lat: village.lat,
          lng: village.lng,
          sort: childIndex + 1,
          county_code: countyCode,
        })
      })
    })
    await insertRows(ctx, 'regions', rows)
  },
}

/** Grids: exactly 148, every village/community at least one, communities (denser) more. */
export const gridsStep: DemoStep = {
  name: 'grids',
  async run(ctx) {
    const { rng, world } = ctx
    const villages = world.towns.flatMap((t) => t.villages)
    const weights = villages.map((v) => (v.kind === '社区' ? rng.int(3, 6) : rng.int(1, 3)))
    const shares = apportion(DEMO_GRID_TOTAL, weights, 1)
    const rows: Insertable<GridsTable>[] = []
    villages.forEach((village, i) => {
      for (let n = 1; n <= shares[i]; n++) {
        const code = `G${village.code}-${String(n).padStart(2, '0')}`
        const grid = {
          id: stableId(world.countyCode, 'grids', code),
          code,
          name: `${village.name}第${n}网格`,
          regionCode: village.code,
          townCode: village.townCode!,
        }
        world.grids.push(grid)
        rows.push({
          id: grid.id,
          code,
          name: grid.name,
          region_code: village.code,
          county_code: world.countyCode,
        })
      }
    })
    await insertRows(ctx, 'grids', rows)
  },
}

const ONLINE = '线上全天候'

/** Venues of the five kinds: one station per town, points, windows, duty posts and mobile points. */
export const venuesStep: DemoStep = {
  name: 'venues',
  async run(ctx) {
    const { rng, world } = ctx
    const rows: Insertable<VenuesTable>[] = []
    const add = (
      venue: Omit<DemoVenue, 'id' | 'lat' | 'lng'>,
      at: { lat: number; lng: number },
      address: string,
      receptionHours: string,
      description: string,
    ): DemoVenue => {
      const full: DemoVenue = {
        ...venue,
        id: stableId(world.countyCode, 'venues', venue.code),
        lat: at.lat,
        lng: at.lng,
      }
      world.venues.push(full)
      rows.push({
        id: full.id,
        code: full.code,
        kind: full.kind,
        name: full.name,
        region_code: full.regionCode,
        address,
        lat: full.lat,
        lng: full.lng,
        reception_hours: receptionHours,
        description,
        county_code: world.countyCode,
      })
      return full
    }

    for (const town of world.towns) {
      const t9 = town.code.slice(0, 9)
      const townAddress = `德清县${town.name}`

      const station = add(
        {
          code: `V-${t9}-ST`,
          kind: 'station',
          name: `${town.name}人大代表联络站`,
          regionCode: town.code,
          townCode: town.code,
        },
        near(rng, town.lat, town.lng, 0.002),
        `${townAddress}${roadAddress(rng)}`,
        `每月${rng.int(1, 28)}日 9:00-11:30 代表集中坐诊；工作日 8:30-17:00 联络员值守；${ONLINE}`,
        `${town.name}人大代表联络站是“代表在线·连心360”站内坐诊主阵地，设代表接待室、议事室和代表小组活动室，` +
          '代表按排班轮流进站接待群众。',
      )
      world.stationByTown.set(town.code, station)

      // Points in about half of the villages/communities (at least two per town).
      const withPoint = town.villages.filter((v) => rng.chance(v.kind === '社区' ? 0.6 : 0.45))
      for (const v of town.villages) {
        if (withPoint.length >= 2) break
        if (!withPoint.includes(v)) withPoint.push(v)
      }
      withPoint.sort((a, b) => a.code.localeCompare(b.code))
      for (const v of withPoint) {
        const place = v.kind === '社区' ? '党群服务中心' : '村民服务中心'
        add(
          {
            code: `V-${v.code}-PT`,
            kind: 'point',
            name: `${v.name}人大代表联络点`,
            regionCode: v.code,
            townCode: town.code,
          },
          near(rng, v.lat, v.lng, 0.002),
          `${townAddress}${v.name}${place}`,
          `每月${rng.int(1, 28)}日 14:00-16:30；${ONLINE}`,
          `设在${v.name}${place}，代表定期接待${v.kind === '社区' ? '居民' : '村民'}，收集家门口的意见建议。`,
        )
      }

      // Convenience windows: at the town service centre, and a second one in bigger towns.
      add(
        {
          code: `V-${t9}-WN1`,
          kind: 'window',
          name: `${town.name}便民服务中心代表服务窗`,
          regionCode: town.code,
          townCode: town.code,
        },
        near(rng, town.lat, town.lng, 0.004),
        `${townAddress}便民服务中心一楼`,
        '工作日 8:30-12:00、13:30-17:00',
        '在便民服务中心设立的代表服务窗口，群众办事时可顺便向代表反映问题。',
      )
      if (town.villages.length >= 11) {
        const v = rng.pick(town.villages)
        add(
          {
            code: `V-${t9}-WN2`,
            kind: 'window',
            name: `${v.name}代表便民服务窗`,
            regionCode: v.code,
            townCode: town.code,
          },
          near(rng, v.lat, v.lng, 0.002),
          `${townAddress}${v.name}便民服务点`,
          '工作日 9:00-11:30',
          `设在${v.name}便民服务点的代表服务窗口。`,
        )
      }

      // Duty posts at workplaces where deputies work.
      const posts = rng.int(1, 3)
      for (let n = 1; n <= posts; n++) {
        const v = rng.pick(town.villages)
        const workplace = rng.weighted<string>([
          [firmName(rng), 3],
          [town.isSubdistrict ? `${town.name}社区卫生服务中心` : `德清县${town.short}镇卫生院`, 1],
          [`德清县${town.short}${rng.pick(['中心小学', '初级中学'])}`, 1],
        ])
        add(
          {
            code: `V-${t9}-PS${n}`,
            kind: 'post',
            name: `${workplace}代表履职岗`,
            regionCode: v.code,
            townCode: town.code,
          },
          near(rng, v.lat, v.lng, 0.004),
          `${townAddress}${roadAddress(rng)}`,
          `每周${rng.pick(['一', '二', '三', '四', '五'])} 14:00-16:30`,
          `在${workplace}设立的代表履职岗，代表在工作岗位上听取职工和周边群众的意见。`,
        )
      }

      // Two mobile points per town, touring villages, communities and enterprises.
      for (let n = 1; n <= 2; n++) {
        const stops = rng.sample(town.villages, 3).map((v) => v.name)
        add(
          {
            code: `V-${t9}-MB${n}`,
            kind: 'mobile',
            name: `${town.name}流动联络点（${CHINESE_NUMERALS[n]}）`,
            regionCode: town.code,
            townCode: town.code,
          },
          near(rng, town.lat, town.lng, 0.01),
          `${townAddress}（流动，按巡诊计划）`,
          `按巡诊计划，每月至少一次；${ONLINE}`,
          `流动巡诊，轮流走进${stops.join('、')}等村（社区）和企业，现场听取意见。`,
        )
      }
    }
    await insertRows(ctx, 'venues', rows)
  },
}
