import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RECIPIENTS } from '../src/modules/index.ts'
import { closeUnrated, sweepOverdue } from '../src/modules/suggestions/sweeps.ts'
import { backoffMs, type DeliveryOptions, deliverPending } from '../src/platform/delivery.ts'
import { type Job, runJob, startScheduler, sweepHousekeeping } from '../src/platform/jobs.ts'
import { invalidateReferenceCaches } from '../src/platform/reference-cache.ts'
import { buildUser } from './factories.ts'
import { createTestApp, TEST_COUNTY, type TestApp } from './harness.ts'
import { act, assignedItem, loopWorld, submitItem } from './loop-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const sweepCtx = () => ({ db: t.ctx.db, countyCode: TEST_COUNTY })

const notificationsOf = (suggestionId: string, kind: string) =>
  t.ctx.db
    .selectFrom('notifications')
    .selectAll()
    .where('subject_id', '=', suggestionId)
    .where('kind', '=', kind)
    .orderBy('recipient_type')
    .execute()

const eventsOf = (suggestionId: string, action: string) =>
  t.ctx.db
    .selectFrom('suggestion_events')
    .selectAll()
    .where('suggestion_id', '=', suggestionId)
    .where('action', '=', action)
    .execute()

const itemRow = (id: string) =>
  t.ctx.db.selectFrom('suggestions').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

const setColumns = (id: string, values: Record<string, Date>) =>
  t.ctx.db.updateTable('suggestions').set(values).where('id', '=', id).execute()

describe('the overdue sweep', () => {
  it('reminds the unit and the town once, then escalates after the configured working days', async () => {
    const { w, s } = await loopWorld(t)
    const item = await assignedItem(t, w, s)
    // Friday 6 March 2026, 17:30 CST; escalation (2 working days by default) from Tuesday 10 March, 08:30 CST.
    const due = new Date('2026-03-06T09:30:00Z')
    await setColumns(item.id, { due_at: due })

    expect(await sweepOverdue(sweepCtx(), new Date('2026-03-06T09:00:00Z'))).toMatchObject({ reminded: 0 })
    expect(await notificationsOf(item.id, 'suggestion.overdue')).toHaveLength(0)

    const firstNow = new Date('2026-03-06T10:00:00Z')
    await sweepOverdue(sweepCtx(), firstNow)
    const reminders = await notificationsOf(item.id, 'suggestion.overdue')
    expect(reminders.map((n) => [n.channel, n.recipient_type, n.recipient_id])).toEqual([
      ['in_app', 'region', w.townCode],
      ['in_app', 'unit', w.townUnit.id],
    ])
    expect(reminders[0]!.title).toContain(item.trackingCode)
    expect((await itemRow(item.id)).overdue_reminded_at?.toISOString()).toBe(firstNow.toISOString())

    // Later sweeps do not remind again, and nothing is escalated before the delay.
    await sweepOverdue(sweepCtx(), new Date('2026-03-09T04:00:00Z'))
    await sweepOverdue(sweepCtx(), new Date('2026-03-10T00:00:00Z'))
    expect(await notificationsOf(item.id, 'suggestion.overdue')).toHaveLength(2)
    expect(await eventsOf(item.id, 'escalate')).toHaveLength(0)
    expect((await itemRow(item.id)).escalated_at).toBeNull()

    const escalateNow = new Date('2026-03-10T01:00:00Z')
    const result = await sweepOverdue(sweepCtx(), escalateNow)
    expect(result.escalated).toBeGreaterThanOrEqual(1)
    const row = await itemRow(item.id)
    expect(row.escalated_at?.toISOString()).toBe(escalateNow.toISOString())
    expect(row.status).toBe('assigned')
    const [event] = await eventsOf(item.id, 'escalate')
    expect(event).toMatchObject({
      actor_id: null,
      actor_name: '系统',
      actor_role: 'system',
      to_status: 'assigned',
    })
    expect((await notificationsOf(item.id, 'suggestion.escalated')).map((n) => n.recipient_type)).toEqual([
      'region',
      'unit',
    ])
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'action'])
      .where('target_id', '=', item.id)
      .where('action', '=', 'suggestion.escalate')
      .execute()
    expect(audit).toEqual([{ actor_name: 'system', action: 'suggestion.escalate' }])

    await sweepOverdue(sweepCtx(), new Date('2026-03-12T01:00:00Z'))
    expect(await eventsOf(item.id, 'escalate')).toHaveLength(1)
    expect(await notificationsOf(item.id, 'suggestion.overdue')).toHaveLength(2)
  })

  it('never reminds or escalates twice when two sweeps run at once', async () => {
    const { w, s } = await loopWorld(t)
    const items = []
    for (let i = 0; i < 6; i++) items.push(await assignedItem(t, w, s))
    for (const item of items) await setColumns(item.id, { due_at: new Date('2026-04-01T09:30:00Z') })
    const now = new Date('2026-04-20T02:00:00Z')
    // Two "nodes": on PostgreSQL two pooled connections racing for the same rows; on PGlite they serialise.
    const results = await Promise.all([sweepOverdue(sweepCtx(), now), sweepOverdue(sweepCtx(), now)])
    expect(results.every((r) => r.failed === 0)).toBe(true)
    for (const item of items) {
      expect(await notificationsOf(item.id, 'suggestion.overdue')).toHaveLength(2)
      expect(await eventsOf(item.id, 'escalate')).toHaveLength(1)
      expect(await notificationsOf(item.id, 'suggestion.escalated')).toHaveLength(2)
    }
    // And a third sweep, concurrent with a fourth, finds nothing left to do for these items.
    await Promise.all([sweepOverdue(sweepCtx(), now), sweepOverdue(sweepCtx(), now)])
    for (const item of items) expect(await eventsOf(item.id, 'escalate')).toHaveLength(1)
  })

  it('reminds the town once of a missed same-day step, and later of the completion deadline', async () => {
    const { w, s } = await loopWorld(t)
    const item = await submitItem(t, w)
    const sameDay = new Date('2026-05-06T09:30:00Z')
    await setColumns(item.id, { same_day_due_at: sameDay })
    await Promise.all([
      sweepOverdue(sweepCtx(), new Date('2026-05-06T10:00:00Z')),
      sweepOverdue(sweepCtx(), new Date('2026-05-06T10:00:00Z')),
    ])
    await sweepOverdue(sweepCtx(), new Date('2026-05-07T10:00:00Z'))
    const reminders = await notificationsOf(item.id, 'suggestion.same_day_overdue')
    expect(reminders.map((n) => [n.recipient_type, n.recipient_id])).toEqual([['region', w.townCode]])
    expect(reminders[0]!.title).toContain('当天受理')

    await act(s.station, item.id, 'accept')
    await act(s.station, item.id, 'route', { tier: 'town' })
    await act(s.town, item.id, 'assign', { leadUnitId: w.townUnit.id })
    await setColumns(item.id, { due_at: new Date('2026-05-13T09:30:00Z') })
    await sweepOverdue(sweepCtx(), new Date('2026-05-13T10:00:00Z'))
    expect(await notificationsOf(item.id, 'suggestion.overdue')).toHaveLength(2)
    expect(await notificationsOf(item.id, 'suggestion.same_day_overdue')).toHaveLength(1)
  })
})

describe('closing unrated items', () => {
  it('closes an answered item the citizen did not rate once the rating window has passed', async () => {
    const { w, s } = await loopWorld(t)
    const item = await submitItem(t, w)
    await act(s.station, item.id, 'accept')
    await act(s.station, item.id, 'answer-on-spot', { answer: '已当场说明处理办法。' })
    const feedbackAt = new Date('2026-06-01T02:00:00Z')
    await setColumns(item.id, { feedback_at: feedbackAt })

    // The default rating window is 7 days.
    await closeUnrated(sweepCtx(), new Date(feedbackAt.getTime() + 6.9 * 86_400_000))
    expect((await itemRow(item.id)).status).toBe('answered_on_spot')
    const closeNow = new Date(feedbackAt.getTime() + 7 * 86_400_000 + 60_000)
    const [a, b] = await Promise.all([closeUnrated(sweepCtx(), closeNow), closeUnrated(sweepCtx(), closeNow)])
    expect(a.failed + b.failed).toBe(0)
    const row = await itemRow(item.id)
    expect(row.status).toBe('closed')
    expect(row.closed_at?.toISOString()).toBe(closeNow.toISOString())
    expect(row.rating).toBeNull()
    const events = await eventsOf(item.id, 'close_unrated')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      actor_name: '系统',
      from_status: 'answered_on_spot',
      to_status: 'closed',
    })
  })

  it('follows a per-tier rating window from time_limits', async () => {
    const { w, s } = await loopWorld(t)
    const item = await assignedItem(t, w, s)
    await act(s.unit, item.id, 'sign')
    await act(s.unit, item.id, 'start')
    await act(s.unit, item.id, 'reply', { answer: '已修复。', outcome: 'A' })
    await act(s.town, item.id, 'review')
    await act(s.town, item.id, 'give-feedback')
    await t.ctx.db
      .insertInto('time_limits')
      .values({
        tier: 'town',
        category_code: '',
        completion_working_days: 5,
        max_extension_working_days: 5,
        escalate_after_working_days: 2,
        rating_window_days: 3,
      })
      .execute()
    // Written behind the API's back: the node's cached time limits are told (the route does it by its audit row).
    invalidateReferenceCaches()
    try {
      const feedbackAt = new Date('2026-06-10T02:00:00Z')
      await setColumns(item.id, { feedback_at: feedbackAt })
      await closeUnrated(sweepCtx(), new Date(feedbackAt.getTime() + 2 * 86_400_000))
      expect((await itemRow(item.id)).status).toBe('feedback_given')
      await closeUnrated(sweepCtx(), new Date(feedbackAt.getTime() + 3 * 86_400_000 + 1000))
      expect((await itemRow(item.id)).status).toBe('closed')
    } finally {
      await t.ctx.db.deleteFrom('time_limits').where('tier', '=', 'town').execute()
      invalidateReferenceCaches()
    }
  })
})

describe('housekeeping', () => {
  it('deletes orphaned uploads after 24 h, idempotency keys after 48 h and sessions 14 days after they timed out', async () => {
    const now = new Date()
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000)
    const file = (created: Date, owner: string | null) => ({
      purpose: 'suggestion_photo' as const,
      subject_type: owner ? 'suggestion' : null,
      subject_id: owner,
      mime_type: 'image/jpeg',
      byte_size: 3,
      sha256: 'x',
      data: Buffer.from('abc'),
      county_code: TEST_COUNTY,
      created_at: created,
    })
    const owner = '00000000-0000-4000-8000-000000000001'
    const files = await t.ctx.db
      .insertInto('files')
      .values([file(hoursAgo(25), null), file(hoursAgo(23), null), file(hoursAgo(100), owner)])
      .returning('id')
      .execute()
    await t.ctx.db
      .insertInto('idempotency_keys')
      .values([
        { scope: 'hk', key: 'old', request_hash: 'h', response: null, created_at: hoursAgo(49) },
        { scope: 'hk', key: 'new', request_hash: 'h', response: null, created_at: hoursAgo(47) },
      ])
      .execute()
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: TEST_COUNTY })
    await t.ctx.db
      .insertInto('sessions')
      .values([
        // Timed out lately: kept, so that its cookie is answered session_expired.
        { id: 'hk-expired', user_id: user.id, csrf_token: 'c', expires_at: hoursAgo(1), last_seen_at: now },
        {
          id: 'hk-idle',
          user_id: user.id,
          csrf_token: 'c',
          expires_at: hoursAgo(-5),
          last_seen_at: hoursAgo(1),
        },
        { id: 'hk-live', user_id: user.id, csrf_token: 'c', expires_at: hoursAgo(-5), last_seen_at: now },
        // Timed out more than 14 days ago, at its absolute limit or idle: deleted.
        {
          id: 'hk-expired-long-ago',
          user_id: user.id,
          csrf_token: 'c',
          expires_at: hoursAgo(14 * 24 + 1),
          last_seen_at: hoursAgo(14 * 24 + 2),
        },
        {
          id: 'hk-idle-long-ago',
          user_id: user.id,
          csrf_token: 'c',
          expires_at: hoursAgo(-5),
          last_seen_at: hoursAgo(14 * 24 + 1),
        },
      ])
      .execute()

    const result = await sweepHousekeeping(t.ctx.db, now, { sessionIdleMinutes: 30 })
    expect(result.orphanFiles).toBeGreaterThanOrEqual(1)
    const left = await t.ctx.db
      .selectFrom('files')
      .select('id')
      .where(
        'id',
        'in',
        files.map((f) => f.id),
      )
      .execute()
    expect(left.map((f) => f.id).sort()).toEqual([files[1]!.id, files[2]!.id].sort())
    const keys = await t.ctx.db
      .selectFrom('idempotency_keys')
      .select('key')
      .where('scope', '=', 'hk')
      .execute()
    expect(keys.map((k) => k.key)).toEqual(['new'])
    const sessions = await t.ctx.db.selectFrom('sessions').select('id').where('id', 'like', 'hk-%').execute()
    expect(sessions.map((x) => x.id).sort()).toEqual(['hk-expired', 'hk-idle', 'hk-live'])
  })
})

// ── webhook delivery ────────────────────────────────────────────────────────────────────────────────────────

interface Received {
  headers: http.IncomingHttpHeaders
  raw: string
}

const SECRET = 'test-webhook-secret-0123456789'

describe('webhook delivery', () => {
  let server: http.Server
  let url: string
  const received: Received[] = []
  const failing = new Set<string>()

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        received.push({ headers: req.headers, raw })
        const id = String(req.headers['x-lianxin-delivery'])
        res.statusCode = failing.has(id) ? 500 : 200
        res.end(failing.has(id) ? 'boom' : 'ok')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const options = (): DeliveryOptions => ({
    url,
    secret: SECRET,
    maxAttempts: 8,
    timeoutMs: 5000,
    recipients: RECIPIENTS,
  })
  const deliveryCtx = () => ({ db: t.ctx.db, cipher: t.ctx.cipher })
  const receiptNotification = async (suggestionId: string) => {
    const [row] = await notificationsOf(suggestionId, 'citizen.received')
    expect(row).toBeDefined()
    return row!
  }
  const notification = (id: string) =>
    t.ctx.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

  it('keeps webhook rows pending while no URL is configured', async () => {
    const { w } = await loopWorld(t)
    const item = await submitItem(t, w, { phone: '13700001111' })
    const row = await receiptNotification(item.id)
    const result = await deliverPending(
      deliveryCtx(),
      { ...options(), url: undefined },
      new Date(Date.now() + 60_000),
    )
    expect(result.skipped).toMatch(/LIANXIN_WEBHOOK_URL/)
    expect(await notification(row.id)).toMatchObject({ status: 'pending', attempts: 0, sent_at: null })
  })

  it('signs the body and sends the citizen’s phone, decrypted only at delivery', async () => {
    const { w } = await loopWorld(t)
    const item = await submitItem(t, w, { phone: '13812345678' })
    const row = await receiptNotification(item.id)
    expect(JSON.stringify(row)).not.toContain('13812345678')

    const now = new Date(Date.now() + 60_000)
    const result = await deliverPending(deliveryCtx(), options(), now)
    expect(result.delivered).toBeGreaterThanOrEqual(1)
    const hits = received.filter((r) => r.headers['x-lianxin-delivery'] === row.id)
    expect(hits).toHaveLength(1)
    const { headers, raw } = hits[0]!
    const signed = `${headers['x-lianxin-timestamp']}.${raw}`
    const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(signed).digest('hex')}`)
    const given = Buffer.from(String(headers['x-lianxin-signature']))
    expect(given.length).toBe(expected.length)
    expect(timingSafeEqual(given, expected)).toBe(true)
    expect(headers['content-type']).toContain('application/json')
    expect(Number(headers['x-lianxin-timestamp'])).toBe(Math.floor(now.getTime() / 1000))
    const body = JSON.parse(raw)
    expect(body).toEqual({
      id: row.id,
      kind: 'citizen.received',
      title: row.title,
      body: row.body,
      trackingCode: item.trackingCode,
      recipient: { type: 'citizen', id: item.id },
      phone: '13812345678',
      createdAt: new Date(row.created_at).toISOString(),
    })
    const after = await notification(row.id)
    expect(after).toMatchObject({ status: 'sent', attempts: 1, last_error: null })
    expect(after.sent_at?.toISOString()).toBe(now.toISOString())
    // The phone is still nowhere in the outbox.
    expect(JSON.stringify(after)).not.toContain('13812345678')

    // Delivered rows are not sent again.
    await deliverPending(deliveryCtx(), options(), new Date(now.getTime() + 3600_000))
    expect(received.filter((r) => r.headers['x-lianxin-delivery'] === row.id)).toHaveLength(1)
  })

  it('retries a failing endpoint with exponential backoff and marks the row failed after the last attempt', async () => {
    const { w } = await loopWorld(t)
    const item = await submitItem(t, w, { phone: '13600002222' })
    const row = await receiptNotification(item.id)
    failing.add(row.id)
    const hitsFor = () => received.filter((r) => r.headers['x-lianxin-delivery'] === row.id).length

    let now = new Date(Date.now() + 60_000)
    for (let attempt = 1; attempt <= 8; attempt++) {
      await deliverPending(deliveryCtx(), options(), now)
      expect(hitsFor()).toBe(attempt)
      const after = await notification(row.id)
      expect(after.attempts).toBe(attempt)
      expect(after.last_error).toBe('HTTP 500')
      if (attempt === 8) {
        expect(after.status).toBe('failed')
        break
      }
      expect(after.status).toBe('pending')
      const wait = backoffMs(attempt)
      expect(wait).toBe(60_000 * 2 ** (attempt - 1))
      expect(new Date(after.next_attempt_at).getTime()).toBe(now.getTime() + wait)
      // Not retried before its time.
      await deliverPending(deliveryCtx(), options(), new Date(now.getTime() + wait - 1000))
      expect(hitsFor()).toBe(attempt)
      now = new Date(now.getTime() + wait)
    }
    // A failed row is kept, and never retried by itself.
    await deliverPending(deliveryCtx(), options(), new Date(now.getTime() + 30 * 86_400_000))
    expect(hitsFor()).toBe(8)
    expect((await notification(row.id)).status).toBe('failed')
  })

  it('does not deliver in-app notifications', async () => {
    const { w } = await loopWorld(t)
    const item = await submitItem(t, w)
    await deliverPending(deliveryCtx(), options(), new Date(Date.now() + 60_000))
    const inApp = await notificationsOf(item.id, 'suggestion.submitted')
    // The town's inbox and the venue's (the item came through the station's QR code).
    expect(inApp).toHaveLength(2)
    for (const message of inApp) {
      expect(message).toMatchObject({ channel: 'in_app', status: 'sent', attempts: 0 })
      expect(received.some((r) => r.headers['x-lianxin-delivery'] === message.id)).toBe(false)
    }
  })
})

describe('the scheduler', () => {
  it('runs jobs and records each run in job_runs, errors included', async () => {
    let ran = 0
    const ok: Job = {
      name: 'test_ok',
      run: async () => {
        ran++
        return { done: 1 }
      },
    }
    const broken: Job = {
      name: 'test_broken',
      run: async () => {
        throw new Error('deliberately broken')
      },
    }
    expect(await runJob(t.ctx, broken)).toEqual({ error: 'deliberately broken' })
    const scheduler = startScheduler(t.ctx, [ok], { intervalMs: 20, firstDelayMs: 0 })
    for (let i = 0; i < 200 && ran < 2; i++) await new Promise((r) => setTimeout(r, 10))
    await scheduler.stop()
    expect(ran).toBeGreaterThanOrEqual(2)
    const after = ran
    await new Promise((r) => setTimeout(r, 60))
    expect(ran).toBe(after)
    const runs = await t.ctx.db
      .selectFrom('job_runs')
      .selectAll()
      .where('name', 'in', ['test_ok', 'test_broken'])
      .orderBy('name')
      .execute()
    expect(runs.map((r) => [r.name, r.last_result])).toEqual([
      ['test_broken', { error: 'deliberately broken' }],
      ['test_ok', { done: 1 }],
    ])
    expect(runs.every((r) => r.last_finished_at !== null)).toBe(true)
  })
})
