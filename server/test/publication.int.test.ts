import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cstDay } from '../src/platform/calendar.ts'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import { act, type LoopSessions, type LoopWorld, loopWorld } from './loop-items.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/**
 * Published answers (办理结果公开): the citizen's consent, the review that hides personal data, publishing only
 * by the item's manager, the public list and page (never a name or a number), withdrawal, the audit rows.
 */

let t: TestApp
let w: LoopWorld
let s: LoopSessions
let otherTown: Session

beforeAll(async () => {
  t = await createTestApp()
  ;({ w, s } = await loopWorld(t))
  const other = await buildTown(t.ctx.db, '另一镇')
  const user = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: other.townCode })
  otherTown = await login(t.app, user.username, TEST_PASSWORD)
})
afterAll(async () => t?.close())

const PHONE = '13912345678'
const NAME = '钱晓燕'

async function submit(content: string, extra: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/public/suggestions',
    headers: { 'idempotency-key': idempotencyKey() },
    payload: { consent: true, content, venueId: w.venue.id, regionCode: w.villageCode, ...extra },
  })
  expect(res.statusCode, res.body).toBe(201)
  const { trackingCode, accessToken } = res.json()
  const row = await t.ctx.db
    .selectFrom('suggestions')
    .select(['id', 'publish_consent'])
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow()
  return { ...row, trackingCode, accessToken }
}

/** Accepted, routed to the town, assigned to its unit, answered by the unit (replied). */
async function answered(content: string, answer: string, extra: Record<string, unknown> = {}) {
  const item = await submit(content, extra)
  await act(s.station, item.id, 'accept')
  await act(s.station, item.id, 'route', { tier: 'town' })
  await act(s.town, item.id, 'assign', { leadUnitId: w.townUnit.id })
  await act(s.unit, item.id, 'sign')
  await act(s.unit, item.id, 'start')
  await act(s.unit, item.id, 'reply', { answer, outcome: 'A' })
  return item
}

const review = (session: Session, id: string) => session.get(`/api/suggestions/${id}/publication`)
const publish = (session: Session, id: string, body: Record<string, unknown>) =>
  session.request('PUT', `/api/suggestions/${id}/publication`, body)

/** Publishes the draft as the scrubber proposes it (every span hidden). */
async function publishDraft(session: Session, id: string) {
  const r = await review(session, id)
  expect(r.statusCode, r.body).toBe(200)
  const { draft } = r.json()
  const res = await publish(session, id, {
    question: draft.question.scrubbed,
    answer: draft.answer?.scrubbed ?? null,
    findings: [],
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}

describe('consent at submission', () => {
  it('is false unless given, stored when given, and shown on the tracking page', async () => {
    const none = await submit('村口路灯坏了很久，晚上出行不便。')
    expect(none.publish_consent).toBe(false)
    const given = await submit('村口路灯坏了很久，晚上出行不便。', { publishConsent: true })
    expect(given.publish_consent).toBe(true)
    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${given.trackingCode}`,
      headers: { 'x-access-token': given.accessToken },
    })
    expect(tracked.json()).toMatchObject({ publishConsent: true, publicUrl: null })
  })

  it('is recorded by staff intake too', async () => {
    const res = await s.station.post('/api/suggestions', {
      channel: 'station',
      consent: true,
      publishConsent: true,
      content: '站内接待：希望增加公交班次。',
      regionCode: w.villageCode,
    })
    expect(res.statusCode, res.body).toBe(201)
    const row = await t.ctx.db
      .selectFrom('suggestions')
      .select('publish_consent')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow()
    expect(row.publish_consent).toBe(true)
  })
})

describe('publishing', () => {
  it('is refused without the citizen’s consent (409)', async () => {
    const item = await answered('小区门口积水严重，请尽快处理。', '已安排疏通排水管道。')
    const r = await review(s.town, item.id)
    expect(r.json()).toMatchObject({ consent: false, canPublish: true })
    const res = await publish(s.town, item.id, { question: '小区门口积水严重。', findings: [] })
    expect(res.statusCode).toBe(409)
    expect(res.json().message.zh).toContain('未同意公开')
  })

  it('keeps a planted phone and name out of the public page and list', async () => {
    const item = await answered(
      `我叫${NAME}，家住幸福小区8号楼，楼下路灯坏了，请联系${PHONE}。`,
      `已修复路灯，${NAME}女士已确认。`,
      { publishConsent: true, contact: { name: NAME, phone: PHONE } },
    )
    const r = await review(s.town, item.id)
    expect(r.statusCode, r.body).toBe(200)
    const body = r.json()
    expect(body).toMatchObject({ consent: true, eligible: true, answerPublishable: true, publication: null })
    expect(body.draft.question.spans.map((x: { kind: string }) => x.kind)).toEqual([
      'name',
      'house_number',
      'phone',
    ])
    expect(body.draft.answer.spans.map((x: { kind: string }) => x.kind)).toContain('name')
    const published = await publishDraft(s.town, item.id)
    expect(published).toMatchObject({ status: 'published', publicUrl: `/answers/${item.id}`, version: 1 })

    const page = await t.app.inject({ method: 'GET', url: `/api/public/answers/${item.id}` })
    expect(page.statusCode, page.body).toBe(200)
    const list = await t.app.inject({ method: 'GET', url: '/api/public/answers' })
    for (const res of [page, list]) {
      expect(res.body).not.toContain(PHONE)
      expect(res.body).not.toContain(NAME)
      expect(res.body).not.toContain('8号楼')
    }
    expect(page.json()).toMatchObject({
      question: expect.stringContaining('【电话已隐去】'),
      answer: expect.stringContaining('【姓名已隐去】'),
      stage: 'answered',
      unitName: expect.any(String),
      outcome: 'A',
      workingDaysTaken: expect.any(Number),
    })
    expect(page.json().timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['submit', 'accept', 'assign']),
    )
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(item.id)

    // The tracking page links to it.
    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${item.trackingCode}`,
      headers: { 'x-access-token': item.accessToken },
    })
    expect(tracked.json().publicUrl).toBe(`/answers/${item.id}`)

    // Audited with both texts' hashes and the findings, never the words hidden.
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('target_id', '=', item.id)
      .where('action', 'like', 'publication.%')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['publication.publish'])
    const detail = audit[0]!.detail as Record<string, unknown>
    expect(detail.questionSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(detail.answerSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(detail)).not.toContain(PHONE)
    expect(JSON.stringify(detail)).not.toContain(NAME)
  })

  it('refuses a span left in that staff did not mark as not personal, and takes it once marked', async () => {
    const item = await answered(`路灯坏了，联系电话${PHONE}。`, '已修复。', { publishConsent: true })
    const question = `路灯坏了，联系电话${PHONE}。`
    const at = question.indexOf(PHONE)
    const refused = await publish(s.town, item.id, { question, findings: [] })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0].field).toBe('body.question')
    expect(refused.json().message.zh).toContain('手机号码')
    expect(refused.json().message.en).toContain('mobile number')
    const confirmed = await publish(s.town, item.id, {
      question,
      findings: [{ field: 'question', start: at, end: at + PHONE.length, kind: 'phone', confirmed: true }],
    })
    expect(confirmed.statusCode).toBe(400)
    const kept = await publish(s.town, item.id, {
      question,
      findings: [{ field: 'question', start: at, end: at + PHONE.length, kind: 'phone', confirmed: false }],
    })
    expect(kept.statusCode, kept.body).toBe(200)
    expect(kept.json().findings[0]).toMatchObject({ confirmed: false, text: PHONE })
    // Updating with the answer: a stale version is 409, the current one publishes the answer.
    const stale = await publish(s.town, item.id, {
      question: '路灯坏了。',
      answer: '已修复。',
      findings: [],
      version: 7,
    })
    expect(stale.statusCode).toBe(409)
    const updated = await publish(s.town, item.id, {
      question: '路灯坏了。',
      answer: '已修复。',
      findings: [],
      version: kept.json().version,
    })
    expect(updated.statusCode, updated.body).toBe(200)
    expect(updated.json()).toMatchObject({ answer: '已修复。', version: 2 })
    const actions = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', item.id)
      .where('action', 'like', 'publication.%')
      .orderBy('seq')
      .execute()
    expect(actions.map((a) => a.action)).toEqual(['publication.publish', 'publication.update'])
  })

  it('publishes an open item’s question alone, and refuses its answer', async () => {
    const item = await submit('希望在村里增设一个公交站点。', { publishConsent: true })
    expect(
      (await publish(s.town, item.id, { question: '希望增设公交站点。', findings: [] })).statusCode,
    ).toBe(409)
    await act(s.station, item.id, 'accept')
    const withAnswer = await publish(s.town, item.id, {
      question: '希望增设公交站点。',
      answer: '好的',
      findings: [],
    })
    expect(withAnswer.statusCode).toBe(409)
    const ok = await publish(s.town, item.id, { question: '希望增设公交站点。', findings: [] })
    expect(ok.statusCode, ok.body).toBe(200)
    const page = await t.app.inject({ method: 'GET', url: `/api/public/answers/${item.id}` })
    expect(page.json()).toMatchObject({ stage: 'open', answer: null, answerPublished: false })
  })

  it('is the manager’s: others are refused (403) or told the item does not exist (404)', async () => {
    const item = await answered('河道有垃圾，需要清理。', '已清理。', { publishConsent: true })
    const body = { question: '河道有垃圾，需要清理。', findings: [] }
    expect((await publish(s.station, item.id, body)).statusCode).toBe(403)
    expect((await publish(s.unit, item.id, body)).statusCode).toBe(403)
    expect((await publish(otherTown, item.id, body)).statusCode).toBe(404)
    expect((await review(otherTown, item.id)).statusCode).toBe(404)
    expect(
      (await t.app.inject({ method: 'PUT', url: `/api/suggestions/${item.id}/publication`, payload: body }))
        .statusCode,
    ).toBe(401)
    expect((await publish(s.admin, item.id, body)).statusCode).toBe(200)
  })

  it('withdraws: the public page is 404 and the list no longer has it; the reason is audited', async () => {
    const item = await answered('公园健身器材损坏。', '已更换器材。', { publishConsent: true })
    await publishDraft(s.town, item.id)
    const res = await s.town.post(`/api/suggestions/${item.id}/publication/withdraw`, {
      reason: '群众要求撤回',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'withdrawn', withdrawReason: '群众要求撤回', publicUrl: null })
    expect((await t.app.inject({ method: 'GET', url: `/api/public/answers/${item.id}` })).statusCode).toBe(
      404,
    )
    const list = await t.app.inject({ method: 'GET', url: '/api/public/answers?limit=500' })
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(item.id)
    const again = await s.town.post(`/api/suggestions/${item.id}/publication/withdraw`, {
      reason: '再次撤回',
    })
    expect(again.statusCode).toBe(409)
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('target_id', '=', item.id)
      .where('action', '=', 'publication.withdraw')
      .executeTakeFirstOrThrow()
    expect(audit.detail).toMatchObject({ reason: '群众要求撤回' })
  })

  it('never shows what was not published', async () => {
    const item = await answered('菜市场卫生差。', '已整治。', { publishConsent: true })
    expect((await t.app.inject({ method: 'GET', url: `/api/public/answers/${item.id}` })).statusCode).toBe(
      404,
    )
  })
})

describe('the public list', () => {
  it('filters by town, category, stage and words', async () => {
    const item = await answered('学校门口缺少斑马线，孩子过马路危险。', '已施划斑马线并设置警示牌。', {
      publishConsent: true,
    })
    await publishDraft(s.town, item.id)
    const get = async (query: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/public/answers?${query}` })
      expect(res.statusCode, res.body).toBe(200)
      return (res.json().items as { id: string }[]).map((i) => i.id)
    }
    expect(await get(`town=${w.townCode}`)).toContain(item.id)
    expect(await get('town=330521999000')).not.toContain(item.id)
    expect(await get('q=斑马线')).toEqual([item.id])
    expect(await get('q=飞机场')).toEqual([])
    expect(await get('stage=answered')).toContain(item.id)
    expect(await get('stage=open')).not.toContain(item.id)
    expect(await get('category=nonexistent')).toEqual([])
    // By the year it was received, in the county's clock.
    const thisYear = Number(cstDay(new Date()).slice(0, 4))
    expect(await get(`year=${thisYear}`)).toContain(item.id)
    expect(await get(`year=${thisYear - 1}`)).not.toContain(item.id)
    const list = await t.app.inject({ method: 'GET', url: '/api/public/answers' })
    expect(Object.keys(list.json()).sort()).toEqual(['items', 'total'])
  })
})
