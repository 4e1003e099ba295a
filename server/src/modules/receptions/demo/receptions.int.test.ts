import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_NOW as NOW, openDemoTestDb, type TestDb } from '../../../../test/demo-template.ts'
import { cstDay } from '../../../platform/calendar.ts'
import { addDays } from '../../../platform/holidays.ts'

const year = (y: number, column: string) =>
  `${column} >= '${y}-01-01T00:00:00+08:00' AND ${column} < '${y + 1}-01-01T00:00:00+08:00'`

async function rows<T>(h: TestDb, text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(h.db)).rows
}

/** The demo's receptions tell the suggestion history's story and give the published people received. */
describe('demo receptions', () => {
  let h: TestDb
  beforeAll(async () => {
    ;({ handle: h } = await openDemoTestDb())
  }, 300_000)
  afterAll(async () => h?.dispose())

  it('gives 12,213 people received in 2022: reception person-times plus online items', async () => {
    const [r] = await rows<{ people: number }>(
      h,
      `SELECT coalesce(sum(people), 0)::int AS people FROM receptions WHERE ${year(2022, 'started_at')}`,
    )
    const [o] = await rows<{ n: number }>(
      h,
      `SELECT count(*)::int AS n FROM suggestions WHERE channel = 'online' AND ${year(2022, 'received_at')}`,
    )
    expect(r!.people + o!.n).toBe(12213)
    // Each record's people received is the sum of its visitors' head counts.
    const [bad] = await rows<{ n: number }>(
      h,
      `SELECT count(*)::int AS n FROM receptions x
        WHERE x.people <> (SELECT coalesce(sum(headcount), 0) FROM reception_visitors v WHERE v.reception_id = x.id)`,
    )
    expect(bad!.n).toBe(0)
  })

  it('every station and mobile item came out of one session at its place on the day it arrived', async () => {
    const [c] = await rows<{ items: number; linked: number; misplaced: number }>(
      h,
      `SELECT count(*)::int AS items,
          count(i.id)::int AS linked,
          count(*) FILTER (WHERE i.id IS NOT NULL AND (
            (s.channel::text <> x.kind::text)
            OR (x.kind = 'station' AND x.venue_id <> s.venue_id)
            OR (x.kind = 'mobile' AND x.region_code <> s.region_code)
            OR (s.received_at AT TIME ZONE 'Asia/Shanghai')::date <> (x.started_at AT TIME ZONE 'Asia/Shanghai')::date
            OR s.received_at < x.started_at
            OR (x.ended_at IS NOT NULL AND s.received_at > x.ended_at)))::int AS misplaced
        FROM suggestions s
        LEFT JOIN reception_issues i ON i.suggestion_id = s.id
        LEFT JOIN receptions x ON x.id = i.reception_id
        WHERE s.channel IN ('station', 'mobile') AND s.received_at < '${NOW.toISOString()}'`,
    )
    expect(c!.items).toBeGreaterThan(1500)
    expect(c!.linked).toBe(c!.items)
    expect(c!.misplaced).toBe(0)
    const [other] = await rows<{ n: number }>(
      h,
      `SELECT count(*)::int AS n FROM reception_issues i JOIN suggestions s ON s.id = i.suggestion_id
        WHERE s.channel NOT IN ('station', 'mobile')`,
    )
    expect(other!.n).toBe(0)
  })

  it('holds the 2021–2022 slots of stations and points, and every town toured each month', async () => {
    const [s] = await rows<{ scheduled: number; held: number; kept: number }>(
      h,
      `SELECT count(*) FILTER (WHERE status = 'scheduled')::int AS scheduled,
          count(*) FILTER (WHERE status = 'held')::int AS held,
          count(*) FILTER (WHERE status = 'held' AND EXISTS (SELECT 1 FROM receptions x WHERE x.duty_slot_id = d.id))::int AS kept
        FROM duty_slots d WHERE day <= '2022-12-31'`,
    )
    expect(s!.scheduled).toBe(0)
    expect(s!.held).toBeGreaterThan(1000)
    expect(s!.kept).toBe(s!.held)
    const months = await rows<{ town_code: string; months: number }>(
      h,
      `SELECT town_code, count(DISTINCT to_char(day, 'YYYY-MM'))::int AS months FROM rounds
        WHERE day BETWEEN '2021-01-01' AND '2022-12-31' GROUP BY town_code`,
    )
    expect(months).toHaveLength(13)
    for (const m of months) expect(m.months).toBe(24)
  })

  it('has a duty slot at every station and a round in every town in the coming month', async () => {
    const today = cstDay(NOW)
    const [c] = await rows<{ stations: number; with_slot: number }>(
      h,
      `SELECT count(*)::int AS stations,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM duty_slots d WHERE d.venue_id = v.id AND d.status = 'scheduled'
            AND d.day BETWEEN '${today}' AND '${addDays(today, 30)}'))::int AS with_slot
        FROM venues v WHERE v.kind = 'station'`,
    )
    expect(c!.stations).toBe(13)
    expect(c!.with_slot).toBe(13)
    const [r] = await rows<{ towns: number; today: number }>(
      h,
      `SELECT count(DISTINCT town_code)::int AS towns, count(*) FILTER (WHERE day = '${today}')::int AS today
        FROM rounds WHERE status = 'planned' AND day BETWEEN '${today}' AND '${addDays(today, 30)}'`,
    )
    expect(r).toEqual({ towns: 13, today: 1 })
  })
})
