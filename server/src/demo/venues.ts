import type { Insertable } from 'kysely'
import type { VenuesTable } from '../db/types.ts'
import { firmName, near, roadAddress } from './geography.ts'
import { CHINESE_NUMERALS } from './names.ts'
import { type DemoStep, type DemoVenue, insertRows, stableId } from './world.ts'

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
        `每月${rng.int(1, 28)}日 9:00-11:30 代表集中坐诊；每周二 14:00-17:00 代表轮值接待；工作日 8:30-17:00 联络员值守；${ONLINE}`,
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
