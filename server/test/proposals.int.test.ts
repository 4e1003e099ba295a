import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { proposalDueJob } from '../src/modules/proposals/jobs.ts'
import { proposalFigures } from '../src/modules/proposals/repo.ts'
import { buildDeputy, buildTown, buildUnit, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, TEST_COUNTY, type TestApp } from './harness.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/**
 * Deputies' proposals (代表建议): drafted from a deputy's items, co-signed, submitted, registered to a unit,
 * contacted and answered, rated (once unsatisfied, handled again, then closed); who sees and does what; the
 * citizen's tracking page; the deputy's record and the county's figures.
 */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

async function world() {
  const db = t.ctx.db
  const { townCode, villageCode } = await buildTown(db)
  const other = await buildTown(db)
  const [lead, second, third] = await Promise.all(
    [1, 2, 3].map(() => buildDeputy(db, t.ctx.cipher, villageCode)),
  )
  const unit = await buildUnit(db, TEST_COUNTY)
  const coUnit = await buildUnit(db, TEST_COUNTY)
  const otherUnit = await buildUnit(db, TEST_COUNTY)
  const users = await Promise.all([
    buildUser(db, { role: 'county_admin', regionCode: TEST_COUNTY }),
    buildUser(db, { role: 'town_staff', regionCode: townCode }),
    buildUser(db, { role: 'deputy', deputyId: lead!.id, regionCode: townCode }),
    buildUser(db, { role: 'deputy', deputyId: second!.id, regionCode: townCode }),
    buildUser(db, { role: 'deputy', deputyId: third!.id, regionCode: townCode }),
    buildUser(db, { role: 'unit_staff', unitId: unit.id }),
    buildUser(db, { role: 'unit_staff', unitId: coUnit.id }),
    buildUser(db, { role: 'unit_staff', unitId: otherUnit.id }),
    buildUser(db, { role: 'town_staff', regionCode: other.townCode }),
  ])
  const [admin, town, deputy, cosigner, bystander, unitStaff, coStaff, otherUnitStaff, otherTown] =
    (await Promise.all(users.map((u) => login(t.app, u.username, TEST_PASSWORD)))) as Session[]
  const items: { id: string; trackingCode: string; token: string }[] = []
  for (const content of ['村道狭窄，会车困难，建议拓宽。', '村口路段夜间无路灯，行人不安全。']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: { consent: true, content, deputyId: lead!.id, regionCode: villageCode },
    })
    expect(res.statusCode, res.body).toBe(201)
    const body = res.json()
    const row = await db
      .selectFrom('suggestions')
      .select('id')
      .where('tracking_code', '=', body.trackingCode)
      .executeTakeFirstOrThrow()
    items.push({ id: row.id, trackingCode: body.trackingCode, token: body.accessToken })
  }
  return {
    lead: lead!,
    second: second!,
    third: third!,
    unit,
    coUnit,
    items,
    s: {
      admin: admin!,
      town: town!,
      deputy: deputy!,
      cosigner: cosigner!,
      bystander: bystander!,
      unitStaff: unitStaff!,
      coStaff: coStaff!,
      otherUnitStaff: otherUnitStaff!,
      otherTown: otherTown!,
    },
  }
}

type World = Awaited<ReturnType<typeof world>>

const draft = (w: World, over: Record<string, unknown> = {}) =>
  w.s.deputy.post('/api/proposals', {
    title: '关于拓宽村道并增设路灯的建议',
    reason: '群众反映村道狭窄、夜间无灯，出行不便且存在安全隐患。',
    measures: '建议交通部门将该路段列入年度改造计划，并增设路灯。',
    suggestionIds: w.items.map((i) => i.id),
    cosignerIds: [w.second.id],
    ...over,
  })

async function act(s: Session, id: string, action: string, body: Record<string, unknown> = {}) {
  const current = await s.get(`/api/proposals/${id}`)
  const version = current.statusCode === 200 ? current.json().version : 1
  return s.post(`/api/proposals/${id}/${action}`, { version, ...body })
}

const track = (item: World['items'][number]) =>
  t.app.inject({
    method: 'GET',
    url: `/api/public/suggestions/${item.trackingCode}`,
    headers: { 'x-access-token': item.token },
  })

describe('a proposal’s life', () => {
  it('goes from two items through co-signing, registration, contact, answers and one rehandling to closed', async () => {
    const w = await world()
    const created = await draft(w)
    expect(created.statusCode, created.body).toBe(201)
    const p = created.json()
    expect(p.status).toBe('draft')
    expect(p.sources.map((s: { label: string }) => s.label).sort()).toEqual(
      w.items.map((i) => i.trackingCode).sort(),
    )
    expect(p.allowedActions).toEqual(expect.arrayContaining(['edit', 'invite', 'submit', 'withdraw']))
    // A draft is the lead deputy's: the invited deputy, the office and the town do not see it yet.
    expect((await w.s.cosigner.get(`/api/proposals/${p.id}`)).statusCode).toBe(404)
    expect((await w.s.admin.get(`/api/proposals/${p.id}`)).statusCode).toBe(404)

    const edited = await w.s.deputy.request('PATCH', `/api/proposals/${p.id}`, {
      title: '关于拓宽某村村道并增设路灯的建议',
      reason: p.reason,
      measures: p.measures,
      suggestionIds: w.items.map((i) => i.id),
      cosignerIds: [w.second.id],
      version: p.version,
    })
    expect(edited.statusCode, edited.body).toBe(200)
    const stale = await w.s.deputy.request('PATCH', `/api/proposals/${p.id}`, {
      title: 'x',
      reason: 'x',
      measures: 'x',
      suggestionIds: [w.items[0]!.id],
      version: p.version,
    })
    expect(stale.statusCode).toBe(409)

    const invited = await act(w.s.deputy, p.id, 'invite')
    expect(invited.statusCode, invited.body).toBe(200)
    expect(invited.json().status).toBe('cosigning')
    const asCosigner = await w.s.cosigner.get(`/api/proposals/${p.id}`)
    expect(asCosigner.statusCode).toBe(200)
    expect(asCosigner.json().allowedActions.sort()).toEqual(['cosign', 'decline'])
    const inbox = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_type', '=', 'deputy')
      .where('recipient_id', '=', w.second.id)
      .execute()
    expect(inbox.map((n) => n.kind)).toContain('proposal.invited')
    // Someone not invited may not co-sign: the draft is not theirs at all.
    expect((await act(w.s.bystander, p.id, 'cosign')).statusCode).toBe(404)

    const signed = await act(w.s.cosigner, p.id, 'cosign')
    expect(signed.statusCode, signed.body).toBe(200)
    expect(signed.json().cosigners).toEqual([
      expect.objectContaining({ deputyId: w.second.id, status: 'signed' }),
    ])
    expect(signed.json().allowedActions).toEqual(['unsign'])

    // The stale version of a transition is refused.
    const staleSubmit = await w.s.deputy.post(`/api/proposals/${p.id}/submit`, { version: 1 })
    expect(staleSubmit.statusCode).toBe(409)
    const submitted = await act(w.s.deputy, p.id, 'submit')
    expect(submitted.statusCode, submitted.body).toBe(200)
    expect(submitted.json().status).toBe('submitted')
    // Too late to take the signature back once submitted.
    expect((await act(w.s.cosigner, p.id, 'unsign')).statusCode).toBe(409)

    // The office sees it and registers it; the unit sees nothing before.
    expect((await w.s.unitStaff.get(`/api/proposals/${p.id}`)).statusCode).toBe(404)
    expect((await act(w.s.town, p.id, 'register', { leadUnitId: w.unit.id })).statusCode).toBe(403)
    const missingUnit = await act(w.s.admin, p.id, 'register', {})
    expect(missingUnit.statusCode).toBe(400)
    expect(missingUnit.json().errors?.[0]?.field ?? missingUnit.json().field).toBe('body.leadUnitId')
    const registered = await act(w.s.admin, p.id, 'register', {
      leadUnitId: w.unit.id,
      coUnitIds: [w.coUnit.id],
    })
    expect(registered.statusCode, registered.body).toBe(200)
    const reg = registered.json()
    expect(reg.status).toBe('registered')
    expect(reg.number).toBe(1)
    expect(reg.leadUnit.id).toBe(w.unit.id)
    expect(reg.coUnits.map((u: { id: string }) => u.id)).toEqual([w.coUnit.id])
    // Three months by default, in the county's days.
    const registeredDay = new Date(new Date(reg.registeredAt).getTime() + 8 * 3600_000)
      .toISOString()
      .slice(0, 10)
    const [y, m] = registeredDay.split('-').map(Number) as [number, number]
    expect(reg.dueOn.slice(0, 7)).toBe(
      `${m + 3 > 12 ? y + 1 : y}-${String(((m + 2) % 12) + 1).padStart(2, '0')}`,
    )

    // The citizen sees that the problem was taken up.
    const tracked = await track(w.items[0]!)
    expect(tracked.statusCode, tracked.body).toBe(200)
    expect(tracked.json().proposals).toEqual([
      expect.objectContaining({
        title: '关于拓宽某村村道并增设路灯的建议',
        status: 'registered',
        answer: null,
      }),
    ])

    // Answering before the contact is recorded is refused; a co-unit may not answer; another unit sees nothing.
    const early = await act(w.s.unitStaff, p.id, 'answer', { answer: '已列入计划', outcome: 'B' })
    expect(early.statusCode).toBe(409)
    expect((await w.s.coStaff.get(`/api/proposals/${p.id}`)).json().allowedActions).toEqual([])
    expect(
      (await act(w.s.coStaff, p.id, 'contact', { method: 'phone', contactWith: '代表' })).statusCode,
    ).toBe(403)
    expect((await w.s.otherUnitStaff.get(`/api/proposals/${p.id}`)).statusCode).toBe(404)
    expect((await w.s.otherTown.get(`/api/proposals/${p.id}`)).statusCode).toBe(404)
    expect((await w.s.town.get(`/api/proposals/${p.id}`)).json().allowedActions).toEqual([])

    const contacted = await act(w.s.unitStaff, p.id, 'contact', {
      method: 'in_person',
      contactWith: w.lead.name,
      note: '现场查看了路段，听取代表意见。',
    })
    expect(contacted.statusCode, contacted.body).toBe(200)
    expect(contacted.json().contact).toMatchObject({ method: 'in_person', with: w.lead.name })
    const answered = await act(w.s.unitStaff, p.id, 'answer', {
      answer: '该路段已列入明年道路改造计划。',
      outcome: 'C',
    })
    expect(answered.statusCode, answered.body).toBe(200)
    expect(answered.json().status).toBe('answered')
    expect((await track(w.items[1]!)).json().proposals[0]).toMatchObject({
      status: 'answered',
      answer: '该路段已列入明年道路改造计划。',
      outcome: 'C',
    })

    // Unsatisfied: back to the unit, which must contact the deputy again before answering again.
    expect((await act(w.s.cosigner, p.id, 'rate', { rating: 'dissatisfied' })).statusCode).toBe(403)
    const unhappy = await act(w.s.deputy, p.id, 'rate', { rating: 'dissatisfied' })
    expect(unhappy.statusCode, unhappy.body).toBe(200)
    expect(unhappy.json()).toMatchObject({
      status: 'rehandling',
      rehandled: true,
      firstRating: 'dissatisfied',
    })
    const toUnit = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_type', '=', 'unit')
      .where('recipient_id', '=', w.unit.id)
      .execute()
    expect(toUnit.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['proposal.assigned', 'proposal.rehandling']),
    )
    expect((await act(w.s.unitStaff, p.id, 'answer', { answer: '再答复', outcome: 'B' })).statusCode).toBe(
      409,
    )
    expect(
      (await act(w.s.unitStaff, p.id, 'contact', { method: 'meeting', contactWith: w.lead.name })).statusCode,
    ).toBe(200)
    const again = await act(w.s.unitStaff, p.id, 'answer', {
      answer: '已协调资金，今年完成拓宽并增设路灯。',
      outcome: 'B',
    })
    expect(again.statusCode, again.body).toBe(200)
    // The second rating closes it, whatever it is.
    const closed = await act(w.s.deputy, p.id, 'rate', { rating: 'dissatisfied' })
    expect(closed.statusCode, closed.body).toBe(200)
    expect(closed.json()).toMatchObject({
      status: 'closed',
      rating: 'dissatisfied',
      firstRating: 'dissatisfied',
    })
    expect(closed.json().allowedActions).toEqual([])
    expect(closed.json().timeline.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'invite',
      'cosign',
      'submit',
      'register',
      'contact',
      'answer',
      'rate',
      'contact',
      'answer',
      'rate',
    ])
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_type', '=', 'proposal')
      .where('target_id', '=', p.id)
      .execute()
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['proposal.create', 'proposal.rate']))

    // Figures: the deputy's record and the county's.
    const year = closed.json().year
    const record = await w.s.deputy.get(`/api/deputies/${w.lead.id}/record?year=${year}`)
    expect(record.statusCode, record.body).toBe(200)
    expect(record.json().indicators).toMatchObject({
      proposalsLed: 1,
      proposalsRated: 1,
      proposalsSatisfied: 0,
    })
    const second = await w.s.admin.get(`/api/deputies/${w.second.id}/record?year=${year}`)
    expect(second.json().indicators).toMatchObject({ proposalsCosigned: 1, proposalsLed: 0 })
    const figures = await proposalFigures(t.ctx.db, TEST_COUNTY, year)
    expect(figures.byStatus.closed).toBeGreaterThanOrEqual(1)
    expect(figures.byOutcome.B).toBeGreaterThanOrEqual(1)
    expect(figures.ratings.dissatisfied).toBeGreaterThanOrEqual(1)
    expect(figures.rehandled).toBeGreaterThanOrEqual(1)
  })

  it('requires the county’s co-signers before submission, and lets the lead withdraw before registration', async () => {
    const w = await world()
    await t.ctx.db
      .insertInto('county_settings')
      .values({ county_code: TEST_COUNTY, office_hours: JSON.stringify({}), proposal_min_cosigners: 1 })
      .onConflict((oc) => oc.column('county_code').doUpdateSet({ proposal_min_cosigners: 1 }))
      .execute()
    try {
      const p = (await draft(w)).json()
      expect(p.requiredCosigners).toBe(1)
      const early = await act(w.s.deputy, p.id, 'submit')
      expect(early.statusCode).toBe(409)
      await act(w.s.deputy, p.id, 'invite', { deputyIds: [w.third.id] })
      expect((await act(w.s.bystander, p.id, 'decline')).statusCode).toBe(200)
      expect((await act(w.s.deputy, p.id, 'submit')).statusCode).toBe(409)
      expect((await act(w.s.cosigner, p.id, 'cosign')).statusCode).toBe(200)
      expect((await act(w.s.cosigner, p.id, 'unsign')).statusCode).toBe(200)
      expect((await act(w.s.deputy, p.id, 'submit')).statusCode).toBe(409)
      // A signature taken back is not given again.
      expect((await act(w.s.cosigner, p.id, 'cosign')).statusCode).toBe(403)
      const withdrawn = await act(w.s.deputy, p.id, 'withdraw')
      expect(withdrawn.statusCode, withdrawn.body).toBe(200)
      expect(withdrawn.json().status).toBe('withdrawn')
      expect((await track(w.items[0]!)).json().proposals).toEqual([])
    } finally {
      await t.ctx.db
        .updateTable('county_settings')
        .set({ proposal_min_cosigners: 0 })
        .where('county_code', '=', TEST_COUNTY)
        .execute()
    }
  })

  it('takes up only the deputy’s own items, and lets only deputies draft', async () => {
    const w = await world()
    const mine = await buildDeputy(t.ctx.db, t.ctx.cipher, (await buildTown(t.ctx.db)).villageCode)
    const user = await buildUser(t.ctx.db, { role: 'deputy', deputyId: mine.id })
    const stranger = await login(t.app, user.username, TEST_PASSWORD)
    const refused = await stranger.post('/api/proposals', {
      title: '标题',
      reason: '案由',
      measures: '措施',
      suggestionIds: [w.items[0]!.id],
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toContain('body.suggestionIds')
    expect(
      (await w.s.admin.post('/api/proposals', { title: 'x', reason: 'x', measures: 'x', suggestionIds: [] }))
        .statusCode,
    ).toBe(403)
    const none = await draft(w, { suggestionIds: [] })
    expect(none.statusCode).toBe(400)
  })

  it('lists by scope, state and mine', async () => {
    const w = await world()
    const p = (await draft(w)).json()
    await act(w.s.deputy, p.id, 'submit')
    const own = await w.s.deputy.get('/api/proposals?mine=true')
    expect(own.json().items.map((i: { id: string }) => i.id)).toContain(p.id)
    const office = await w.s.admin.get('/api/proposals?status=submitted')
    expect(office.json().items.map((i: { id: string }) => i.id)).toContain(p.id)
    expect(
      (await w.s.otherTown.get('/api/proposals')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(p.id)
    expect((await w.s.unitStaff.get('/api/proposals')).json().total).toBe(0)
    const exported = await w.s.admin.get(`/api/export/proposals?year=${p.year}`)
    expect(exported.statusCode, exported.body.slice(0, 200)).toBe(200)
  })

  it('reminds the lead unit a week before the due date and tells it once overdue, each once', async () => {
    const w = await world()
    const p = (await draft(w, { cosignerIds: [] })).json()
    await act(w.s.deputy, p.id, 'submit')
    const reg = (await act(w.s.admin, p.id, 'register', { leadUnitId: w.unit.id })).json()
    const log = { info() {}, warn() {}, error() {} }
    const kinds = async () =>
      (
        await t.ctx.db
          .selectFrom('notifications')
          .select('kind')
          .where('recipient_type', '=', 'unit')
          .where('recipient_id', '=', w.unit.id)
          .where('kind', 'like', 'proposal.%')
          .execute()
      ).map((n) => n.kind)
    const dueNoon = new Date(`${reg.dueOn}T12:00:00+08:00`)
    const weekBefore = new Date(dueNoon.getTime() - 6 * 86_400_000)
    expect((await proposalDueJob.run(t.ctx, weekBefore, log)).reminded).toBeGreaterThanOrEqual(1)
    expect((await proposalDueJob.run(t.ctx, weekBefore, log)).reminded).toBe(0)
    const late = new Date(dueNoon.getTime() + 2 * 86_400_000)
    expect((await proposalDueJob.run(t.ctx, late, log)).overdue).toBeGreaterThanOrEqual(1)
    await proposalDueJob.run(t.ctx, late, log)
    expect((await kinds()).sort()).toEqual(['proposal.assigned', 'proposal.due_soon', 'proposal.overdue'])
  })
})
