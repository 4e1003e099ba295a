import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeputy, buildTown, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, TEST_COUNTY, type TestApp } from './harness.ts'
import { recordRows } from './record-factories.ts'

/**
 * Deputies' records (履职档案, docs/domain.md "Deputies' records"): each indicator computed on rows written here
 * (the reception and round tables are another module's: the rows are inserted directly), the county's year
 * boundaries whatever the process's time zone, who may read and keep which record, the entries made by hand and
 * their audit rows, and the export read back.
 */

let t: TestApp
let w: Awaited<ReturnType<typeof world>>

beforeAll(async () => {
  t = await createTestApp()
  w = await world()
})
afterAll(async () => t.close())

async function world() {
  const { db, cipher } = t.ctx
  const { townCode, villageCode } = await buildTown(db)
  const other = await buildTown(db)
  const venue = await buildVenue(db, villageCode)
  const a = await buildDeputy(db, cipher, villageCode)
  const b = await buildDeputy(db, cipher, townCode)
  const c = await buildDeputy(db, cipher, other.villageCode)
  const users = {
    admin: await buildUser(db, { role: 'county_admin', regionCode: TEST_COUNTY }),
    town: await buildUser(db, { role: 'town_staff', regionCode: townCode }),
    otherTown: await buildUser(db, { role: 'town_staff', regionCode: other.townCode }),
    deputyA: await buildUser(db, { role: 'deputy', deputyId: a.id, regionCode: townCode }),
    deputyB: await buildUser(db, { role: 'deputy', deputyId: b.id, regionCode: townCode }),
    station: await buildUser(db, { role: 'station_staff', venueId: venue.id }),
    unit: await buildUser(db, { role: 'unit_staff' }),
  }
  const s = {} as Record<keyof typeof users, Session>
  for (const [k, u] of Object.entries(users))
    s[k as keyof typeof users] = await login(t.app, u.username, TEST_PASSWORD)
  return { townCode, villageCode, other, venue, a, b, c, users, s }
}

interface DeputyRecord {
  deputy: { id: string; name: string; townCode: string | null }
  year: number
  indicators: { [k: string]: number | null }
  entries: { id: string; kind: string; title: string; version: number; allowedActions: string[] }[]
  entryKinds: string[]
}

async function recordOf(s: Session, deputyId: string, year = 2022): Promise<DeputyRecord> {
  const res = await s.get(`/api/deputies/${deputyId}/record?year=${year}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}

const put = (s: Session, url: string, body: unknown) => s.request('PUT', url, body)

describe('the indicators are computed from what the platform holds', () => {
  beforeAll(async () => {
    const { a, b } = w
    const { slot, round, reception, suggestion } = recordRows(t.ctx.db, {
      venueId: w.venue.id,
      townCode: w.townCode,
      villageCode: w.villageCode,
    })
    // Duty: held slots count by their day in the year; cancelled and scheduled ones do not.
    await slot('2022-03-15', 'held', [a.id, b.id])
    await slot('2022-12-31', 'held', [a.id])
    await slot('2022-05-16', 'cancelled', [a.id])
    await slot('2022-06-15', 'scheduled', [a.id])
    await slot('2023-01-01', 'held', [a.id])
    await slot('2021-12-31', 'held', [b.id])
    // Rounds: completed ones by their day; a cancelled one does not count.
    const stop = await round('2022-07-01', 'completed', [a.id, b.id])
    await round('2022-08-01', 'cancelled', [a.id])
    await round('2021-12-31', 'completed', [a.id])
    await round('2022-09-01', 'planned', [b.id])
    // Receptions: closed ones by their start in county time; an open one does not count.
    await reception('2022-12-31T23:30:00+08:00', 'closed', 12, [a.id]) // 15:30 UTC: still 2022 in the county
    await reception('2023-01-01T00:10:00+08:00', 'closed', 5, [a.id]) // 2022-12-31 16:10 UTC: 2023 in the county
    await reception('2022-01-01T00:05:00+08:00', 'closed', 4, [b.id]) // 2021-12-31 16:05 UTC: 2022 in the county
    await reception('2022-06-01T09:00:00+08:00', 'open', 7, [a.id])
    await reception('2022-07-01T09:10:00+08:00', 'closed', 3, [a.id, b.id], stop)
    // Suggestions addressed to the deputy, by the day they were received in county time.
    await suggestion(a.id, '2022-03-01T10:00:00+08:00', 'closed', 'A', 'satisfied')
    await suggestion(a.id, '2022-04-01T10:00:00+08:00', 'closed', 'A', 'dissatisfied')
    await suggestion(a.id, '2022-05-01T10:00:00+08:00', 'closed', 'B', 'basically_satisfied')
    await suggestion(a.id, '2022-06-01T10:00:00+08:00', 'in_progress')
    await suggestion(a.id, '2022-07-01T10:00:00+08:00', 'rejected')
    await suggestion(a.id, '2022-12-31T23:30:00+08:00', 'submitted')
    await suggestion(a.id, '2021-12-31T23:59:00+08:00', 'closed', 'A', 'satisfied')
    await suggestion(a.id, '2023-01-01T00:01:00+08:00', 'closed', 'A', 'satisfied')
    await suggestion(b.id, '2022-08-01T10:00:00+08:00', 'closed', 'C')
  })

  it("gives each indicator of the deputy's year exactly", async () => {
    const r = await recordOf(w.s.town, w.a.id)
    expect(r.year).toBe(2022)
    expect(r.indicators).toEqual({
      dutySlotsHeld: 2,
      receptionsAttended: 2,
      peopleReceived: 15,
      roundsCompleted: 1,
      suggestionsReceived: 6,
      suggestionsClosed: 3,
      suggestionsResolved: 2,
      suggestionsRated: 3,
      suggestionsSatisfied: 2,
      groupActivities: null,
      siteReports: 0,
      trainings: 0,
      trainingHours: 0,
      proposals: 0,
      proposalsLed: 0,
      proposalsCosigned: 0,
      proposalsRated: 0,
      proposalsSatisfied: 0,
      activities: 0,
    })
    const b = await recordOf(w.s.town, w.b.id)
    expect(b.indicators).toMatchObject({
      dutySlotsHeld: 1,
      receptionsAttended: 2,
      peopleReceived: 7,
      roundsCompleted: 1,
      suggestionsReceived: 1,
      suggestionsClosed: 1,
      suggestionsResolved: 0,
      suggestionsRated: 0,
    })
  })

  it("counts the year's edges in county time, whatever the process's zone", async () => {
    const a2023 = await recordOf(w.s.town, w.a.id, 2023)
    expect(a2023.indicators).toMatchObject({
      dutySlotsHeld: 1,
      receptionsAttended: 1,
      peopleReceived: 5,
      suggestionsReceived: 1,
    })
    const a2021 = await recordOf(w.s.town, w.a.id, 2021)
    expect(a2021.indicators).toMatchObject({
      dutySlotsHeld: 0,
      receptionsAttended: 0,
      roundsCompleted: 1,
      suggestionsReceived: 1,
      suggestionsResolved: 1,
    })
    const b2021 = await recordOf(w.s.town, w.b.id, 2021)
    expect(b2021.indicators).toMatchObject({ dutySlotsHeld: 1, receptionsAttended: 0, peopleReceived: 0 })
  })

  it('lists the records of the deputies in scope, a page at a time, with the town filter', async () => {
    const res = await w.s.town.get('/api/deputy-records?year=2022')
    expect(res.statusCode, res.body).toBe(200)
    const page = res.json()
    const ids = page.items.map((x: { deputy: { id: string } }) => x.deputy.id)
    expect(ids).toContain(w.a.id)
    expect(ids).toContain(w.b.id)
    expect(ids).not.toContain(w.c.id)
    const rowA = page.items.find((x: { deputy: { id: string } }) => x.deputy.id === w.a.id)
    expect(rowA.indicators.peopleReceived).toBe(15)
    const county = (await w.s.admin.get(`/api/deputy-records?year=2022&townCode=${w.other.townCode}`)).json()
    expect(county.total).toBe(1)
    expect(county.items[0].deputy.id).toBe(w.c.id)
    const searched = (
      await w.s.admin.get(`/api/deputy-records?year=2022&q=${encodeURIComponent(w.b.name)}`)
    ).json()
    expect(searched.items.map((x: { deputy: { id: string } }) => x.deputy.id)).toEqual([w.b.id])
  })
})

describe('who reads which record', () => {
  it('shows deputies their own record and nobody else’s', async () => {
    const own = await recordOf(w.s.deputyA, w.a.id)
    expect(own.deputy.id).toBe(w.a.id)
    expect(own.entryKinds).toEqual(['training', 'activity'])
    const other = await w.s.deputyA.get(`/api/deputies/${w.b.id}/record?year=2022`)
    expect(other.statusCode).toBe(404)
    expect(other.json().code).toBe('not_found')
    expect((await w.s.deputyA.get('/api/deputy-records?year=2022')).statusCode).toBe(403)
    expect((await w.s.deputyA.get('/api/export/deputy-records?year=2022')).statusCode).toBe(403)
  })

  it('shows town staff their own town’s deputies and county staff all', async () => {
    expect((await w.s.otherTown.get(`/api/deputies/${w.a.id}/record?year=2022`)).statusCode).toBe(404)
    expect((await w.s.otherTown.get(`/api/deputies/${w.c.id}/record?year=2022`)).statusCode).toBe(200)
    expect((await recordOf(w.s.admin, w.c.id)).entryKinds).toEqual(['training', 'proposal', 'activity'])
    expect((await w.s.station.get(`/api/deputies/${w.a.id}/record?year=2022`)).statusCode).toBe(403)
    expect((await w.s.unit.get(`/api/deputies/${w.a.id}/record?year=2022`)).statusCode).toBe(403)
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/deputies/${w.a.id}/record?year=2022` })).statusCode,
    ).toBe(401)
    expect((await w.s.admin.get(`/api/deputies/${randomUUID()}/record?year=2022`)).statusCode).toBe(404)
  })
})

describe('entries made by hand', () => {
  const training = { kind: 'training', day: '2022-04-21', title: '县人大代表履职培训班', hours: 12 }

  it('are counted in the year of their day, audited, changed at their version and retired', async () => {
    const base = (await recordOf(w.s.town, w.b.id)).indicators
    const created = await w.s.admin.post(`/api/deputies/${w.b.id}/record/entries`, training)
    expect(created.statusCode, created.body).toBe(201)
    const entry = created.json()
    expect(entry).toMatchObject({ kind: 'training', quantity: 1, hours: 12, version: 1 })
    expect(entry.allowedActions).toEqual(['edit', 'retire'])
    const proposal = await w.s.town.post(`/api/deputies/${w.b.id}/record/entries`, {
      kind: 'proposal',
      day: '2022-02-23',
      title: '县第十七届人民代表大会第二次会议',
      quantity: 3,
    })
    expect(proposal.statusCode, proposal.body).toBe(201)
    await w.s.town.post(`/api/deputies/${w.b.id}/record/entries`, {
      kind: 'activity',
      day: '2021-11-02',
      title: '上一年的调研',
    })
    let r = await recordOf(w.s.town, w.b.id)
    expect(r.indicators).toMatchObject({ trainings: 1, trainingHours: 12, proposals: 3, activities: 0 })
    expect(r.indicators.dutySlotsHeld).toBe(base.dutySlotsHeld)
    expect(r.entries.map((e) => e.kind)).toEqual(['proposal', 'training'])

    const changed = await put(w.s.town, `/api/deputy-record-entries/${entry.id}`, {
      ...training,
      hours: 7.5,
      version: 1,
    })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({ hours: 7.5, version: 2 })
    const stale = await put(w.s.town, `/api/deputy-record-entries/${entry.id}`, { ...training, version: 1 })
    expect(stale.statusCode).toBe(409)
    r = await recordOf(w.s.town, w.b.id)
    expect(r.indicators.trainingHours).toBe(7.5)

    const retired = await w.s.admin.post(`/api/deputy-record-entries/${entry.id}/retire`, { version: 2 })
    expect(retired.statusCode, retired.body).toBe(200)
    r = await recordOf(w.s.town, w.b.id)
    expect(r.indicators).toMatchObject({ trainings: 0, trainingHours: 0, proposals: 3 })
    expect(r.entries.map((e) => e.kind)).toEqual(['proposal'])
    expect(
      (await w.s.admin.post(`/api/deputy-record-entries/${entry.id}/retire`, { version: 3 })).statusCode,
    ).toBe(404)

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'detail'])
      .where('target_type', '=', 'deputy_record_entry')
      .where('target_id', '=', entry.id)
      .orderBy('seq')
      .execute()
    expect(audit.map((x) => x.action)).toEqual([
      'deputy_record_entry.create',
      'deputy_record_entry.update',
      'deputy_record_entry.retire',
    ])
    expect(audit.map((x) => x.actor_id)).toEqual([w.users.admin.id, w.users.town.id, w.users.admin.id])
    expect(audit[1]!.detail).toMatchObject({ before: { hours: 12 }, after: { hours: 7.5 } })
  })

  it('let a deputy enter their own trainings and activities, and change only those', async () => {
    const own = await w.s.deputyA.post(`/api/deputies/${w.a.id}/record/entries`, { ...training, hours: 2.5 })
    expect(own.statusCode, own.body).toBe(201)
    const proposal = await w.s.deputyA.post(`/api/deputies/${w.a.id}/record/entries`, {
      kind: 'proposal',
      day: '2022-02-23',
      title: '会议建议',
    })
    expect(proposal.statusCode).toBe(403)
    expect(proposal.json().field).toBe('body.kind')
    expect((await w.s.deputyA.post(`/api/deputies/${w.b.id}/record/entries`, training)).statusCode).toBe(404)

    const byStaff = (await w.s.town.post(`/api/deputies/${w.a.id}/record/entries`, training)).json()
    const r = await recordOf(w.s.deputyA, w.a.id)
    expect(r.indicators).toMatchObject({ trainings: 2, trainingHours: 14.5 })
    const mine = r.entries.find((e) => e.id === own.json().id)!
    expect(mine.allowedActions).toEqual(['edit', 'retire'])
    expect(r.entries.find((e) => e.id === byStaff.id)!.allowedActions).toEqual([])
    expect(
      (await put(w.s.deputyA, `/api/deputy-record-entries/${byStaff.id}`, { ...training, version: 1 }))
        .statusCode,
    ).toBe(403)
    expect(
      (await w.s.deputyA.post(`/api/deputy-record-entries/${byStaff.id}/retire`, { version: 1 })).statusCode,
    ).toBe(403)
    // Another deputy does not see the entry at all.
    expect(
      (await w.s.deputyB.post(`/api/deputy-record-entries/${mine.id}/retire`, { version: 1 })).statusCode,
    ).toBe(404)
    const turned = await put(w.s.deputyA, `/api/deputy-record-entries/${mine.id}`, {
      kind: 'proposal',
      day: '2022-02-23',
      title: '改成议案',
      version: 1,
    })
    expect(turned.statusCode).toBe(403)
    expect(
      (await w.s.deputyA.post(`/api/deputy-record-entries/${mine.id}/retire`, { version: 1 })).statusCode,
    ).toBe(200)
  })

  it('refuse a day after today, a day that does not exist and hours outside trainings, naming the field', async () => {
    const url = `/api/deputies/${w.c.id}/record/entries`
    const future = await w.s.admin.post(url, { ...training, day: '2199-01-01' })
    expect(future.statusCode).toBe(400)
    expect(future.json().field).toBe('body.day')
    expect(future.json().message.zh).toBeTruthy()
    const invalid = await w.s.admin.post(url, { ...training, day: '2022-02-30' })
    expect(invalid.statusCode).toBe(400)
    expect(invalid.json().field).toBe('body.day')
    const hours = await w.s.admin.post(url, { kind: 'activity', day: '2022-02-01', title: '调研', hours: 3 })
    expect(hours.statusCode).toBe(400)
    expect(hours.json().field).toBe('body.hours')
    const blank = await w.s.admin.post(url, { kind: 'activity', day: '2022-02-01', title: '   ' })
    expect(blank.statusCode).toBe(400)
    expect(blank.json().field).toBe('body.title')
  })
})

describe('the export', () => {
  it('gives one row per deputy in scope with bilingual headers, read back', async () => {
    const res = await w.s.town.get(`/api/export/deputy-records?year=2022&townCode=${w.townCode}`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
    expect(headers).toContain('排班接待 Duty slots held')
    expect(headers).toContain('接待群众(人次) People received')
    expect(sheet.rowCount).toBe(3)
    const rows = new Map<string, Record<string, unknown>>()
    sheet.eachRow((row, n) => {
      if (n === 1) return
      const values = (row.values as unknown[]).slice(1)
      rows.set(
        String(values[headers.indexOf('编码 Code')]),
        Object.fromEntries(headers.map((h, i) => [h, values[i]])),
      )
    })
    const a = rows.get(w.a.code)!
    expect(a['年度 Year']).toBe(2022)
    expect(a['姓名 Name']).toBe(w.a.name)
    expect(a['排班接待 Duty slots held']).toBe(2)
    expect(a['参加接待 Receptions']).toBe(2)
    expect(a['接待群众(人次) People received']).toBe(15)
    expect(a['流动巡诊 Rounds']).toBe(1)
    expect(a['领办意见建议 Suggestions']).toBe(6)
    expect(a['已解决 Resolved (A)']).toBe(2)
    expect(a['小组活动 Group activities']).toBe('尚未启用 Not enabled')
    expect(a['点位督查报告 Site reports']).toBe(0)
    expect(rows.has(w.c.code)).toBe(false)
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'export.deputy-records')
      .where('actor_id', '=', w.users.town.id)
      .execute()
    expect(audit).toHaveLength(1)
  })
})
