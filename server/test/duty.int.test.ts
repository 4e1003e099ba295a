import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dutyModule, nextDutyOf } from '../src/modules/duty/index.ts'
import { cstDay, loadCalendar } from '../src/platform/calendar.ts'
import { addDays } from '../src/platform/holidays.ts'
import { runJob } from '../src/platform/jobs.ts'
import { buildDeputy, buildTown, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'

/** The duty schedule (排班): rules, slots on the working-day calendar, changes by hand, reminders. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

interface Slot {
  id: string
  day: string
  ruleDay: string | null
  startsAt: string
  endsAt: string
  status: string
  changeReason: { zh: string; en: string } | null
  moved: boolean
  version: number
  manual: boolean
  allowedActions: string[]
  deputies: { id: string; name: string; swappedFor: string | null }[]
}

async function world() {
  const { townCode, villageCode } = await buildTown(t.ctx.db)
  const venue = await buildVenue(t.ctx.db, villageCode)
  const otherVenue = await buildVenue(t.ctx.db, villageCode)
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => buildDeputy(t.ctx.db, t.ctx.cipher, townCode)))
  const users = await Promise.all([
    buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode }),
    buildUser(t.ctx.db, { role: 'station_staff', venueId: venue.id }),
    buildUser(t.ctx.db, { role: 'station_staff', venueId: otherVenue.id }),
    buildUser(t.ctx.db, { role: 'deputy', deputyId: a!.id, regionCode: townCode }),
    buildUser(t.ctx.db, { role: 'unit_staff' }),
    buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' }),
  ])
  const [town, station, otherStation, deputy, unit, admin] = (await Promise.all(
    users.map((u) => login(t.app, u.username, TEST_PASSWORD)),
  )) as Session[]
  const other = await buildTown(t.ctx.db)
  const otherTown = await login(
    t.app,
    (await buildUser(t.ctx.db, { role: 'town_staff', regionCode: other.townCode })).username,
    TEST_PASSWORD,
  )
  return {
    townCode,
    venue,
    deputies: [a!, b!, c!],
    s: { town, station, otherStation, deputy, unit, admin, otherTown },
  }
}

const today = () => cstDay(new Date())
const saturdayRule = (venueId: string, deputyIds: string[], onDayOff = 'next_workday') => ({
  venueId,
  kind: 'weekly',
  weekday: 6,
  startsAt: '09:00',
  endsAt: '11:30',
  validFrom: today(),
  onDayOff,
  deputyIds,
})

async function slotsOf(s: Session, venueId: string, from = today(), to = addDays(today(), 60)) {
  const res = await s.get(`/api/duty/slots?from=${from}&to=${to}&venueId=${venueId}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json().slots as Slot[]
}

describe('duty rules place their slots on the working-day calendar', () => {
  it('moves every Saturday slot to a working day, visibly, and lists it publicly with names only', async () => {
    const { venue, deputies, s } = await world()
    const res = await s.town.post(
      '/api/duty/rules',
      saturdayRule(venue.id, [deputies[0]!.id, deputies[1]!.id]),
    )
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'weekly', weekday: 6, startsAt: '09:00', active: true })
    expect(res.json().summary.zh).toContain('每周六')
    const calendar = await loadCalendar(t.ctx.db, t.ctx.config.countyCode)
    const slots = await slotsOf(s.town, venue.id)
    expect(slots.length).toBeGreaterThanOrEqual(7)
    for (const slot of slots) {
      expect(slot.status).toBe('scheduled')
      expect(slot.moved).toBe(true)
      expect(calendar.isWorkday(slot.day)).toBe(true)
      expect(slot.day > slot.ruleDay!).toBe(true)
      expect(slot.changeReason!.zh).toMatch(/周末|节/)
      expect(slot.changeReason!.en).toMatch(/moved from/)
      expect(slot.deputies.map((d) => d.id).sort()).toEqual([deputies[0]!.id, deputies[1]!.id].sort())
      // 09:00 in the county, whatever the process's zone.
      expect(slot.startsAt.slice(11, 16)).toBe('01:00')
    }
    const pub = await t.app.inject({
      method: 'GET',
      url: `/api/public/duty-schedule?from=${today()}&to=${addDays(today(), 60)}&venueId=${venue.id}`,
    })
    expect(pub.statusCode, pub.body).toBe(200)
    expect(pub.json().slots.map((x: Slot) => x.id)).toEqual(slots.map((x) => x.id))
    expect(pub.body).not.toContain(deputies[0]!.phone)
    expect(pub.json().slots[0]).not.toHaveProperty('version')
    // The next duty of the venue and of each deputy (public pages and posters show it).
    const next = await nextDutyOf(t.ctx.db, { venueIds: [venue.id] })
    const upcoming = slots.filter((x) => Date.parse(x.endsAt) > Date.now())
    expect(next.get(venue.id)?.id).toBe(upcoming[0]!.id)
    const byDeputy = await nextDutyOf(t.ctx.db, { deputyIds: [deputies[1]!.id, deputies[2]!.id] })
    expect(byDeputy.get(deputies[1]!.id)?.id).toBe(upcoming[0]!.id)
    expect(byDeputy.has(deputies[2]!.id)).toBe(false)
  })

  it('cancels them instead when the rule says so, with the reason', async () => {
    const { venue, deputies, s } = await world()
    expect(
      (await s.station.post('/api/duty/rules', saturdayRule(venue.id, [deputies[0]!.id], 'cancel')))
        .statusCode,
    ).toBe(201)
    const slots = await slotsOf(s.station, venue.id)
    expect(slots.length).toBeGreaterThanOrEqual(7)
    expect(slots.every((x) => x.status === 'cancelled' && x.changeReason!.zh.includes('取消'))).toBe(true)
  })

  it('refuses bad rules naming the field, and ranges too long or reversed', async () => {
    const { venue, deputies, s } = await world()
    const bad = async (body: Record<string, unknown>, field: string) => {
      const res = await s.town.post('/api/duty/rules', {
        ...saturdayRule(venue.id, [deputies[0]!.id]),
        ...body,
      })
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().field).toBe(field)
      expect(res.json().message.zh).toBeTruthy()
    }
    await bad({ kind: 'monthly', weekday: null }, 'body.dayOfMonth')
    await bad({ endsAt: '08:00' }, 'body.endsAt')
    await bad({ startsAt: '25:00' }, 'body.startsAt')
    await bad({ validUntil: addDays(today(), -1) }, 'body.validUntil')
    await bad({ deputyIds: ['00000000-0000-4000-8000-000000000000'] }, 'body.deputyIds')
    await bad({ deputyIds: [] }, 'body.deputyIds')
    expect(
      (await t.ctx.db.selectFrom('duty_rules').select('id').where('venue_id', '=', venue.id).execute())
        .length,
    ).toBe(0)
    const range = async (q: string) => (await s.town.get(`/api/duty/slots?${q}`)).json().field
    expect(await range(`from=${today()}&to=${addDays(today(), 94)}`)).toBe('query.to')
    expect(await range(`from=${today()}&to=${addDays(today(), -1)}`)).toBe('query.to')
  })

  it('lets staff keep only the venues in their scope', async () => {
    const { venue, deputies, s } = await world()
    const rule = saturdayRule(venue.id, [deputies[0]!.id])
    expect((await s.otherTown.post('/api/duty/rules', rule)).statusCode).toBe(404)
    expect((await s.otherStation.post('/api/duty/rules', rule)).statusCode).toBe(404)
    expect((await s.deputy.post('/api/duty/rules', rule)).statusCode).toBe(403)
    expect((await s.unit.get(`/api/duty/slots?from=${today()}&to=${today()}`)).statusCode).toBe(403)
    expect((await s.admin.post('/api/duty/rules', rule)).statusCode).toBe(201)
    // The other town's staff do not see the venue's slots.
    expect(await slotsOf(s.otherTown, venue.id)).toEqual([])
    // The deputy sees their own duty, and the next sessions on their workspace; so do the station's staff.
    const mine = (
      await s.deputy.get(`/api/duty/slots?from=${today()}&to=${addDays(today(), 60)}&mine=true`)
    ).json()
    expect(mine.slots.length).toBeGreaterThan(0)
    expect(mine.slots.every((x: Slot) => x.allowedActions.length === 0)).toBe(true)
    const soon = mine.slots
      .filter((x: Slot) => x.day <= addDays(today(), 14) && Date.parse(x.endsAt) > Date.now())
      .map((x: Slot) => x.id)
    const workspace = (await s.deputy.get('/api/workspace')).json()
    expect(workspace.duty.map((x: Slot) => x.id)).toEqual(soon.slice(0, 5))
    expect((await s.station.get('/api/workspace')).json().duty.map((x: Slot) => x.id)).toEqual(
      soon.slice(0, 5),
    )
    expect((await s.unit.get('/api/workspace')).json().duty).toEqual([])
  })
})

describe('a duty slot changed by hand', () => {
  it('swaps a deputy, cancels with a reason, restores, and survives the rule being placed again', async () => {
    const { venue, deputies, s } = await world()
    const [a, b, c] = deputies
    const created = (await s.town.post('/api/duty/rules', saturdayRule(venue.id, [a!.id, b!.id]))).json()
    const [first, second] = await slotsOf(s.town, venue.id)
    expect(first!.allowedActions.sort()).toEqual(['cancel', 'swap'])

    const bad = await s.station.post(`/api/duty/slots/${first!.id}/swap`, {
      outDeputyId: c!.id,
      inDeputyId: a!.id,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().field).toBe('body.outDeputyId')
    const swapped = await s.station.post(`/api/duty/slots/${first!.id}/swap`, {
      outDeputyId: a!.id,
      inDeputyId: c!.id,
      version: first!.version,
    })
    expect(swapped.statusCode, swapped.body).toBe(200)
    expect(swapped.json()).toMatchObject({ status: 'scheduled', manual: true })
    expect(swapped.json().deputies.find((d: { id: string }) => d.id === c!.id).swappedFor).toBe(a!.name)
    // A stale version is refused.
    expect(
      (
        await s.station.post(`/api/duty/slots/${first!.id}/swap`, {
          outDeputyId: b!.id,
          inDeputyId: a!.id,
          version: first!.version,
        })
      ).statusCode,
    ).toBe(409)

    const noReason = await s.town.post(`/api/duty/slots/${second!.id}/cancel`, {})
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().field).toBe('body.note')
    const cancelled = await s.town.post(`/api/duty/slots/${second!.id}/cancel`, { note: '村里开大会，改期' })
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      changeReason: { zh: '村里开大会，改期', en: '村里开大会，改期' },
      allowedActions: ['restore'],
    })
    expect((await s.town.post(`/api/duty/slots/${second!.id}/restore`, {})).json().status).toBe('scheduled')
    expect((await s.otherTown.post(`/api/duty/slots/${second!.id}/cancel`, { note: 'x' })).statusCode).toBe(
      404,
    )

    const events = await t.ctx.db
      .selectFrom('duty_slot_events')
      .select(['action', 'to_status'])
      .where('slot_id', '=', second!.id)
      .orderBy('created_at')
      .execute()
    expect(events).toEqual([
      { action: 'cancel', to_status: 'cancelled' },
      { action: 'restore', to_status: 'scheduled' },
    ])
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', 'in', [first!.id, second!.id])
      .execute()
    expect(audit.map((x) => x.action).sort()).toEqual([
      'duty_slot.cancel',
      'duty_slot.restore',
      'duty_slot.swap',
    ])

    // Changing the rule's time places the untouched slots again; the hand-changed ones stay as staff left them.
    const edited = await s.town.request('PUT', `/api/duty/rules/${created.id}`, {
      ...saturdayRule(venue.id, [a!.id, b!.id]),
      venueId: undefined,
      startsAt: '14:00',
      endsAt: '16:00',
      version: created.version,
    })
    expect(edited.statusCode, edited.body).toBe(200)
    const after = await slotsOf(s.town, venue.id)
    expect(after.find((x) => x.id === first!.id)!.startsAt.slice(11, 16)).toBe('01:00')
    expect(after.filter((x) => !x.manual).every((x) => x.startsAt.slice(11, 16) === '06:00')).toBe(true)

    // Retiring the rule removes the untouched slots ahead and keeps the changed ones.
    const retired = await s.town.post(`/api/duty/rules/${created.id}/retire`, {
      version: edited.json().version,
    })
    expect(retired.json().active).toBe(false)
    expect((await slotsOf(s.town, venue.id)).map((x) => x.id).sort()).toEqual([first!.id, second!.id].sort())
  })
})

describe('duty reminders and the calendar', () => {
  it('reminds each deputy once, the working day before, in the console and by webhook', async () => {
    const { venue, deputies, s } = await world()
    await s.town.post('/api/duty/rules', saturdayRule(venue.id, [deputies[0]!.id]))
    const [slot] = await slotsOf(s.town, venue.id)
    const calendar = await loadCalendar(t.ctx.db, t.ctx.config.countyCode)
    let before = addDays(slot!.day, -1)
    while (!calendar.isWorkday(before)) before = addDays(before, -1)
    const reminder = dutyModule.jobs!.find((j) => j.name === 'duty_reminder')!
    // Two working days ahead: nothing yet.
    const early = new Date(`${addDays(before, -3)}T02:00:00Z`)
    await runJob(t.ctx, reminder, early)
    const sent = () =>
      t.ctx.db
        .selectFrom('notifications')
        .select(['channel', 'recipient_type', 'recipient_id', 'kind'])
        .where('kind', '=', 'duty.reminder')
        .where('recipient_id', '=', deputies[0]!.id)
        .execute()
    expect(await sent()).toEqual([])
    const dayBefore = new Date(`${before}T02:00:00Z`)
    await runJob(t.ctx, reminder, dayBefore)
    await runJob(t.ctx, reminder, dayBefore)
    expect((await sent()).map((n) => [n.channel, n.recipient_type]).sort()).toEqual([
      ['in_app', 'deputy'],
      ['webhook', 'deputy'],
    ])
    // The deputy's inbox shows it.
    const inbox = (await s.deputy.get('/api/notifications')).json().items as { kind: string }[]
    expect(inbox.some((n) => n.kind === 'duty.reminder')).toBe(true)
  })

  it('places the untouched slots again when the county marks a day off, and the horizon job adds only what is missing', async () => {
    const { venue, deputies, s } = await world()
    await s.town.post('/api/duty/rules', {
      ...saturdayRule(venue.id, [deputies[0]!.id]),
      weekday: 3,
      onDayOff: 'next_workday',
    })
    const calendar = await loadCalendar(t.ctx.db, t.ctx.config.countyCode)
    const slots = await slotsOf(s.town, venue.id, addDays(today(), 20), addDays(today(), 60))
    const target = slots.find((x) => !x.moved && calendar.isWorkday(addDays(x.day, 1)))!
    const res = await s.admin.request('PUT', `/api/calendar/overrides/${target.day}`, {
      kind: 'holiday',
      note: '台风停工',
    })
    expect(res.statusCode, res.body).toBe(200)
    const after = await slotsOf(s.town, venue.id, addDays(today(), 20), addDays(today(), 60))
    const moved = after.find((x) => x.ruleDay === target.day)!
    expect(moved.day).toBe(addDays(target.day, 1))
    expect(moved.changeReason!.zh).toContain('台风停工')
    await s.admin.request('DELETE', `/api/calendar/overrides/${target.day}`)

    const horizon = dutyModule.jobs!.find((j) => j.name === 'duty_horizon')!
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('duty_slots')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const n = await count()
    const ids = (await slotsOf(s.town, venue.id)).map((x) => x.id)
    await runJob(t.ctx, horizon)
    expect(await count()).toBe(n)
    expect((await slotsOf(s.town, venue.id)).map((x) => x.id)).toEqual(ids)
  })
})
