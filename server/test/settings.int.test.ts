import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cstDay, WorkCalendar } from '../src/platform/calendar.ts'
import { invalidateReferenceCaches } from '../src/platform/reference-cache.ts'
import { createTestApp, type TestApp } from './harness.ts'
import { act, loopWorld, submitItem } from './loop-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

interface Day {
  day: string
  workday: boolean
  kind: 'workday' | 'rest' | 'holiday' | 'makeup'
  source: 'statutory' | 'notice' | 'provisional' | 'override'
  provisional: boolean
  name?: string
  nameEn?: string
}

const auditOf = (action: string, targetId: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'actor_name', 'detail'])
    .where('action', '=', action)
    .where('target_id', '=', targetId)
    .execute()

describe('the working-day calendar', () => {
  it('lists statutory holidays and 调休 days for any staff', async () => {
    const { s } = await loopWorld(t)
    const res = await s.unit.get('/api/calendar?from=2026-09-30&to=2026-10-11')
    expect(res.statusCode, res.body).toBe(200)
    const { items, total } = res.json() as { items: Day[]; total: number }
    expect(total).toBe(12)
    expect(items.map((d) => d.day)).toEqual([
      '2026-09-30',
      ...Array.from({ length: 11 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`),
    ])
    const statutory = { source: 'statutory', provisional: false }
    expect(items.find((d) => d.day === '2026-09-30')).toEqual({
      day: '2026-09-30',
      workday: true,
      kind: 'workday',
      ...statutory,
    })
    expect(items.find((d) => d.day === '2026-10-01')).toEqual({
      day: '2026-10-01',
      workday: false,
      kind: 'holiday',
      ...statutory,
      name: '国庆节',
      nameEn: 'National Day',
    })
    // Saturday 10 October 2026 is a make-up working day for the National Day holiday.
    expect(items.find((d) => d.day === '2026-10-10')).toMatchObject({
      workday: true,
      kind: 'makeup',
      ...statutory,
    })
    expect(items.find((d) => d.day === '2026-10-11')).toEqual({
      day: '2026-10-11',
      workday: false,
      kind: 'rest',
      ...statutory,
    })
  })

  it('lets a county admin enter next year’s calendar as overrides, audited, and remove them again', async () => {
    const { s } = await loopWorld(t)
    // The published data does not cover 2027 yet: 1 January 2027 (a Friday) is computed from the law.
    const before = (await s.admin.get('/api/calendar?from=2027-01-01&to=2027-01-02')).json()
    expect(before.items[0]).toEqual({
      day: '2027-01-01',
      workday: false,
      kind: 'holiday',
      source: 'provisional',
      provisional: true,
      name: '元旦',
      nameEn: "New Year's Day",
    })

    const put = await s.admin.request('PUT', '/api/calendar/overrides/2027-01-01', {
      kind: 'holiday',
      note: '元旦',
    })
    expect(put.statusCode, put.body).toBe(200)
    const override = { source: 'override', provisional: false }
    expect(put.json()).toEqual({
      day: '2027-01-01',
      workday: false,
      kind: 'holiday',
      ...override,
      name: '元旦',
      nameEn: '元旦',
    })
    const sat = await s.admin.request('PUT', '/api/calendar/overrides/2027-01-02', {
      kind: 'workday',
      note: '',
    })
    expect(sat.json()).toEqual({ day: '2027-01-02', workday: true, kind: 'makeup', ...override })
    // Setting a day again replaces the override.
    await s.admin.request('PUT', '/api/calendar/overrides/2027-01-02', {
      kind: 'workday',
      note: '元旦调休上班',
    })

    const after = (await s.town.get('/api/calendar?from=2027-01-01&to=2027-01-03')).json()
    expect(after.items).toEqual([
      { day: '2027-01-01', workday: false, kind: 'holiday', ...override, name: '元旦', nameEn: '元旦' },
      {
        day: '2027-01-02',
        workday: true,
        kind: 'makeup',
        ...override,
        name: '元旦调休上班',
        nameEn: '元旦调休上班',
      },
      { day: '2027-01-03', workday: false, kind: 'rest', source: 'provisional', provisional: true },
    ])
    const audit = await auditOf('calendar.override.set', '2027-01-02')
    expect(audit).toHaveLength(2)
    expect(audit[1]!.detail).toMatchObject({
      before: { kind: 'workday', note: '' },
      after: { kind: 'workday', note: '元旦调休上班' },
    })

    const del = await s.admin.request('DELETE', '/api/calendar/overrides/2027-01-02')
    expect(del.statusCode, del.body).toBe(200)
    expect(del.json()).toEqual({ ok: true })
    expect((await auditOf('calendar.override.delete', '2027-01-02')).length).toBe(1)
    expect((await s.admin.request('DELETE', '/api/calendar/overrides/2027-01-02')).statusCode).toBe(404)
    const final = (await s.admin.get('/api/calendar?from=2027-01-02&to=2027-01-02')).json()
    expect(final.items).toEqual([
      { day: '2027-01-02', workday: false, kind: 'rest', source: 'provisional', provisional: true },
    ])
    await s.admin.request('DELETE', '/api/calendar/overrides/2027-01-01')
  })

  it('moves the deadline of a new assignment when an admin declares a holiday', async () => {
    const { w, s } = await loopWorld(t)
    const item = await submitItem(t, w)
    await act(s.station, item.id, 'accept')
    await act(s.station, item.id, 'route', { tier: 'town' })
    const { clock_start_at } = await t.ctx.db
      .selectFrom('suggestions')
      .select('clock_start_at')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow()
    const start = new Date(clock_start_at)
    const statutoryDue = new WorkCalendar().deadlineAfter(start, 5)
    const holiday = cstDay(statutoryDue)
    const put = await s.admin.request('PUT', `/api/calendar/overrides/${holiday}`, {
      kind: 'holiday',
      note: '临时调整',
    })
    expect(put.statusCode, put.body).toBe(200)
    try {
      await act(s.town, item.id, 'assign', { leadUnitId: w.townUnit.id })
      const { due_at } = await t.ctx.db
        .selectFrom('suggestions')
        .select('due_at')
        .where('id', '=', item.id)
        .executeTakeFirstOrThrow()
      const expected = new WorkCalendar({
        overrides: new Map([[holiday, { kind: 'holiday', note: '' }]]),
      }).deadlineAfter(start, 5)
      expect(new Date(due_at!).toISOString()).toBe(expected.toISOString())
      expect(new Date(due_at!).getTime()).toBeGreaterThan(statutoryDue.getTime())
    } finally {
      await s.admin.request('DELETE', `/api/calendar/overrides/${holiday}`)
    }
  })

  it('refuses bad input with a 400 naming the field, and checks who may write', async () => {
    const { s } = await loopWorld(t)
    const field = async (res: Awaited<ReturnType<typeof s.admin.get>>, name: string) => {
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().field).toBe(name)
    }
    await field(await s.admin.get('/api/calendar?from=2026-01-01'), 'query.to')
    await field(await s.admin.get('/api/calendar?from=2026-1-1&to=2026-01-05'), 'query.from')
    await field(await s.admin.get('/api/calendar?from=2026-02-30&to=2026-03-05'), 'query.from')
    await field(await s.admin.get('/api/calendar?from=2026-03-05&to=2026-03-01'), 'query.to')
    await field(await s.admin.get('/api/calendar?from=2026-01-01&to=2027-02-05'), 'query.to')
    expect((await s.admin.get('/api/calendar?from=2026-01-01&to=2027-02-04')).json().total).toBe(400)
    await field(
      await s.admin.request('PUT', '/api/calendar/overrides/2027-02-29', { kind: 'holiday', note: '' }),
      'path.day',
    )
    await field(
      await s.admin.request('PUT', '/api/calendar/overrides/2027-02-08', { kind: 'rest', note: '' }),
      'body.kind',
    )
    await field(
      await s.admin.request('PUT', '/api/calendar/overrides/2027-02-08', { kind: 'holiday' }),
      'body.note',
    )
    await field(
      await s.admin.request('PUT', '/api/calendar/overrides/2027-02-08', {
        kind: 'holiday',
        note: '',
        extra: 1,
      }),
      'body.extra',
    )

    expect(
      (await t.app.inject({ method: 'GET', url: '/api/calendar?from=2026-01-01&to=2026-01-02' })).statusCode,
    ).toBe(401)
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/calendar/overrides/2027-02-08',
          payload: { kind: 'holiday', note: '' },
        })
      ).statusCode,
    ).toBe(401)
    for (const session of [s.town, s.unit, s.station]) {
      expect(
        (await session.request('PUT', '/api/calendar/overrides/2027-02-08', { kind: 'holiday', note: '' }))
          .statusCode,
      ).toBe(403)
      expect((await session.request('DELETE', '/api/calendar/overrides/2027-02-08')).statusCode).toBe(403)
    }
    const overrides = await t.ctx.db.selectFrom('calendar_overrides').select('day').execute()
    expect(overrides).toEqual([])
  })
})

describe('time limits', () => {
  it('lists the limits to staff and lets a county admin set them per tier and category, audited', async () => {
    const { w, s } = await loopWorld(t)
    const list = await s.unit.get('/api/time-limits')
    expect(list.statusCode).toBe(200)
    expect(list.json()).toEqual({
      items: [
        {
          tier: 'default',
          category: null,
          categoryName: null,
          completionWorkingDays: 5,
          maxExtensionWorkingDays: 5,
          escalateAfterWorkingDays: 2,
          ratingWindowDays: 7,
        },
      ],
      total: 1,
    })

    const limits = {
      tier: 'town',
      category: 'traffic',
      completionWorkingDays: 3,
      maxExtensionWorkingDays: 2,
      escalateAfterWorkingDays: 1,
      ratingWindowDays: 5,
    }
    const put = await s.admin.request('PUT', '/api/time-limits', limits)
    expect(put.statusCode, put.body).toBe(200)
    expect(put.json()).toEqual({ ...limits, categoryName: '道路交通' })
    const changed = await s.admin.request('PUT', '/api/time-limits', { ...limits, completionWorkingDays: 10 })
    expect(changed.json().completionWorkingDays).toBe(10)
    const listed = (await s.town.get('/api/time-limits')).json()
    expect(listed.total).toBe(2)
    expect(listed.items[1]).toMatchObject({ tier: 'town', category: 'traffic', completionWorkingDays: 10 })
    const audit = await auditOf('time_limits.set', 'town/traffic')
    expect(audit).toHaveLength(2)
    expect(audit[1]!.detail).toMatchObject({
      before: { completion_working_days: 3 },
      after: { completion_working_days: 10 },
    })

    // The new limit applies to the next assignment of a town traffic item.
    const item = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': `tl-${Date.now()}` },
      payload: {
        consent: true,
        content: '村口道路交通标志缺失，车辆经常逆行。',
        category: 'traffic',
        regionCode: w.villageCode,
        venueId: w.venue.id,
      },
    })
    expect(item.statusCode, item.body).toBe(201)
    const row = await t.ctx.db
      .selectFrom('suggestions')
      .select(['id', 'clock_start_at'])
      .where('tracking_code', '=', item.json().trackingCode)
      .executeTakeFirstOrThrow()
    await act(s.station, row.id, 'accept')
    await act(s.station, row.id, 'route', { tier: 'town' })
    await act(s.town, row.id, 'assign', { leadUnitId: w.townUnit.id })
    const { due_at } = await t.ctx.db
      .selectFrom('suggestions')
      .select('due_at')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow()
    expect(new Date(due_at!).toISOString()).toBe(
      new WorkCalendar().deadlineAfter(new Date(row.clock_start_at), 10).toISOString(),
    )

    // Changing the default row (no category) works the same way.
    const base = await s.admin.request('PUT', '/api/time-limits', {
      tier: 'default',
      completionWorkingDays: 5,
      maxExtensionWorkingDays: 5,
      escalateAfterWorkingDays: 3,
      ratingWindowDays: 7,
    })
    expect(base.json()).toMatchObject({ tier: 'default', category: null, escalateAfterWorkingDays: 3 })
    await t.ctx.db.deleteFrom('time_limits').where('tier', '=', 'town').execute()
    await t.ctx.db.updateTable('time_limits').set({ escalate_after_working_days: 2 }).execute()
    invalidateReferenceCaches()
  })

  it('refuses bad limits with a 400 naming the field, and non-admins with 403', async () => {
    const { s } = await loopWorld(t)
    const good = {
      tier: 'county',
      completionWorkingDays: 5,
      maxExtensionWorkingDays: 5,
      escalateAfterWorkingDays: 2,
      ratingWindowDays: 7,
    }
    const field = async (body: Record<string, unknown>, name: string) => {
      const res = await s.admin.request('PUT', '/api/time-limits', body)
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().field).toBe(name)
    }
    await field({ ...good, completionWorkingDays: 0 }, 'body.completionWorkingDays')
    await field({ ...good, completionWorkingDays: 2.5 }, 'body.completionWorkingDays')
    await field({ ...good, ratingWindowDays: 91 }, 'body.ratingWindowDays')
    await field({ ...good, maxExtensionWorkingDays: -1 }, 'body.maxExtensionWorkingDays')
    await field({ ...good, escalateAfterWorkingDays: '2' }, 'body.escalateAfterWorkingDays')
    await field({ ...good, tier: 'province' }, 'body.tier')
    await field({ ...good, category: 'no_such_category' }, 'body.category')
    const { ratingWindowDays: _omitted, ...missing } = good
    await field(missing, 'body.ratingWindowDays')

    expect((await t.app.inject({ method: 'GET', url: '/api/time-limits' })).statusCode).toBe(401)
    expect((await s.town.request('PUT', '/api/time-limits', good)).statusCode).toBe(403)
    expect((await s.unit.request('PUT', '/api/time-limits', good)).statusCode).toBe(403)
    const rows = await t.ctx.db.selectFrom('time_limits').select('tier').execute()
    expect(rows.map((r) => r.tier)).toEqual(['default'])
  })
})
