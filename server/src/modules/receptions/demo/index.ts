import type { Insertable } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../../../db/types.ts'
import { apportion, type DemoStep, stableId } from '../../../demo/world.ts'
import { cstDay } from '../../../platform/calendar.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import { upcomingRounds } from './upcoming.ts'
import { type Item, type Session, write } from './write.ts'

/**
 * The demo county's receptions (docs/domain.md "Rounds and reception records"), built around the suggestion
 * history so that both tell one story:
 * - every station-channel item was raised at a reception at its venue on the day it arrived: the duty slot of that
 *   day when there is one (the 2021–2022 slots of stations and liaison points all hold a session), otherwise a
 *   session recorded by the station's staff;
 * - every mobile-channel item was raised at a stop of a round of its town that day (one stop per village);
 *   towns without a round in a month get one with a few stops, as the programme asks for one a month;
 * - besides the visitors whose issues became items, sessions received citizens who only asked or were answered
 *   informally (visitors without issues), so that the people received of each year meet the year's figure: for
 *   2022 the published 12,213 person-times, with the online items of that year (docs/domain.md "Published
 *   figures").
 */

/** People received per year (人次, receptions plus online items): 2022's is published, 2021's invented. */
export const PEOPLE_RECEIVED: Record<number, number> = { 2021: 10468, 2022: 12213 }

const MINUTE = 60_000

const yearOf = (ms: number) => Number(cstDay(new Date(ms)).slice(0, 4))

export const receptionsStep: DemoStep = {
  name: 'receptions',
  async run(ctx) {
    const { db, world, rng } = ctx
    const county = world.countyCode
    const items = (await db
      .selectFrom('suggestions as s')
      .select([
        's.id',
        's.channel',
        's.content',
        's.venue_id',
        's.deputy_id',
        's.region_code',
        's.town_code',
        's.received_at',
        's.answer',
        's.contact_name_enc',
        's.contact_name_masked',
        's.contact_phone_enc',
        's.contact_phone_hash',
        's.contact_phone_masked',
        sql<boolean>`EXISTS (SELECT 1 FROM suggestion_events e WHERE e.suggestion_id = s.id AND e.action = 'answer_on_spot')`.as(
          'on_spot',
        ),
      ])
      .where('s.channel', 'in', ['station', 'mobile'])
      .where('s.received_at', '<', ctx.now)
      .orderBy('s.received_at')
      .execute()) as Item[]

    const venues = new Map(world.venues.map((v) => [v.id, v]))
    const byVenue = new Map<string, string[]>()
    const byTown = new Map<string, string[]>()
    for (const d of world.deputies) {
      for (const v of d.venueIds) byVenue.set(v, [...(byVenue.get(v) ?? []), d.id])
      byTown.set(d.townCode, [...(byTown.get(d.townCode) ?? []), d.id])
    }
    const someDeputies = (venueId: string | null, townCode: string | null, n: number) => {
      const pool = (venueId && byVenue.get(venueId)) || (townCode && byTown.get(townCode)) || []
      const start = pool.length ? rng.int(0, pool.length - 1) : 0
      return [...pool, ...pool].slice(start, start + Math.min(n, pool.length))
    }

    // ── station sessions: the history's held slots, then the items' days ─────────────────────────────────
    const sessions = new Map<string, Session>()
    const slots = await db
      .selectFrom('duty_slots as s')
      .select(['s.id', 's.venue_id', 's.day', 's.starts_at', 's.ends_at'])
      .select(
        sql<string[]>`ARRAY(SELECT deputy_id::text FROM duty_slot_deputies WHERE slot_id = s.id)`.as(
          'deputies',
        ),
      )
      .where('s.status', '=', 'scheduled')
      .where('s.ends_at', '<', ctx.now)
      .orderBy('s.starts_at')
      .execute()
    for (const slot of slots) {
      const venue = venues.get(slot.venue_id)
      if (!venue) continue
      // Two rules of a venue may fall on one day (its monthly day a Tuesday): a session for each slot.
      const day = `${slot.venue_id}|${slot.day}`
      const key = sessions.has(day) ? `${day}|${slot.id}` : day
      sessions.set(key, {
        key,
        kind: 'station',
        venueId: slot.venue_id,
        slotId: slot.id,
        stopId: null,
        regionCode: venue.regionCode,
        townCode: venue.townCode,
        start: new Date(slot.starts_at).getTime(),
        end: new Date(slot.ends_at).getTime(),
        deputies: new Set(slot.deputies),
        items: [],
        weight: venue.kind === 'station' ? 4 : 2,
      })
    }
    const rounds = new Map<
      string,
      { key: string; townCode: string; day: string; stops: Map<string, Session> }
    >()
    for (const item of items) {
      const at = new Date(item.received_at).getTime()
      const day = cstDay(new Date(at))
      if (item.channel === 'station' && item.venue_id) {
        const venue = venues.get(item.venue_id)!
        const key = `${item.venue_id}|${day}`
        let s = sessions.get(key)
        if (!s) {
          s = {
            key,
            kind: 'station',
            venueId: item.venue_id,
            slotId: null,
            stopId: null,
            regionCode: venue.regionCode,
            townCode: venue.townCode,
            start: at - 10 * MINUTE,
            end: at + 20 * MINUTE,
            deputies: new Set(),
            items: [],
            weight: 0.5,
          }
          sessions.set(key, s)
        }
        s.items.push(item)
      } else if (item.channel === 'mobile') {
        const town = item.town_code ?? world.regions.get(item.region_code)?.townCode ?? null
        if (!town) continue
        const key = `${town}|${day}`
        let round = rounds.get(key)
        if (!round) {
          round = { key, townCode: town, day, stops: new Map() }
          rounds.set(key, round)
        }
        let stop = round.stops.get(item.region_code)
        if (!stop) {
          stop = {
            key: `${key}|${item.region_code}`,
            kind: 'mobile',
            venueId: item.venue_id,
            slotId: null,
            stopId: null,
            regionCode: item.region_code,
            townCode: town,
            start: at - 10 * MINUTE,
            end: at + 20 * MINUTE,
            deputies: new Set(),
            items: [],
            weight: 3,
          }
          round.stops.set(item.region_code, stop)
        }
        stop.items.push(item)
      }
    }
    for (const s of sessions.values()) widen(s)
    for (const r of rounds.values()) for (const s of r.stops.values()) widen(s)

    // ── a round a month in every town over the history ──────────────────────────────────────────────────
    for (const year of [2021, 2022])
      for (let month = 1; month <= 12; month++)
        for (const town of world.towns) {
          const prefix = `${town.code}|${year}-${String(month).padStart(2, '0')}`
          if ([...rounds.keys()].some((k) => k.startsWith(prefix))) continue
          const day = `${year}-${String(month).padStart(2, '0')}-${String(rng.int(3, 26)).padStart(2, '0')}`
          const round = {
            key: `${town.code}|${day}`,
            townCode: town.code,
            day,
            stops: new Map<string, Session>(),
          }
          const mobile = world.venues.find((v) => v.townCode === town.code && v.kind === 'mobile')
          let at = Date.parse(`${day}T09:00:00+08:00`)
          for (let n = rng.int(1, 3); n > 0; n--) {
            const village = rng.pick(town.villages)
            if (round.stops.has(village.code)) continue
            round.stops.set(village.code, {
              key: `${round.key}|${village.code}`,
              kind: 'mobile',
              venueId: mobile?.id ?? null,
              slotId: null,
              stopId: null,
              regionCode: village.code,
              townCode: town.code,
              start: at,
              end: at + 60 * MINUTE,
              deputies: new Set(),
              items: [],
              weight: 3,
            })
            at += 90 * MINUTE
          }
          rounds.set(round.key, round)
        }

    // ── deputies present, ids ────────────────────────────────────────────────────────────────────────────
    const all: Session[] = [...sessions.values()]
    const roundRows: Insertable<Database['rounds']>[] = []
    const roundDeputies: Insertable<Database['round_deputies']>[] = []
    const stopRows: Insertable<Database['round_stops']>[] = []
    const roundEvents: Insertable<Database['round_events']>[] = []
    const staffActor = { actor_id: null, actor_name: '联络员', county_code: county }
    for (const round of rounds.values()) {
      const id = stableId(county, 'rounds', round.key)
      const stops = [...round.stops.values()].sort((a, b) => a.start - b.start)
      const deputies = new Set(
        stops.flatMap((s) => s.items.map((i) => i.deputy_id).filter((d) => d !== null)),
      )
      if (deputies.size < 2)
        for (const d of someDeputies(stops[0]?.venueId ?? null, round.townCode, 2)) deputies.add(d)
      const town = world.regions.get(round.townCode)!
      const last = stops.at(-1)!
      roundRows.push({
        id,
        title: `${town.name}流动巡诊`,
        town_code: round.townCode,
        venue_id: stops[0]?.venueId ?? null,
        day: round.day,
        status: 'completed',
        summary: `走访 ${stops.length} 个村(社区)`,
        county_code: county,
        created_at: new Date(stops[0]!.start - 7 * 86_400_000),
        updated_at: new Date(last.end),
      })
      for (const deputy_id of deputies) roundDeputies.push({ round_id: id, deputy_id })
      roundEvents.push(event(id, 'plan', null, 'planned', new Date(stops[0]!.start - 7 * 86_400_000)))
      stops.forEach((s, n) => {
        s.stopId = stableId(county, 'round_stops', s.key)
        s.deputies = deputies
        const region = world.regions.get(s.regionCode)!
        stopRows.push({
          id: s.stopId,
          round_id: id,
          seq: n + 1,
          kind: region.kind === '社区' ? 'community' : 'village',
          name: `${region.name}${region.kind === '社区' ? '党群服务中心' : '村民服务中心'}`,
          region_code: s.regionCode,
          starts_at: new Date(s.start),
          ends_at: new Date(s.end),
          checked_in_at: new Date(s.start),
          happened: `接待群众，收集意见建议 ${s.items.length} 条`,
        })
        roundEvents.push(
          event(id, 'check_in', n === 0 ? 'planned' : 'underway', 'underway', new Date(s.start)),
        )
        all.push(s)
      })
      roundEvents.push(event(id, 'complete', 'underway', 'completed', new Date(last.end + MINUTE)))
    }
    function event(round_id: string, action: string, from: string | null, to: string, at: Date) {
      return {
        id: uuidv7(),
        round_id,
        action,
        from_status: from,
        to_status: to,
        ...staffActor,
        created_at: at,
      }
    }
    for (const s of all) {
      for (const i of s.items) if (i.deputy_id) s.deputies.add(i.deputy_id)
      if (s.deputies.size === 0) for (const d of someDeputies(s.venueId, s.townCode, 1)) s.deputies.add(d)
    }

    // ── visitors: one per item (now and then a group), then those without issues up to the year's figure ──
    const visitors: Insertable<Database['reception_visitors']>[] = []
    const issues: Insertable<Database['reception_issues']>[] = []
    const people = new Map<Session, number>()
    const visit = (s: Session, headcount: number, at: number, item?: Item) => {
      const id = stableId(county, 'reception_visitors', `${s.key}/${visitors.length}`)
      visitors.push({
        id,
        reception_id: stableId(county, 'receptions', s.key),
        headcount,
        name_enc: item?.contact_name_enc ?? null,
        name_masked: item?.contact_name_masked ?? null,
        phone_enc: item?.contact_phone_enc ?? null,
        phone_hash: item?.contact_phone_hash ?? null,
        phone_masked: item?.contact_phone_masked ?? null,
        note: item ? '' : '政策咨询，已当面解答',
        recorded_at: new Date(at),
      })
      people.set(s, (people.get(s) ?? 0) + headcount)
      if (item)
        issues.push({
          id: stableId(county, 'reception_issues', item.id),
          reception_id: stableId(county, 'receptions', s.key),
          visitor_id: id,
          content: item.content,
          disposition: item.on_spot ? 'on_spot' : 'loop',
          answer: item.on_spot ? item.answer : null,
          suggestion_id: item.id,
          created_at: item.received_at,
        })
    }
    for (const s of all)
      for (const item of s.items)
        visit(s, rng.chance(0.85) ? 1 : rng.int(2, 12), new Date(item.received_at).getTime(), item)
    const online = await db
      .selectFrom('suggestions')
      .select([sql<number>`extract(year from received_at AT TIME ZONE 'Asia/Shanghai')::int`.as('year')])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel', '=', 'online')
      .groupBy(sql`1`)
      .execute()
    const onlineIn = new Map(online.map((r) => [Number(r.year), Number(r.n)]))
    const fill = (s: Session, count: number) => {
      let n = count
      let at = s.start + 5 * MINUTE
      while (n > 0) {
        const h = Math.min(n, rng.weighted(GROUPS))
        visit(s, h, at)
        n -= h
        at = Math.min(at + 7 * MINUTE, s.end - MINUTE)
      }
    }
    for (const [y, target] of Object.entries(PEOPLE_RECEIVED)) {
      const year = Number(y)
      const ofYear = all.filter((s) => yearOf(s.start) === year)
      const current = ofYear.reduce((n, s) => n + (people.get(s) ?? 0), 0)
      const extra = target - (onlineIn.get(year) ?? 0) - current
      if (extra < 0) throw new Error(`the ${year} receptions already exceed the year's people received`)
      const shares = apportion(
        extra,
        ofYear.map((s) => s.weight),
      )
      for (const [n, s] of ofYear.entries()) fill(s, shares[n]!)
    }
    // The sessions around today: a few visitors more each.
    for (const s of all) if (yearOf(s.start) > 2022) fill(s, rng.int(0, 6))
    await write(ctx, { all, people, roundRows, roundDeputies, stopRows, roundEvents, visitors, issues })
    await upcomingRounds(ctx)
  },
}

/** Head counts of visitors without issues: mostly one person, sometimes a family or a village's delegation. */
const GROUPS: [number, number][] = [
  [1, 50],
  [2, 20],
  [3, 12],
  [5, 8],
  [8, 5],
  [12, 5],
]

/** A session spans its items: it began before the first was raised and ended after the last. */
function widen(s: Session) {
  for (const i of s.items) {
    const at = new Date(i.received_at).getTime()
    s.start = Math.min(s.start, at - 5 * MINUTE)
    s.end = Math.max(s.end, at + 15 * MINUTE)
  }
}
