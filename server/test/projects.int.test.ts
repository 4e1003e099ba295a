import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RECIPIENTS } from '../src/modules/index.ts'
import { monthEndJob, resetMonthEndCatchUp } from '../src/modules/projects/jobs.ts'
import { monthOf, previousMonth } from '../src/modules/projects/workflow.ts'
import { cstInstant, loadCalendar } from '../src/platform/calendar.ts'
import { addDays } from '../src/platform/holidays.ts'
import { buildDeputy, buildTown, buildUnit, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, TEST_COUNTY, type TestApp } from './harness.ts'

/**
 * Livelihood-project supervision: a site on the kernel (reports choose its colour, staff cross it off), photos,
 * problems into the loop assigned to the site's unit, month ends kept as they were, reminders, the public layer.
 */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const year = Number(monthOf(new Date()).slice(0, 4))
const nextMonthOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

async function world() {
  const db = t.ctx.db
  const { townCode, villageCode } = await buildTown(db)
  const other = await buildTown(db)
  const [lead, second] = await Promise.all([1, 2].map(() => buildDeputy(db, t.ctx.cipher, townCode)))
  const unit = await buildUnit(db, TEST_COUNTY)
  const users = await Promise.all([
    buildUser(db, { role: 'county_admin', regionCode: TEST_COUNTY }),
    buildUser(db, { role: 'town_staff', regionCode: townCode }),
    buildUser(db, { role: 'deputy', deputyId: lead!.id, regionCode: townCode }),
    buildUser(db, { role: 'deputy', deputyId: second!.id, regionCode: townCode }),
    buildUser(db, { role: 'unit_staff', unitId: unit.id }),
    buildUser(db, { role: 'town_staff', regionCode: other.townCode }),
  ])
  const [admin, town, deputy, otherDeputy, unitStaff, otherTown] = (await Promise.all(
    users.map((u) => login(t.app, u.username, TEST_PASSWORD)),
  )) as Session[]
  const project = await admin!.post('/api/projects', { year, name: `测试项目${Math.random()}` })
  expect(project.statusCode, project.body).toBe(201)
  const site = await town!.post('/api/projects/sites', {
    projectId: project.json().id,
    name: '一村文化礼堂提升',
    regionCode: villageCode,
    location: { lat: 30.55, lng: 119.96 },
    unitId: unit.id,
    deputyIds: [lead!.id],
    planStart: `${year}-03-01`,
    planEnd: `${year}-11-30`,
    investment: 120,
    milestones: [{ name: '开工', due: `${year}-03-01`, done: false }],
  })
  expect(site.statusCode, site.body).toBe(201)
  return {
    townCode,
    villageCode,
    unit,
    lead: lead!,
    project: project.json(),
    site: site.json(),
    s: {
      admin: admin!,
      town: town!,
      deputy: deputy!,
      otherDeputy: otherDeputy!,
      unitStaff: unitStaff!,
      otherTown: otherTown!,
    },
  }
}

const report = (over: Record<string, unknown> = {}) => ({
  progress: 40,
  status: 'in_progress',
  onTime: { finding: 'good' },
  quality: { finding: 'good' },
  quantity: { finding: 'good' },
  opinion: '进展正常',
  ...over,
})

async function upload(session: Session, siteId: string) {
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a6' } })
    .jpeg()
    .toBuffer()
  const boundary = '----lianxin'
  return session.request(
    'POST',
    `/api/projects/sites/${siteId}/photos`,
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      photo,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    { 'content-type': `multipart/form-data; boundary=${boundary}` },
  )
}

async function publicSite(id: string, month?: string) {
  const res = await t.app.inject({
    url: `/api/public/projects/sites.geojson?year=${year}${month ? `&month=${month}` : ''}`,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json().features.find((f: { id: string }) => f.id === id)
}

describe('a project site', () => {
  it('turns yellow, then blue on its lead deputy’s reports, and is crossed off by the town’s staff', async () => {
    const w = await world()
    expect(w.site.status).toBe('not_started')
    expect((await publicSite(w.site.id)).properties.colour).toBe('red')

    const first = await w.s.deputy.post(`/api/projects/sites/${w.site.id}/report`, report())
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({
      status: 'in_progress',
      colour: 'yellow',
      progress: 40,
      reportedThisMonth: true,
    })
    expect((await publicSite(w.site.id)).properties).toMatchObject({ colour: 'yellow', progress: 40 })

    // Filing again the same month amends the month's report (still one report).
    const done = await w.s.deputy.post(
      `/api/projects/sites/${w.site.id}/report`,
      report({ progress: 100, status: 'completed' }),
    )
    expect(done.statusCode, done.body).toBe(200)
    expect(done.json()).toMatchObject({ status: 'completed', colour: 'blue', allowedActions: ['report'] })
    expect(done.json().reports).toHaveLength(1)
    const feature = await publicSite(w.site.id)
    expect(feature.properties).toMatchObject({
      status: 'completed',
      colour: 'blue',
      crossedOff: false,
      leadDeputies: [expect.any(String)],
    })
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [119.96, 30.55] })

    // The town's staff see the completion to verify; crossing off needs the verification written down.
    const detail = await w.s.town.get(`/api/projects/sites/${w.site.id}`)
    expect(detail.json().allowedActions).toEqual(expect.arrayContaining(['cross_off', 'reopen']))
    const bare = await w.s.town.post(`/api/projects/sites/${w.site.id}/cross_off`, {})
    expect(bare.statusCode).toBe(400)
    expect(bare.json().field).toBe('body.note')
    // Only lead deputies and verifying staff upload photos.
    expect((await upload(w.s.unitStaff, w.site.id)).statusCode).toBe(403)
    const evidence = await upload(w.s.town, w.site.id)
    expect(evidence.statusCode, evidence.body).toBe(201)
    const off = await w.s.town.post(`/api/projects/sites/${w.site.id}/cross_off`, {
      note: '现场核验，资料齐全',
      photoIds: [evidence.json().id],
    })
    expect(off.statusCode, off.body).toBe(200)
    expect(off.json()).toMatchObject({ status: 'crossed_off', colour: 'blue' })
    expect(off.json().evidence).toHaveLength(1)
    expect((await t.app.inject({ url: off.json().evidence[0].url })).statusCode).toBe(200)
    // A photo is served under its own site only.
    const elsewhere = off.json().evidence[0].url.replace(w.site.id, w.project.id)
    expect((await t.app.inject({ url: elsewhere })).statusCode).toBe(404)
    expect((await publicSite(w.site.id)).properties).toMatchObject({ status: 'completed', crossedOff: true })
    expect(off.json().events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'report',
      'report',
      'cross_off',
    ])

    // A lead deputy cannot cross off; a crossed-off site takes no more reports.
    const again = await w.s.deputy.post(`/api/projects/sites/${w.site.id}/report`, report())
    expect(again.statusCode).toBe(409)
    // The lead deputy's record counts the month's report (amended, still one).
    const record = await w.s.deputy.get(
      `/api/deputies/${w.site.leadDeputies[0].id}/record?year=${monthOf(new Date()).slice(0, 4)}`,
    )
    expect(record.statusCode, record.body).toBe(200)
    expect(record.json().indicators.siteReports).toBe(1)
    const public1 = await t.app.inject({ url: `/api/public/projects/sites/${w.site.id}` })
    expect(public1.json()).toMatchObject({
      crossedOff: true,
      latestReport: { status: 'completed', progress: 100 },
    })
  })

  it('checks the report: progress agrees with the state, the three checks, the problems when one is found', async () => {
    const w = await world()
    const url = `/api/projects/sites/${w.site.id}/report`
    for (const [body, field] of [
      [report({ progress: 100 }), 'body.progress'],
      [report({ status: 'completed', progress: 90 }), 'body.progress'],
      [report({ status: 'not_started', progress: 10 }), 'body.progress'],
      [report({ quality: undefined }), 'body.quality'],
      [report({ onTime: { finding: 'problem' } }), 'body.problems'],
      [report({ month: '2001-01' }), 'body.month'],
    ] as const) {
      const res = await w.s.deputy.post(url, body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json().field).toBe(field)
      expect(res.json().message.zh).toBeTruthy()
    }
    // Only the site's lead deputies report; the other deputy of the town reads it but may not.
    expect((await w.s.otherDeputy.get(`/api/projects/sites/${w.site.id}`)).statusCode).toBe(200)
    expect((await w.s.otherDeputy.post(url, report())).statusCode).toBe(403)
    expect((await w.s.town.post(url, report())).statusCode).toBe(403)
    expect((await w.s.otherTown.get(`/api/projects/sites/${w.site.id}`)).statusCode).toBe(404)
    expect((await w.s.unitStaff.get(`/api/projects/sites/${w.site.id}`)).statusCode).toBe(200)
    // Nothing was saved by the refused reports.
    expect((await w.s.town.get(`/api/projects/sites/${w.site.id}`)).json()).toMatchObject({
      status: 'not_started',
      reports: [],
    })
  })

  it('sends a problem found into the loop, assigned to the site’s responsible unit, with the report’s photos', async () => {
    const w = await world()
    const photo = await upload(w.s.deputy, w.site.id)
    expect(photo.statusCode, photo.body).toBe(201)
    const res = await w.s.deputy.post(
      `/api/projects/sites/${w.site.id}/report`,
      report({
        quality: { finding: 'problem', note: '墙面开裂' },
        problems: '礼堂东侧墙面出现裂缝，需返工',
        raiseProblems: true,
        photoIds: [photo.json().id],
        checkIn: { lat: 30.5501, lng: 119.9601 },
      }),
    )
    expect(res.statusCode, res.body).toBe(200)
    const [filed] = res.json().reports
    expect(filed).toMatchObject({
      checkIn: { lat: 30.5501, lng: 119.9601 },
      quality: { finding: 'problem', note: '墙面开裂' },
    })
    expect(filed.photos).toHaveLength(1)
    const image = await t.app.inject({ url: filed.photos[0].url })
    expect(image.statusCode).toBe(200)
    expect(image.headers['content-type']).toMatch(/^image\//)
    // The item is in the loop, assigned to the unit, on the supervision channel.
    const item = await t.ctx.db
      .selectFrom('suggestions')
      .select(['channel', 'status', 'lead_unit_id', 'deputy_id', 'content'])
      .where('id', '=', filed.suggestion.id)
      .executeTakeFirstOrThrow()
    expect(item).toMatchObject({ channel: 'supervision', status: 'assigned', lead_unit_id: w.unit.id })
    expect(item.content).toContain('礼堂东侧墙面出现裂缝')
    // The town's office hears of the problem.
    const inbox = await w.s.town.get('/api/notifications?limit=50')
    expect(inbox.body).toContain('点位督查发现问题')
  })

  it('keeps the photos filed before when a month is amended, nine in all', async () => {
    const w = await world()
    const url = `/api/projects/sites/${w.site.id}/report`
    const photos = async (n: number) => {
      const ids: string[] = []
      for (let i = 0; i < n; i++) {
        const res = await upload(w.s.deputy, w.site.id)
        expect(res.statusCode, res.body).toBe(201)
        ids.push(res.json().id)
      }
      return ids
    }
    const first = await w.s.deputy.post(url, report({ photoIds: await photos(6) }))
    expect(first.statusCode, first.body).toBe(200)
    // Four more would make ten: refused, naming the field, and the month's report is as it was.
    const tooMany = await w.s.deputy.post(url, report({ progress: 50, photoIds: await photos(4) }))
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json()).toMatchObject({ field: 'body.photoIds' })
    expect(tooMany.json().message.zh).toContain('最多还能添加 3 张')
    const kept = (await w.s.deputy.get(`/api/projects/sites/${w.site.id}`)).json().reports[0]
    expect(kept).toMatchObject({ progress: 40 })
    expect(kept.photos).toHaveLength(6)
    // Three more fit: the amended report has the six it had and the three new ones.
    const amended = await w.s.deputy.post(url, report({ progress: 50, photoIds: await photos(3) }))
    expect(amended.statusCode, amended.body).toBe(200)
    const [filed] = amended.json().reports
    expect(filed).toMatchObject({ progress: 50 })
    expect(filed.photos).toHaveLength(9)
  })

  it('keeps each month end as it stood, reminds lead deputies and flags missing reports once', async () => {
    const w = await world()
    resetMonthEndCatchUp()
    const month = monthOf(new Date())
    await w.s.deputy.post(`/api/projects/sites/${w.site.id}/report`, report({ progress: 30 }))
    // A month later (the first working hours of next month): the month end is kept from the events.
    const [y, m] = month.split('-').map(Number) as [number, number]
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
    const later = cstInstant(`${next}-03`, 10 * 60)
    // The site moves on after the month end: the kept month does not.
    await t.ctx.db
      .updateTable('site_events')
      .set({ created_at: new Date(Date.now() - 60_000) })
      .where('site_id', '=', w.site.id)
      .execute()
    const ran = await monthEndJob.run(t.ctx, later, console)
    expect(ran.taken).toBeGreaterThan(0)
    await w.s.deputy.post(
      `/api/projects/sites/${w.site.id}/report`,
      report({ progress: 100, status: 'completed' }),
    )
    if (Number(next.slice(0, 4)) === year) {
      const kept = await publicSite(w.site.id, month)
      expect(kept.properties).toMatchObject({ colour: 'yellow', progress: 30 })
    }
    const row = await t.ctx.db
      .selectFrom('site_month_ends')
      .selectAll()
      .where('site_id', '=', w.site.id)
      .where('month', '=', month)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ status: 'in_progress', progress: 30, reported: true })
    // Running again changes nothing and sends nothing twice.
    const twice = await monthEndJob.run(t.ctx, later, console)
    expect(twice).toMatchObject({ taken: 0, missing: 0 })
  })

  it('reminds the lead deputies in the month’s last working days, once', async () => {
    const w = await world()
    const calendar = await loadCalendar(t.ctx.db, TEST_COUNTY)
    const month = monthOf(new Date())
    let day = addDays(`${nextMonthOf(month)}-01`, -1)
    while (!calendar.isWorkday(day)) day = addDays(day, -1)
    const sent = () =>
      t.ctx.db
        .selectFrom('notifications')
        .select(['channel', 'subject_type', 'subject_id'])
        .where('recipient_type', '=', 'deputy')
        .where('recipient_id', '=', w.site.leadDeputies[0].id)
        .where('kind', '=', 'site.report_due')
        .execute()
    const inbox = async () => (await sent()).filter((n) => n.channel === 'in_app').length
    // Ten days before the month's end: too early.
    await monthEndJob.run(t.ctx, cstInstant(addDays(day, -10), 9 * 60), console)
    expect(await inbox()).toBe(0)
    await monthEndJob.run(t.ctx, cstInstant(day, 9 * 60), console)
    expect(await inbox()).toBe(1)
    await monthEndJob.run(t.ctx, cstInstant(day, 15 * 60), console)
    expect(await inbox()).toBe(1)
    // And once by SMS: the webhook message's subject is the deputy, whose phone the delivery worker resolves.
    const sms = (await sent()).filter((n) => n.channel === 'webhook')
    expect(sms).toEqual([
      { channel: 'webhook', subject_type: 'deputy', subject_id: w.site.leadDeputies[0].id },
    ])
    const contacts = await RECIPIENTS.deputy!(t.ctx.db, [w.site.leadDeputies[0].id])
    const phoneEnc = contacts.get(w.site.leadDeputies[0].id)?.phoneEnc
    expect(phoneEnc && t.ctx.cipher.decrypt(phoneEnc)).toBe(w.lead.phone)
  })

  it('answers a month that has not ended, or a year without projects, with a 400 naming the field', async () => {
    const future = await t.app.inject({ url: `/api/public/projects?month=${year + 1}-01` })
    expect(future.statusCode).toBe(400)
    expect(future.json().field).toBe('querystring.month')
    const res = await t.app.inject({ url: `/api/public/projects?year=${year}` })
    expect(res.statusCode).toBe(200)
    expect(res.json().summary.sites).toBeGreaterThan(0)
    const none = await t.app.inject({ url: '/api/public/projects?year=2001' })
    expect(none.json()).toMatchObject({ year: 2001, months: [], summary: { sites: 0 }, projects: [] })
    const bad = await t.app.inject({
      url: `/api/public/projects/sites.geojson?month=${previousMonth('2001-01')}`,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().field).toBe('querystring.month')
  })
})
