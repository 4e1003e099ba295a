import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calendarReminderJob } from '../src/modules/settings/reminders.ts'
import { invalidateCalendar, loadCalendar, WorkCalendar } from '../src/platform/calendar.ts'
import { createTestApp, type TestApp } from './harness.ts'
import { act, assignedItem, type LoopSessions, type LoopWorld, loopWorld, submitItem } from './loop-items.ts'

/**
 * A calendar a county can trust in every year: provisional years computed from the law, the notice entered by
 * the county admin (and deadlines recomputed), reminders from 1 November, office hours and the same-day cut-off
 * as the county's settings. Runs under every TZ in CI (scripts/test.mjs, the clocks step).
 */

let t: TestApp
let w: LoopWorld
let s: LoopSessions
beforeAll(async () => {
  t = await createTestApp()
  ;({ w, s } = await loopWorld(t))
})
afterAll(async () => t.close())

const at = (local: string) => new Date(`${local}+08:00`)
const county = () => t.ctx.config.countyCode

/** The notice as the State Council might publish it for 2027 (New Year 1–4 January, make-up Saturday 9 January). */
const NOTICE_2027 = {
  title: '国务院办公厅关于2027年部分节假日安排的通知',
  days: [
    { day: '2027-01-01', kind: 'holiday', name: '元旦' },
    { day: '2027-01-02', kind: 'holiday', name: '元旦' },
    { day: '2027-01-03', kind: 'holiday', name: '元旦' },
    { day: '2027-01-04', kind: 'holiday', name: '元旦' },
    { day: '2027-01-09', kind: 'makeup', name: '元旦' },
    { day: '2027-02-05', kind: 'holiday', name: '春节' },
  ],
}

const notificationsOfKind = (kind: string) =>
  t.ctx.db.selectFrom('notifications').selectAll().where('kind', '=', kind).execute()

describe('reminders to enter next year’s notice', () => {
  it('reminds the county admins in-app from 1 November, once a week, until the notice is entered', async () => {
    const run = (local: string) => calendarReminderJob.run(t.ctx, at(local), console)
    expect(await run('2026-10-31T09:00:00')).toMatchObject({ reminded: 0 })
    expect(await notificationsOfKind('calendar.notice_due')).toEqual([])

    const first = await run('2026-11-01T09:00:00')
    expect(first).toMatchObject({ year: 2027 })
    expect(first.reminded).toBeGreaterThan(0)
    const sent = await notificationsOfKind('calendar.notice_due')
    expect(sent).toHaveLength(first.reminded as number)
    expect(sent[0]).toMatchObject({
      channel: 'in_app',
      recipient_type: 'user',
      payload: { year: 2027, at: at('2026-11-01T09:00:00').toISOString(), link: '/calendar?year=2027' },
      title: '请录入2027年节假日安排',
    })
    // The admin's inbox shows it.
    const inbox = (await s.admin.get('/api/notifications')).json()
    expect(inbox.items.find((n: { kind: string }) => n.kind === 'calendar.notice_due')).toMatchObject({
      title: '请录入2027年节假日安排',
      link: '/calendar?year=2027',
    })
    // Town staff are not county admins.
    const townInbox = (await s.town.get('/api/notifications')).json()
    expect(townInbox.items.map((n: { title: string }) => n.title)).not.toContain('请录入2027年节假日安排')

    expect(await run('2026-11-05T09:00:00')).toMatchObject({ reminded: 0 })
    const weekLater = await run('2026-11-09T09:00:00')
    expect(weekLater.reminded).toBe(first.reminded)
  })
})

describe('a provisional year', () => {
  it('says so in the API, with the holidays computed from the law', async () => {
    const res = await s.unit.get('/api/calendar/years/2027')
    expect(res.statusCode, res.body).toBe(200)
    const year = res.json()
    expect(year).toMatchObject({ year: 2027, status: 'provisional', notice: null })
    expect(year.message.zh).toContain('暂定')
    expect(year.message.en).toContain("provisional until the State Council's notice")
    const days = year.days.map((d: { day: string }) => d.day)
    expect(days).toEqual(
      expect.arrayContaining([
        '2027-01-01',
        '2027-02-05',
        '2027-02-06',
        '2027-04-05',
        '2027-06-09',
        '2027-09-15',
      ]),
    )
    expect(year.days.every((d: { provisional: boolean }) => d.provisional)).toBe(true)

    const current = (await s.unit.get('/api/calendar/years/2026')).json()
    expect(current).toMatchObject({ year: 2026, status: 'statutory' })
    expect(current.days.find((d: { day: string }) => d.day === '2026-10-10')).toMatchObject({
      kind: 'makeup',
    })
    expect((await s.unit.get('/api/calendar/years/1899')).statusCode).toBe(400)
  })

  it('refuses a notice with days outside the year, twice, or a make-up working day on a weekday', async () => {
    const put = (body: unknown) => s.admin.request('PUT', '/api/calendar/notices/2027', body)
    const field = async (body: unknown, name: string) => {
      const res = await put(body)
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().field).toBe(name)
      expect(res.json().message).toBeTruthy()
    }
    const day = (d: string, kind = 'holiday', name = '元旦') => ({ day: d, kind, name })
    await field({ title: '', days: [day('2028-01-01')] }, 'body.days[0].day')
    await field({ title: '', days: [day('2027-01-01'), day('2027-01-01')] }, 'body.days[1].day')
    await field({ title: '', days: [day('2027-01-05', 'makeup')] }, 'body.days[0].day')
    await field({ title: '', days: [day('2027-02-30')] }, 'body.days[0].day')
    await field({ title: '', days: [day('2027-01-01', 'workday')] }, 'body.days.0.kind')
    await field({ title: '', days: [day('2027-01-01', 'holiday', '  ')] }, 'body.days[0].name')
    expect((await s.town.request('PUT', '/api/calendar/notices/2027', NOTICE_2027)).statusCode).toBe(403)
    expect(await t.ctx.db.selectFrom('calendar_notices').selectAll().execute()).toEqual([])
  })
})

describe('entering the notice', () => {
  it('replaces the provisional year, recomputes the deadlines computed on it, and stops the reminders', async () => {
    // An item assigned on 30 December 2026 with 5 working days: on the provisional calendar 30, 31 Dec, 4, 5, 6 Jan.
    const handled = await assignedItem(t, w, s)
    const provisional = new WorkCalendar()
    const received = at('2026-12-30T09:00:00')
    const oldDue = provisional.deadlineAfter(received, 5)
    expect(oldDue.toISOString()).toBe(at('2027-01-06T17:30:00').toISOString())
    await t.ctx.db
      .updateTable('suggestions')
      .set({
        received_at: received,
        clock_start_at: received,
        same_day_due_at: at('2026-12-30T17:30:00'),
        due_at: oldDue,
      })
      .where('id', '=', handled.id)
      .execute()
    // An item accepted on Monday 4 January 2027, a working day until the notice makes it a holiday.
    const waiting = await submitItem(t, w)
    await act(s.station, waiting.id, 'accept')
    const arrival = at('2027-01-04T10:00:00')
    await t.ctx.db
      .updateTable('suggestions')
      .set({ received_at: arrival, clock_start_at: arrival, same_day_due_at: at('2027-01-04T17:30:00') })
      .where('id', '=', waiting.id)
      .execute()
    // An item of this week, far from 2027: untouched.
    const today = await assignedItem(t, w, s)
    const untouched = await t.ctx.db
      .selectFrom('suggestions')
      .select(['due_at', 'version'])
      .where('id', '=', today.id)
      .executeTakeFirstOrThrow()

    const res = await s.admin.request('PUT', '/api/calendar/notices/2027', NOTICE_2027)
    expect(res.statusCode, res.body).toBe(200)
    const year = res.json()
    expect(year).toMatchObject({ year: 2027, status: 'notice', recomputed: 2 })
    expect(year.notice).toMatchObject({ title: NOTICE_2027.title })
    expect(year.days.find((d: { day: string }) => d.day === '2027-01-09')).toMatchObject({
      workday: true,
      kind: 'makeup',
      source: 'notice',
      name: '元旦调休上班',
      nameEn: "New Year's Day (make-up working day)",
    })
    // 春节 is only what the notice lists now: the computed 初一 (Saturday 6 February) is an ordinary weekend day.
    expect(year.days.some((d: { day: string }) => d.day === '2027-02-06')).toBe(false)

    const row = (id: string) =>
      t.ctx.db
        .selectFrom('suggestions')
        .select(['due_at', 'same_day_due_at', 'clock_start_at', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    // Still 4 working days after 30 December: 31 Dec, 5, 6, 7 January.
    expect(new Date((await row(handled.id)).due_at!).toISOString()).toBe(
      at('2027-01-07T17:30:00').toISOString(),
    )
    const moved = await row(waiting.id)
    expect(new Date(moved.clock_start_at).toISOString()).toBe(at('2027-01-05T08:30:00').toISOString())
    expect(new Date(moved.same_day_due_at).toISOString()).toBe(at('2027-01-05T17:30:00').toISOString())
    expect(await row(today.id)).toMatchObject(untouched)

    const events = await t.ctx.db
      .selectFrom('suggestion_events')
      .selectAll()
      .where('suggestion_id', '=', handled.id)
      .where('action', '=', 'reschedule')
      .execute()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actor_name: '系统', public: false })
    expect(events[0]!.note).toContain('2027年放假安排通知')
    expect(events[0]!.detail).toMatchObject({ previousDueAt: oldDue.toISOString() })
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'detail'])
      .where('action', '=', 'calendar.notice.set')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.detail).toMatchObject({ makeup: ['2027-01-09'] })

    // The calendar everyone computes with has the notice.
    const calendar = await loadCalendar(t.ctx.db, county())
    expect(calendar.isProvisionalYear(2027)).toBe(false)
    expect(calendar.isWorkday('2027-01-04')).toBe(false)
    expect(calendar.isWorkday('2027-01-09')).toBe(true)
    // Entering the same notice again changes no deadline.
    const again = await s.admin.request('PUT', '/api/calendar/notices/2027', NOTICE_2027)
    expect(again.json().recomputed).toBe(0)

    // No more reminders for 2027.
    const before = (await notificationsOfKind('calendar.notice_due')).length
    expect(await calendarReminderJob.run(t.ctx, at('2026-12-20T09:00:00'), console)).toMatchObject({
      reminded: 0,
    })
    expect(await notificationsOfKind('calendar.notice_due')).toHaveLength(before)
  })
})

describe('dates are days', () => {
  it('reads a date column back as the text of the day, whatever the process time zone', async () => {
    await s.admin.request('PUT', '/api/calendar/overrides/2027-03-01', { kind: 'holiday', note: '台风' })
    const rows = await t.ctx.db.selectFrom('calendar_overrides').select('day').execute()
    expect(rows).toContainEqual({ day: '2027-03-01' })
    invalidateCalendar()
    expect((await loadCalendar(t.ctx.db, county())).isWorkday('2027-03-01')).toBe(false)
    expect((await loadCalendar(t.ctx.db, county())).isWorkday('2027-02-26')).toBe(true)
    await s.admin.request('DELETE', '/api/calendar/overrides/2027-03-01')
  })
})

describe('office hours and the same-day cut-off', () => {
  it('are the county’s settings: read by staff, set by the county admin, audited, used by the clock', async () => {
    const read = await s.unit.get('/api/settings/office-hours')
    expect(read.statusCode, read.body).toBe(200)
    expect(read.json()).toEqual({ regular: '08:30-17:30', summer: null, sameDayCutoff: null })

    const hours = {
      regular: '8:30-12:00，13:30-17:30',
      summer: { from: '07-01', to: '09-30', hours: '08:00-12:00,14:30-18:00' },
      sameDayCutoff: '16:30',
    }
    const put = await s.admin.request('PUT', '/api/settings/office-hours', hours)
    expect(put.statusCode, put.body).toBe(200)
    expect(put.json()).toEqual({ ...hours, regular: '08:30-12:00,13:30-17:30' })
    expect((await s.town.get('/api/settings/office-hours')).json()).toEqual(put.json())
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'settings.office_hours.set')
      .execute()
    expect(audit).toHaveLength(1)

    const calendar = await loadCalendar(t.ctx.db, county())
    expect(calendar.clockStart(at('2026-11-26T17:29:00')).toISOString()).toBe(
      at('2026-11-27T08:30:00').toISOString(),
    )
    expect(calendar.clockStart(at('2026-11-26T12:30:00')).toISOString()).toBe(
      at('2026-11-26T13:30:00').toISOString(),
    )
    expect(calendar.sameDayDeadline(at('2026-07-15T09:00:00')).toISOString()).toBe(
      at('2026-07-15T18:00:00').toISOString(),
    )

    const field = async (body: unknown, name: string) => {
      const res = await s.admin.request('PUT', '/api/settings/office-hours', body)
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().field).toBe(name)
    }
    await field({ regular: '17:30-08:30' }, 'body.regular')
    await field({ regular: '08:30-17:30', sameDayCutoff: '18:00' }, 'body.sameDayCutoff')
    await field(
      { regular: '08:30-17:30', summer: { from: '13-01', to: '09-30', hours: '08:00-17:00' } },
      'body.summer.from',
    )
    await field({ regular: '08:30-17:30', extra: 1 }, 'body.extra')
    expect(
      (await s.town.request('PUT', '/api/settings/office-hours', { regular: '09:00-17:00' })).statusCode,
    ).toBe(403)
    expect((await s.unit.get('/api/settings/office-hours')).json()).toEqual(put.json())
  })
})
