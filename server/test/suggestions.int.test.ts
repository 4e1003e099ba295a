import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkQueuedDuplicates } from '../src/modules/suggestions/duplicates.ts'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import { buildLoopWorld, idempotencyKey } from './suggestion-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const submit = (body: Record<string, unknown>, key = idempotencyKey()) =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/suggestions',
    headers: { 'idempotency-key': key },
    payload: { consent: true, ...body },
  })

/** Submits as a citizen and returns the new item's id with its tracking code and token. */
async function submitItem(body: Record<string, unknown>) {
  const res = await submit(body)
  expect(res.statusCode).toBe(201)
  const { trackingCode, accessToken } = res.json() as { trackingCode: string; accessToken: string }
  const row = await t.ctx.db
    .selectFrom('suggestions')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow()
  return { id: row.id, trackingCode, accessToken }
}

const track = (code: string, token: string | undefined) =>
  t.app.inject({
    method: 'GET',
    url: `/api/public/suggestions/${code}`,
    headers: token ? { 'x-access-token': token } : {},
  })

async function sessions(world: Awaited<ReturnType<typeof buildLoopWorld>>) {
  const [admin, town, station, unit, countyUnit] = await Promise.all(
    [world.admin, world.townStaff, world.stationStaff, world.unitStaff, world.countyUnitStaff].map((u) =>
      login(t.app, u.username, TEST_PASSWORD),
    ),
  )
  return { admin: admin!, town: town!, station: station!, unit: unit!, countyUnit: countyUnit! }
}

const act = (s: Session, id: string, action: string, body: Record<string, unknown> = {}) =>
  s.post(`/api/suggestions/${id}/${action}`, body)

describe('the closed loop through the API', () => {
  it('runs from a citizen’s submission to their rating, with every step on the timeline', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const res = await submit({
      content: '村口路灯坏了一个星期，晚上出行很不方便，请尽快修复。',
      venueId: w.venue.id,
      regionCode: w.villageCode,
      contact: { name: '王小明', phone: '138 1234 5678' },
    })
    expect(res.statusCode).toBe(201)
    const { trackingCode, accessToken, trackingUrl } = res.json()
    expect(trackingUrl).toBe(`/track/${trackingCode}#key=${accessToken}`)

    const queue = (await s.station.get('/api/suggestions?status=submitted')).json()
    const listed = queue.items.find((i: { trackingCode: string }) => i.trackingCode === trackingCode)
    expect(listed).toMatchObject({
      status: 'submitted',
      channel: 'online',
      regionCode: w.villageCode,
      contactPhoneMasked: '138****5678',
    })
    expect(listed.dueAt).toBeTruthy()
    expect(JSON.stringify(queue)).not.toContain('13812345678')
    const id = listed.id

    expect((await act(s.station, id, 'accept')).json().status).toBe('accepted')
    expect((await act(s.station, id, 'route', { tier: 'town' })).json().status).toBe('routed')
    expect((await act(s.town, id, 'assign', { leadUnitId: w.townUnit.id })).json().status).toBe('assigned')
    expect((await act(s.unit, id, 'sign')).json().status).toBe('signed')
    expect((await act(s.unit, id, 'start')).json().status).toBe('in_progress')
    expect(
      (await act(s.unit, id, 'reply', { answer: '已安排维修，路灯于本周三恢复照明。', outcome: 'A' })).json()
        .status,
    ).toBe('replied')
    // The answer is not public before staff review it.
    expect((await track(trackingCode, accessToken)).json().answer).toBeNull()
    expect((await act(s.town, id, 'review')).json().status).toBe('reviewed')
    expect((await act(s.town, id, 'give-feedback')).json().status).toBe('feedback_given')

    const tracked = (await track(trackingCode, accessToken)).json()
    expect(tracked).toMatchObject({
      status: 'feedback_given',
      answer: '已安排维修，路灯于本周三恢复照明。',
      outcome: 'A',
      canRate: true,
    })
    expect(tracked.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'route',
      'assign',
      'sign',
      'start',
      'give_feedback',
    ])
    const rated = await t.app.inject({
      method: 'POST',
      url: `/api/public/suggestions/${trackingCode}/rating`,
      headers: { 'x-access-token': accessToken },
      payload: { rating: 'satisfied' },
    })
    expect(rated.statusCode).toBe(200)
    expect(rated.json()).toMatchObject({
      status: 'closed',
      rating: 'satisfied',
      canRate: false,
      canReopen: true,
    })

    const detail = (await s.admin.get(`/api/suggestions/${id}`)).json()
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'route',
      'assign',
      'sign',
      'start',
      'reply',
      'review',
      'give_feedback',
      'rate',
    ])
    for (let i = 1; i < detail.timeline.length; i++)
      expect(detail.timeline[i].fromStatus).toBe(detail.timeline[i - 1].toStatus)
    expect(detail.timestamps.acknowledgedAt).toBeTruthy()
    expect(detail.timestamps.dueAt).toBeTruthy()
    expect(detail.version).toBe(10)
    // Every transition was audited in the same transaction.
    const audited = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .execute()
    expect(audited.filter((a) => a.action.startsWith('suggestion.')).length).toBe(10)
    // The citizen heard of receipt and of the answer.
    const outbox = await t.ctx.db
      .selectFrom('notifications')
      .select(['kind', 'payload'])
      .where('subject_id', '=', id)
      .where('recipient_type', '=', 'citizen')
      .execute()
    expect(outbox.map((n) => n.kind).sort()).toEqual([
      'citizen.answered',
      'citizen.received',
      'citizen.routed',
    ])
    expect(JSON.stringify(outbox)).not.toContain('13812345678')
  })

  it('keeps the phone encrypted at rest and reveals it only to intake staff, audited', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const { trackingCode } = (
      await submit({
        content: '小区垃圾清运不及时，夏天气味很大。',
        venueId: w.venue.id,
        contact: { phone: '13900001234' },
      })
    ).json()
    const row = await t.ctx.db
      .selectFrom('suggestions')
      .selectAll()
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(row)).not.toContain('13900001234')
    const raw = await t.ctx.db
      .selectFrom('suggestions')
      .select(['contact_phone_enc'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow()
    expect(raw.contact_phone_enc).toMatch(/^v1\./)
    expect((await s.unit.post(`/api/suggestions/${row.id}/reveal-contact`)).statusCode).toBe(404)
    const revealed = await s.station.post(`/api/suggestions/${row.id}/reveal-contact`)
    expect(revealed.json()).toEqual({ name: null, phone: '13900001234' })
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'suggestion.contact.reveal')
      .where('target_id', '=', row.id)
      .execute()
    expect(audit).toHaveLength(1)
  })
})

describe('public intake', () => {
  it('answers the same tracking code to a retry with the same Idempotency-Key and creates nothing', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const key = idempotencyKey()
    const body = { content: '希望在村委会门口增设公交站牌。', regionCode: w.villageCode }
    const first = await submit(body, key)
    const second = await submit(body, key)
    expect(first.statusCode).toBe(201)
    expect(second.statusCode).toBe(201)
    expect(second.json()).toEqual(first.json())
    expect(second.headers['idempotent-replayed']).toBe('true')
    const count = await t.ctx.db
      .selectFrom('suggestions')
      .select('id')
      .where('tracking_code', '=', first.json().trackingCode)
      .execute()
    expect(count).toHaveLength(1)
    const different = await submit({ ...body, content: '另一件事情：河道需要清理。' }, key)
    expect(different.statusCode).toBe(409)
    expect(different.json().field).toBe('Idempotency-Key')
    const concurrent = idempotencyKey()
    const both = await Promise.all([submit(body, concurrent), submit(body, concurrent)])
    expect(both[0]!.json().trackingCode).toBe(both[1]!.json().trackingCode)
  })

  it('refuses bad input with a 4xx naming the field, saving nothing', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const before = (await t.ctx.db.selectFrom('suggestions').select('id').execute()).length
    expect((await submit({ content: '' })).json().field).toBe('body.content')
    expect((await submit({ content: '   ' })).json().field).toBe('body.content')
    expect((await submit({ content: '长'.repeat(1024 * 1024) })).statusCode).toBe(413)
    expect((await submit({ content: '内'.repeat(2001) })).json().field).toBe('body.content')
    expect(
      (await submit({ content: '有效内容有效内容', venueId: '00000000-0000-4000-8000-000000000000' })).json()
        .field,
    ).toBe('body.venueId')
    expect((await submit({ content: '有效内容有效内容', regionCode: '330521999999' })).json().field).toBe(
      'body.regionCode',
    )
    expect((await submit({ content: '有效内容有效内容', contact: { phone: '12345' } })).json().field).toBe(
      'body.contact.phone',
    )
    expect((await submit({ content: '有效内容有效内容', unknown: 1 })).json().field).toBe('body.unknown')
    const noConsent = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: { content: '有效内容有效内容' },
    })
    expect(noConsent.json().field).toBe('body.consent')
    const noKey = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      payload: { content: '有效内容有效内容', consent: true },
    })
    expect(noKey.json().field).toBe('header.idempotency-key')
    expect((await t.ctx.db.selectFrom('suggestions').select('id').execute()).length).toBe(before)
    // Script tags are stored and returned as text, never interpreted.
    const xss = await submit({ content: '<script>alert(1)</script> 路面有坑', regionCode: w.villageCode })
    const tracked = (await track(xss.json().trackingCode, xss.json().accessToken)).json()
    expect(tracked.content).toBe('<script>alert(1)</script> 路面有坑')
  })

  it('answers 404 to a wrong or missing token, the same as an unknown code', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const { trackingCode } = (
      await submit({ content: '学校门口早高峰拥堵严重。', regionCode: w.villageCode })
    ).json()
    expect((await track(trackingCode, 'wrong-token-wrong-token')).statusCode).toBe(404)
    expect((await track(trackingCode, undefined)).statusCode).toBe(400)
    expect((await track('DQ000000XXXXX', 'wrong-token-wrong-token')).statusCode).toBe(404)
  })

  it('re-encodes photos: EXIF and GPS gone, non-images refused by their bytes', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneMaker', Model: 'GPS-Secret-Model', Copyright: 'lat 30.54 lng 119.96' },
      })
      .toBuffer()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const form = (data: Buffer, name: string, type: string) => {
      const boundary = '----lianxin'
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
        data,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      return t.app.inject({
        method: 'POST',
        url: '/api/public/uploads',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      })
    }
    const up = await form(photo, 'p.jpg', 'image/jpeg')
    expect(up.statusCode).toBe(201)
    const fake = await form(Buffer.from('%PDF-1.4 not an image'), 'evil.jpg', 'image/jpeg')
    expect(fake.statusCode).toBe(400)
    expect(fake.json().field).toBe('file')
    const sub = await submit({
      content: '路面破损严重，附照片。',
      regionCode: w.villageCode,
      photoIds: [up.json().id],
    })
    const { trackingCode, accessToken } = sub.json()
    const tracked = (await track(trackingCode, accessToken)).json()
    expect(tracked.photoIds).toEqual([up.json().id])
    const img = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${trackingCode}/photos/${up.json().id}`,
      headers: { 'x-access-token': accessToken },
    })
    const meta = await sharp(img.rawPayload).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(img.rawPayload.includes(Buffer.from('GPS-Secret-Model'))).toBe(false)
    // A photo cannot be attached twice.
    expect(
      (
        await submit({ content: '同一张照片再用一次。', regionCode: w.villageCode, photoIds: [up.json().id] })
      ).json().field,
    ).toBe('body.photoIds')
  })
})

describe('workflow rules', () => {
  it('two staff assigning the same item at once: one succeeds, the other gets 409', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const { id } = await submitItem({
      content: '桥面护栏松动存在安全隐患。',
      regionCode: w.villageCode,
    })
    await act(s.admin, id, 'accept')
    await act(s.admin, id, 'route', { tier: 'town' })
    const [a, b] = await Promise.all([
      act(s.town, id, 'assign', { leadUnitId: w.townUnit.id }),
      act(s.admin, id, 'assign', { leadUnitId: w.townUnit.id }),
    ])
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409])
    const events = await t.ctx.db
      .selectFrom('suggestion_events')
      .select('action')
      .where('suggestion_id', '=', id)
      .where('action', '=', 'assign')
      .execute()
    expect(events).toHaveLength(1)
    // A stale version is refused too.
    expect((await act(s.unit, id, 'sign', { version: 1 })).statusCode).toBe(409)
  })

  it('answers 409 for an action the state does not allow, 403 for a role that may not, 404 outside scope', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const other = await buildTown(t.ctx.db)
    const outsider = await login(
      t.app,
      (await buildUser(t.ctx.db, { role: 'town_staff', regionCode: other.townCode })).username,
      TEST_PASSWORD,
    )
    const { id } = await submitItem({
      content: '农田灌溉渠道堵塞需要疏通。',
      regionCode: w.villageCode,
    })
    expect((await act(s.town, id, 'sign')).statusCode).toBe(409)
    expect((await act(s.town, id, 'sign')).json().code).toBe('invalid_transition')
    expect((await outsider.get(`/api/suggestions/${id}`)).statusCode).toBe(404)
    expect((await act(outsider, id, 'accept')).statusCode).toBe(404)
    await act(s.town, id, 'accept')
    await act(s.town, id, 'route', { tier: 'county' })
    // County tier belongs to county staff: town staff may not assign it.
    expect((await act(s.town, id, 'assign', { leadUnitId: w.countyUnit.id })).statusCode).toBe(403)
    expect((await act(s.admin, id, 'assign', { leadUnitId: w.countyUnit.id })).statusCode).toBe(200)
    expect((await act(s.unit, id, 'sign')).statusCode).toBe(404)
    expect((await act(s.countyUnit, id, 'sign')).statusCode).toBe(200)
    expect((await act(s.countyUnit, id, 'review')).statusCode).toBe(409)
  })

  it('lets a unit return an item and ask for an extension; staff decide and the deadline moves by working days', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const { id } = await submitItem({
      content: '老旧小区屋顶漏水需要维修。',
      regionCode: w.villageCode,
    })
    await act(s.town, id, 'accept')
    await act(s.town, id, 'route', { tier: 'town' })
    await act(s.town, id, 'assign', { leadUnitId: w.townUnit.id })
    expect((await act(s.unit, id, 'return', {})).json().field).toBe('body.note')
    expect((await act(s.unit, id, 'return', { note: '不属于本单位职责' })).json().status).toBe('routed')
    expect((await act(s.unit, id, 'sign')).statusCode).toBe(404)
    await act(s.town, id, 'assign', { leadUnitId: w.townUnit.id })
    await act(s.unit, id, 'sign')
    const before = (await s.town.get(`/api/suggestions/${id}`)).json().timestamps.dueAt
    expect(
      (await act(s.unit, id, 'request-extension', { days: 30, note: '需要采购材料' })).json().field,
    ).toBe('body.days')
    expect((await act(s.unit, id, 'request-extension', { days: 3, note: '需要采购材料' })).statusCode).toBe(
      200,
    )
    expect((await s.town.get(`/api/suggestions/${id}`)).json().extensionRequest).toEqual({
      days: 3,
      reason: '需要采购材料',
    })
    expect((await act(s.town, id, 'decide-extension', { approve: true })).statusCode).toBe(200)
    const after = (await s.town.get(`/api/suggestions/${id}`)).json().timestamps.dueAt
    expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime() + 2 * 86_400_000)
    expect((await act(s.town, id, 'urge', { note: '请加快' })).statusCode).toBe(200)
    expect((await act(s.station, id, 'urge')).statusCode).toBe(404)
  })

  it('merges a duplicate: the follower sees the primary’s progress and gets the answer', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const a = (
      await submit({ content: '幸福路路灯坏了好几天，晚上很黑不安全。', regionCode: w.villageCode })
    ).json()
    const b = (
      await submit({
        content: '幸福路的路灯坏了，晚上太黑了不安全。',
        regionCode: w.villageCode,
        contact: { phone: '13700001111' },
      })
    ).json()
    const idOf = async (code: string) =>
      (
        await t.ctx.db
          .selectFrom('suggestions')
          .select('id')
          .where('tracking_code', '=', code)
          .executeTakeFirstOrThrow()
      ).id
    const [ida, idb] = [await idOf(a.trackingCode), await idOf(b.trackingCode)]
    // Duplicates are looked for right after the commit, by the job the submission woke, not in the request.
    expect((await s.town.get(`/api/suggestions/${idb}`)).json().duplicates).toEqual([])
    expect((await checkQueuedDuplicates(t.ctx.db)).checked).toBeGreaterThanOrEqual(2)
    const detailB = (await s.town.get(`/api/suggestions/${idb}`)).json()
    expect(detailB.duplicates.map((d: { id: string }) => d.id)).toContain(ida)
    expect((await act(s.town, idb, 'merge', { primaryId: ida })).json().status).toBe('rejected')
    for (const [action, body] of [
      ['accept', {}],
      ['route', { tier: 'town' }],
    ] as const)
      await act(s.town, ida, action, body)
    await act(s.town, ida, 'assign', { leadUnitId: w.townUnit.id })
    for (const action of ['sign', 'start']) await act(s.unit, ida, action)
    await act(s.unit, ida, 'reply', { answer: '路灯已全部修复。', outcome: 'A' })
    await act(s.town, ida, 'review')
    await act(s.town, ida, 'give-feedback')
    const followed = (await track(b.trackingCode, b.accessToken)).json()
    expect(followed).toMatchObject({
      status: 'feedback_given',
      answer: '路灯已全部修复。',
      mergedInto: { trackingCode: a.trackingCode },
    })
    const told = await t.ctx.db
      .selectFrom('notifications')
      .select('kind')
      .where('subject_id', '=', idb)
      .where('kind', '=', 'citizen.answered')
      .execute()
    expect(told).toHaveLength(1)
  })

  it('lets a dissatisfied citizen reopen once', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const { id, trackingCode, accessToken } = await submitItem({
      content: '河道有垃圾漂浮，需要清理。',
      regionCode: w.villageCode,
    })
    await act(s.station, id, 'accept').then(() => act(s.town, id, 'accept'))
    await act(s.town, id, 'answer-on-spot', { answer: '已通知保洁员当天清理。' })
    const hdr = { 'x-access-token': accessToken }
    const rate = (rating: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/suggestions/${trackingCode}/rating`,
        headers: hdr,
        payload: { rating },
      })
    const reopen = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/suggestions/${trackingCode}/reopen`,
        headers: hdr,
        payload: { reason: '垃圾还在' },
      })
    expect((await rate('dissatisfied')).json().status).toBe('closed')
    expect((await reopen()).json().status).toBe('routed')
    await act(s.town, id, 'assign', { leadUnitId: w.townUnit.id })
    for (const action of ['sign', 'start']) await act(s.unit, id, action)
    await act(s.unit, id, 'reply', { answer: '已彻底清理并安排每日巡查。', outcome: 'A' })
    await act(s.town, id, 'review')
    await act(s.town, id, 'give-feedback')
    expect((await rate('satisfied')).json()).toMatchObject({ status: 'closed', canReopen: false })
    expect((await reopen()).statusCode).toBe(409)
  })

  it('lets staff record an item on behalf of a citizen, within their scope only', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const other = await buildTown(t.ctx.db)
    const ok = await s.station.post('/api/suggestions', {
      channel: 'station',
      content: '群众反映菜市场周边占道经营。',
      consent: true,
      contact: { name: '李阿姨' },
    })
    expect(ok.statusCode).toBe(201)
    const item = (await s.station.get(`/api/suggestions?q=${encodeURIComponent('占道经营')}`)).json()
    expect(item.items.map((i: { trackingCode: string }) => i.trackingCode)).toContain(ok.json().trackingCode)
    const outside = await s.town.post('/api/suggestions', {
      channel: 'grid',
      content: '别的镇的事情别的镇的事情',
      consent: true,
      regionCode: other.villageCode,
    })
    expect(outside.statusCode).toBe(400)
    expect(outside.json().field).toBe('body.regionCode')
    expect(
      (
        await s.unit.post('/api/suggestions', {
          channel: 'grid',
          content: '单位不能录入单位不能录入',
          consent: true,
        })
      ).statusCode,
    ).toBe(403)
    expect(
      (
        await s.station.post('/api/suggestions', {
          channel: 'online',
          content: '线上渠道只能由群众提交',
          consent: true,
        })
      ).json().field,
    ).toBe('body.channel')
  })
})

describe('abuse protection', () => {
  it('limits public submissions per client address with a 429 problem', async () => {
    const limited = await createTestApp({ publicRateLimitPerMinute: 2 })
    try {
      const w = await buildLoopWorld(limited.ctx.db)
      const send = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/public/suggestions',
          headers: { 'idempotency-key': idempotencyKey() },
          payload: { content: '路灯不亮请维修一下', consent: true, regionCode: w.villageCode },
        })
      expect((await send()).statusCode).toBe(201)
      expect((await send()).statusCode).toBe(201)
      const third = await send()
      expect(third.statusCode).toBe(429)
      expect(third.json()).toMatchObject({ code: 'rate_limited' })
      expect(third.json().message.zh).toContain('秒后再试')
    } finally {
      await limited.close()
    }
  })
})

describe('reply attachments', () => {
  it('the lead unit attaches photos to its answer; the citizen sees them once the answer is sent', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const s = await sessions(w)
    const { id, trackingCode, accessToken } = await submitItem({
      content: '村道坑洼积水，雨天难行。',
      regionCode: w.villageCode,
      venueId: w.venue.id,
    })
    await act(s.town, id, 'accept')
    await act(s.town, id, 'route', { tier: 'town' })
    await act(s.town, id, 'assign', { leadUnitId: w.townUnit.id })
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a3' } })
      .png()
      .toBuffer()
    const upload = (session: Session) => {
      const boundary = '----lianxin-att'
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="done.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        photo,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      return session.request('POST', `/api/suggestions/${id}/attachments`, payload, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      })
    }
    // Not before the unit has signed for it; never for staff without a handling relation.
    expect((await upload(s.unit)).statusCode).toBe(409)
    await act(s.unit, id, 'sign')
    await act(s.unit, id, 'start')
    expect((await upload(s.station)).statusCode).toBe(403)
    expect((await upload(s.countyUnit)).statusCode).toBe(404)
    const added = await upload(s.unit)
    expect(added.statusCode).toBe(201)
    const fileId = added.json().id
    expect(
      (await s.town.get(`/api/suggestions/${id}`)).json().attachments.map((a: { id: string }) => a.id),
    ).toEqual([fileId])
    await act(s.unit, id, 'reply', { answer: '已修补路面并疏通排水沟。', outcome: 'A' })
    await act(s.town, id, 'review')
    expect((await track(trackingCode, accessToken)).json().attachmentIds).toEqual([])
    await act(s.town, id, 'give-feedback')
    expect((await track(trackingCode, accessToken)).json().attachmentIds).toEqual([fileId])
    const hdr = { 'x-access-token': accessToken }
    const img = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${trackingCode}/attachments/${fileId}`,
      headers: hdr,
    })
    expect(img.statusCode).toBe(200)
    expect((await sharp(img.rawPayload).metadata()).format).toBe('jpeg')
    // The citizen's photo route serves only their own photos.
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/public/suggestions/${trackingCode}/photos/${fileId}`,
          headers: hdr,
        })
      ).statusCode,
    ).toBe(404)
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .where('action', '=', 'suggestion.attachment.add')
      .execute()
    expect(audit).toHaveLength(1)
  })
})
