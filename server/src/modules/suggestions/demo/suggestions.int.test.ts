import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  demoCipher as cipher,
  DEMO_NOW as NOW,
  openDemoTestDb,
  type TestDb,
} from '../../../../test/demo-template.ts'
import type { SuggestionStatus } from '../../../db/types.ts'
import { cstDay, WorkCalendar } from '../../../platform/calendar.ts'
import { type Action, STATUSES, TRANSITIONS } from '../workflow.ts'

// The run's demo county (test/demo-template.ts), generated for a fixed "today": the live items are the same on
// every run. That generating it twice gives the same items is checked in src/demo/repeatable.int.test.ts.
const Y2021 = `received_at >= '2021-01-01T00:00:00+08:00' AND received_at < '2022-01-01T00:00:00+08:00'`
const Y2022 = `received_at >= '2022-01-01T00:00:00+08:00' AND received_at < '2023-01-01T00:00:00+08:00'`

async function rows<T>(h: TestDb, text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(h.db)).rows
}

describe('demo suggestions', () => {
  let handle: TestDb

  beforeAll(async () => {
    ;({ handle } = await openDemoTestDb())
  }, 300_000)

  afterAll(async () => {
    await handle?.dispose()
  })

  it('reproduces the published 2022 figures from the raw records', async () => {
    const [f] = await rows<Record<string, string | number>>(
      handle,
      `SELECT count(*)::int AS collected,
        count(*) FILTER (WHERE channel = 'online')::int AS online,
        count(*) FILTER (WHERE channel = 'online' AND status = 'closed')::int AS online_closed,
        count(*) FILTER (WHERE merged_into_id IS NULL AND status = 'closed' AND outcome = 'A')::int AS resolved,
        (avg(extract(epoch FROM closed_at - received_at) / 86400) FILTER (WHERE status = 'closed'))::float AS mean_days
      FROM suggestions WHERE ${Y2022}`,
    )
    const [online2021] = await rows<{ n: number; total: number }>(
      handle,
      `SELECT count(*) FILTER (WHERE channel = 'online')::int AS n, count(*)::int AS total FROM suggestions WHERE ${Y2021}`,
    )
    const figures = {
      collected: f.collected,
      online: f.online,
      online2021: online2021.n,
      resolved: f.resolved,
      onlineCompletionPct: Math.round((Number(f.online_closed) / Number(f.online)) * 100),
      onlineGrowthPct: Math.round((Number(f.online) / online2021.n - 1) * 100),
    }
    expect(figures).toEqual({
      collected: 3276,
      online: 2236,
      online2021: 1339,
      resolved: 1577,
      onlineCompletionPct: 98,
      onlineGrowthPct: 67,
    })
    expect(Number(f.mean_days)).toBeLessThan(7)
    expect(Number(f.mean_days)).toBeGreaterThan(3)
    expect(online2021.total).toBeGreaterThan(2000)
    expect(online2021.total).toBeLessThan(3276)
    // Station reception is the largest offline channel.
    const channels = await rows<{ channel: string; n: number }>(
      handle,
      `SELECT channel, count(*)::int AS n FROM suggestions WHERE ${Y2022} GROUP BY channel ORDER BY n DESC`,
    )
    expect(channels.map((c) => c.channel)).toEqual(['online', 'station', 'mobile', 'grid', 'mediation'])
  })

  it('keeps most items within the time limits', async () => {
    const [r] = await rows<Record<string, number>>(
      handle,
      `SELECT
        avg((accepted_at <= same_day_due_at)::int) FILTER (WHERE accepted_at IS NOT NULL)::float AS accept,
        avg((routed_at <= same_day_due_at)::int) FILTER (WHERE routed_at IS NOT NULL AND reopen_count = 0)::float AS route,
        avg((assigned_at <= same_day_due_at)::int) FILTER (WHERE assigned_at IS NOT NULL AND reopen_count = 0)::float AS assign,
        avg((replied_at <= due_at)::int) FILTER (WHERE replied_at IS NOT NULL AND reopen_count = 0)::float AS reply
      FROM suggestions WHERE ${Y2022}`,
    )
    expect(r.accept).toBeGreaterThan(0.95)
    expect(r.route).toBeGreaterThan(0.95)
    expect(r.assign).toBeGreaterThan(0.94)
    expect(r.reply).toBeGreaterThan(0.85)
    expect(r.reply).toBeLessThan(1)
  })

  it('gives every item a complete, chained history that matches its row', async () => {
    const items = await rows<{ id: string; status: SuggestionStatus; version: number; updated_at: Date }>(
      handle,
      'SELECT id, status, version, updated_at FROM suggestions',
    )
    const events = await rows<{
      suggestion_id: string
      at: Date
      action: string
      from_status: SuggestionStatus | null
      to_status: SuggestionStatus
      public: boolean
      actor_name: string
      actor_role: string | null
    }>(
      handle,
      'SELECT suggestion_id, at, action, from_status, to_status, public, actor_name, actor_role FROM suggestion_events ORDER BY suggestion_id, id',
    )
    expect(events.length).toBeGreaterThan(40_000)
    const byItem = new Map<string, typeof events>()
    for (const e of events) {
      const list = byItem.get(e.suggestion_id)
      if (list) list.push(e)
      else byItem.set(e.suggestion_id, [e])
    }
    const cal = new WorkCalendar()
    const problems: string[] = []
    let staffSteps = 0
    for (const item of items) {
      const list = byItem.get(item.id) ?? []
      const first = list[0]
      if (
        first?.action !== 'submit' ||
        first.from_status !== null ||
        first.to_status !== 'submitted' ||
        !first.public
      ) {
        problems.push(`${item.id}: does not start with submit`)
        continue
      }
      for (let i = 1; i < list.length; i++) {
        const e = list[i]
        const t = TRANSITIONS[e.action as Action]
        if (!t) problems.push(`${item.id}: unknown action ${e.action}`)
        else {
          if (e.public !== t.public) problems.push(`${item.id}: ${e.action} public=${e.public}`)
          if (!t.from.includes(e.from_status!)) problems.push(`${item.id}: ${e.action} from ${e.from_status}`)
          const to = t.to === 'same' ? e.from_status : t.to
          if (e.to_status !== to) problems.push(`${item.id}: ${e.action} to ${e.to_status}`)
        }
        if (e.from_status !== list[i - 1].to_status) problems.push(`${item.id}: broken chain at ${e.action}`)
        if (new Date(e.at).getTime() < new Date(list[i - 1].at).getTime())
          problems.push(`${item.id}: ${e.action} goes back in time`)
        // Staff steps happen in office hours of working days (citizens and the sweep keep their own hours).
        if (e.actor_role !== 'citizen' && e.actor_role !== 'system') {
          staffSteps++
          const at = new Date(e.at)
          const day = cstDay(at)
          const minutes = (((at.getTime() / 60_000 + 8 * 60) % 1440) + 1440) % 1440
          if (!cal.isWorkday(day) || minutes < 8 * 60 + 30 || minutes >= 17 * 60 + 30) {
            problems.push(`${item.id}: ${e.action} outside office hours (${at.toISOString()})`)
          }
        }
      }
      const last = list[list.length - 1]
      if (last.to_status !== item.status)
        problems.push(`${item.id}: last event ${last.to_status} but status ${item.status}`)
      if (item.version !== list.length)
        problems.push(`${item.id}: version ${item.version} for ${list.length} events`)
      if (new Date(item.updated_at).getTime() !== new Date(last.at).getTime())
        problems.push(`${item.id}: updated_at`)
      if (new Date(last.at).getTime() > NOW.getTime()) problems.push(`${item.id}: event after now`)
    }
    expect(problems.slice(0, 20)).toEqual([])
    expect(staffSteps).toBeGreaterThan(20_000)
  })

  it('closes items only with an answer, feedback and a closing time', async () => {
    const bad = await rows<{ id: string }>(
      handle,
      `SELECT id FROM suggestions WHERE status = 'closed'
        AND (answer IS NULL OR outcome IS NULL OR feedback_at IS NULL OR closed_at IS NULL OR acknowledged_at IS NULL)`,
    )
    expect(bad).toEqual([])
    const handled = await rows<{ id: string }>(
      handle,
      `SELECT s.id FROM suggestions s WHERE s.status IN ('assigned', 'signed', 'in_progress', 'replied', 'reviewed', 'feedback_given')
        AND (s.lead_unit_id IS NULL OR s.due_at IS NULL OR NOT EXISTS (
          SELECT 1 FROM suggestion_units u WHERE u.suggestion_id = s.id AND u.unit_id = s.lead_unit_id AND u.role = 'lead' AND u.active))`,
    )
    expect(handled).toEqual([])
  })

  it('merges duplicates into a primary of the same village', async () => {
    const merged = await rows<{
      region_code: string
      p_region: string | null
      p_merged: string | null
      reason: string
      status: string
    }>(
      handle,
      `SELECT s.region_code, p.region_code AS p_region, p.merged_into_id AS p_merged, s.reject_reason AS reason, s.status
        FROM suggestions s LEFT JOIN suggestions p ON p.id = s.merged_into_id WHERE s.merged_into_id IS NOT NULL`,
    )
    expect(merged.length).toBeGreaterThan(22)
    for (const m of merged) {
      expect([m.status, m.reason, m.p_merged]).toEqual(['rejected', 'duplicate', null])
      expect(m.p_region).toBe(m.region_code)
    }
  })

  it('has live items in every state, for the demo accounts too', async () => {
    const since = new Date(NOW.getTime() - 30 * 86_400_000).toISOString()
    const live = await rows<{ status: SuggestionStatus; n: number }>(
      handle,
      `SELECT status, count(*)::int AS n FROM suggestions WHERE received_at > '${since}' GROUP BY status`,
    )
    expect(live.map((r) => r.status).sort()).toEqual([...STATUSES].sort())
    const total = live.reduce((a, r) => a + r.n, 0)
    expect(total).toBeGreaterThanOrEqual(150)
    expect(total).toBeLessThanOrEqual(250)
    const [f] = await rows<Record<string, number>>(
      handle,
      `SELECT
        count(*) FILTER (WHERE s.due_at < '${NOW.toISOString()}' AND s.status IN ('assigned', 'signed', 'in_progress'))::int AS overdue,
        count(*) FILTER (WHERE s.escalated_at IS NOT NULL AND s.status IN ('assigned', 'signed', 'in_progress'))::int AS escalated,
        count(*) FILTER (WHERE s.extension_requested_days IS NOT NULL AND s.status = 'in_progress')::int AS extension_pending,
        count(*) FILTER (WHERE s.status IN ('signed', 'in_progress') AND s.due_at::date = '${cstDay(NOW)}'::date)::int AS due_today,
        count(*) FILTER (WHERE s.town_code = '330521001000')::int AS wukang,
        count(*) FILTER (WHERE v.name = '武康街道人大代表联络站')::int AS station,
        count(*) FILTER (WHERE s.deputy_id = (SELECT deputy_id FROM users WHERE username = 'deputy'))::int AS deputy,
        count(DISTINCT s.status) FILTER (WHERE un.name = '县住房和城乡建设局' AND s.status IN ('assigned', 'signed', 'in_progress', 'replied'))::int AS unit_states
      FROM suggestions s LEFT JOIN venues v ON v.id = s.venue_id LEFT JOIN units un ON un.id = s.lead_unit_id
      WHERE s.received_at > '${since}'`,
    )
    expect(f.overdue).toBeGreaterThan(0)
    expect(f.escalated).toBeGreaterThan(0)
    expect(f.extension_pending).toBeGreaterThan(0)
    expect(f.due_today).toBeGreaterThan(0)
    expect(f.wukang).toBeGreaterThan(40)
    expect(f.station).toBeGreaterThan(5)
    expect(f.deputy).toBeGreaterThan(5)
    expect(f.unit_states).toBe(4)
  })

  it('never stores a contact phone number in clear', async () => {
    const items = await rows<Record<string, unknown>>(
      handle,
      'SELECT * FROM suggestions WHERE contact_phone_enc IS NOT NULL ORDER BY tracking_code LIMIT 200',
    )
    expect(items.length).toBe(200)
    const opaque = new Set(['id', 'created_by', 'venue_id', 'deputy_id', 'lead_unit_id', 'merged_into_id'])
    for (const item of items) {
      const phone = cipher.decrypt(item.contact_phone_enc as string)
      expect(phone).toMatch(/^1[3-9]\d{9}$/)
      expect(JSON.stringify(item)).not.toContain(phone)
      expect(item.contact_phone_hash).toBe(cipher.lookupHash(phone))
      expect(item.contact_phone_masked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
      for (const [column, value] of Object.entries(item)) {
        if (
          typeof value === 'string' &&
          !opaque.has(column) &&
          !column.endsWith('_enc') &&
          !column.endsWith('_hash')
        ) {
          expect(value).not.toMatch(/1[3-9]\d{9}/)
        }
      }
    }
    const [share] = await rows<{ p: number }>(
      handle,
      'SELECT avg((contact_phone_enc IS NOT NULL)::int)::float AS p FROM suggestions',
    )
    expect(share.p).toBeGreaterThan(0.6)
    expect(share.p).toBeLessThan(0.8)
  })
})
