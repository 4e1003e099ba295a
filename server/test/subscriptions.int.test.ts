import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scheduledJobs } from '../src/modules/index.ts'
import { fanOut, SETTLE_MS } from '../src/modules/subscriptions/fanout.ts'
import { runJob } from '../src/platform/jobs.ts'
import { createTestApp, type TestApp } from './harness.ts'
import { type LoopWorld, loopWorld, submitItem } from './loop-items.ts'
import { publish } from './publication-factories.ts'

/**
 * Subscriptions (关注): a code by SMS through a real webhook receiver, confirmation, the fan-out job (one message
 * per subscriber and update, whatever the runs and nodes), unsubscribing, and the Atom feeds.
 */

const SECRET = 'subscription-test-secret-0123456789'
let t: TestApp
let server: http.Server
let w: LoopWorld
const received: Record<string, string>[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`
  t = await createTestApp({
    webhookUrl: url,
    webhookSecret: SECRET,
    publicBaseUrl: 'https://lianxin.example.cn',
  })
  ;({ w } = await loopWorld(t))
})
afterAll(async () => {
  await t?.close()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const job = (name: string) => scheduledJobs.find((j) => j.name === name)!
const deliver = () => runJob(t.ctx, job('deliver_notifications'), new Date())
const later = () => new Date(Date.now() + SETTLE_MS + 1000)
const fanout = () => runJob(t.ctx, job('subscription_fanout'), later())

const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload })

/** Subscribes `phone` to a target and confirms it with the code the receiver got. */
async function follow(phone: string, target: { type: string; id: string }) {
  const asked = await post('/api/public/subscriptions', { target, phone })
  expect(asked.statusCode, asked.body).toBe(202)
  expect(asked.json()).toEqual({ smsAvailable: true, codeValidMinutes: 10 })
  await deliver()
  const sms = received.filter((r) => r.kind === 'subscription.code' && r.phone === phone).at(-1)!
  expect(sms).toBeDefined()
  const code = /(\d{6})/.exec(sms.body!)![1]!
  const confirmed = await post('/api/public/subscriptions/confirm', { phone, code })
  expect(confirmed.statusCode, confirmed.body).toBe(200)
  return confirmed.json() as { unsubscribeToken: string; unsubscribeUrl: string; target: { name: string } }
}

const updatesTo = (phone: string) =>
  received.filter((r) => r.kind === 'subscription.update' && r.phone === phone)

describe('subscriptions (关注)', () => {
  it('confirms by a code, then sends each new item of the town once per subscriber, until unsubscribed', async () => {
    // Earlier news is never sent to new subscribers.
    await publish(t.ctx.db, (await submitItem(t, w)).id, { publishedAt: new Date(Date.now() - 3600_000) })
    const a = await follow('13700001111', { type: 'town', id: w.townCode })
    const b = await follow('13700002222', { type: 'town', id: w.townCode })
    expect(a.target.name).toMatch(/^测试镇/)
    expect(a.unsubscribeUrl).toBe(`/follow/unsubscribe?token=${a.unsubscribeToken}`)
    // The phone is stored encrypted, with a hash and a masked copy; never in the outbox or the audit log.
    const rows = await t.ctx.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('status', '=', 'active')
      .execute()
    expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(rows)).not.toContain('13700001111')
    const outbox = await t.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('subject_type', '=', 'subscription')
      .execute()
    expect(JSON.stringify(outbox)).not.toContain('13700001111')
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_type', '=', 'subscription')
      .execute()
    expect(audits.length).toBeGreaterThanOrEqual(4)
    expect(JSON.stringify(audits)).not.toContain('13700001111')

    const item = await submitItem(t, w)
    await publish(t.ctx.db, item.id)
    // Two nodes at once, then once more: one message per subscriber.
    await Promise.all([fanout(), fanout()])
    await fanout()
    await deliver()
    expect(updatesTo('13700001111')).toHaveLength(1)
    expect(updatesTo('13700002222')).toHaveLength(1)
    const sms = updatesTo('13700001111')[0]!
    expect(sms.body).toContain(`https://lianxin.example.cn/answers/${item.id}`)
    expect(sms.body).toContain(`https://lianxin.example.cn/follow/unsubscribe?token=${a.unsubscribeToken}`)

    // Unsubscribing stops them (and answers the same a second time).
    const off = await post('/api/public/subscriptions/unsubscribe', { token: a.unsubscribeToken })
    expect(off.statusCode, off.body).toBe(200)
    expect(off.json()).toMatchObject({ ended: true, target: { type: 'town', id: w.townCode } })
    expect(
      (await post('/api/public/subscriptions/unsubscribe', { token: a.unsubscribeToken })).statusCode,
    ).toBe(200)
    expect((await post('/api/public/subscriptions/unsubscribe', { token: 'x'.repeat(43) })).statusCode).toBe(
      404,
    )
    await publish(t.ctx.db, (await submitItem(t, w)).id)
    await fanout()
    await deliver()
    expect(updatesTo('13700001111')).toHaveLength(1)
    expect(updatesTo('13700002222')).toHaveLength(2)
    expect(b.unsubscribeToken).not.toBe(a.unsubscribeToken)
  })

  it('sends a followed item’s public news: status changes and the published answer', async () => {
    const item = await submitItem(t, w)
    await publish(t.ctx.db, item.id, { publishedAt: new Date(Date.now() - 60_000) })
    await fanout()
    await follow('13700003333', { type: 'item', id: item.id })
    // A public status change after publication.
    await t.ctx.db
      .insertInto('suggestion_events')
      .values({
        suggestion_id: item.id,
        action: 'accept',
        from_status: 'submitted',
        to_status: 'accepted',
        actor_name: '测试',
        public: true,
        county_code: '330521000000',
      })
      .execute()
    await fanout()
    await t.ctx.db
      .updateTable('suggestion_publications')
      .set({ answer: '已安排维修。', answer_published_at: new Date() })
      .where('suggestion_id', '=', item.id)
      .execute()
    await fanout()
    await fanout()
    await deliver()
    const got = updatesTo('13700003333')
    expect(got.map((g) => g.body!.split('：')[0]).sort()).toEqual(
      ['您关注的事项已受理', '您关注的事项已公开答复'].sort(),
    )
  })

  it('continues a large audience over several bounded runs without sending twice', async () => {
    const { townCode } = w
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const id = crypto.randomUUID()
      ids.push(id)
      await t.ctx.db
        .insertInto('subscriptions')
        .values({
          id,
          target_type: 'town',
          target_id: townCode,
          status: 'active',
          phone_enc: t.ctx.cipher.encrypt(`1360000000${i}`),
          phone_hash: t.ctx.cipher.lookupHash(`1360000000${i}`),
          phone_masked: '136****000',
          confirmed_at: new Date(Date.now() - 1000),
          county_code: '330521000000',
        })
        .execute()
    }
    const item = await submitItem(t, w)
    await publish(t.ctx.db, item.id)
    const token = (id: string) => t.ctx.cipher.lookupHash(`subscription-unsubscribe:${id}`)
    const runs = []
    for (let i = 0; i < 4; i++)
      runs.push(await fanOut(t.ctx.db, '330521000000', 'https://x', token, later(), 2))
    const messages = await t.ctx.db
      .selectFrom('notifications')
      .select('recipient_id')
      .where('kind', '=', 'subscription.update')
      .where('recipient_id', 'in', ids)
      .execute()
    expect(messages.map((m) => m.recipient_id).sort()).toEqual([...ids].sort())
    expect(runs.map((r) => r.messages).slice(0, 3)).toEqual([2, 2, 2])
  })

  it('refuses wrong codes and unknown targets; answers every phone alike', async () => {
    const wrongTarget = await post('/api/public/subscriptions', {
      target: { type: 'town', id: '330521999000' },
      phone: '13700004444',
    })
    expect(wrongTarget.statusCode).toBe(400)
    expect(JSON.stringify(wrongTarget.json())).toContain('body.target.id')
    const badPhone = await post('/api/public/subscriptions', {
      target: { type: 'town', id: w.townCode },
      phone: '1',
    })
    expect(badPhone.statusCode).toBe(400)
    expect(
      (
        await post('/api/public/subscriptions', {
          target: { type: 'category', id: 'traffic' },
          phone: '13700004444',
        })
      ).statusCode,
    ).toBe(202)
    const wrong = await post('/api/public/subscriptions/confirm', { phone: '13700004444', code: '000000' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().message.zh).toContain('验证码')
    const none = await post('/api/public/subscriptions/confirm', { phone: '13700005555', code: '000000' })
    expect(none.statusCode).toBe(400)
  })

  it('serves Atom feeds of a town and a category, with no personal data', async () => {
    const item = await submitItem(t, w, { phone: '13700006666' })
    await t.ctx.db
      .updateTable('suggestions')
      .set({ category_code: 'traffic' })
      .where('id', '=', item.id)
      .execute()
    await publish(t.ctx.db, item.id, {
      question: '村口路灯<坏了> & 晚上看不清路',
      answer: '已修复。',
      answerPublishedAt: new Date(),
    })
    for (const url of [
      `/api/public/feeds/towns/${w.townCode}.atom`,
      '/api/public/feeds/categories/traffic.atom',
    ]) {
      const res = await t.app.inject({ method: 'GET', url })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toContain('application/atom+xml')
      const xml = res.body
      // Parses as XML (strict), in the Atom namespace, with the entry escaped.
      const names: string[] = []
      const texts: string[] = []
      const parser = new SaxesParser({ xmlns: true })
      parser.on('opentag', (tag) => names.push(`${tag.uri}|${tag.local}`))
      parser.on('text', (text) => texts.push(text))
      parser.write(xml).close()
      expect(names[0]).toBe('http://www.w3.org/2005/Atom|feed')
      expect(texts.join('')).toContain('村口路灯<坏了> & 晚上看不清路')
      expect(xml).toContain(`href="https://lianxin.example.cn/answers/${item.id}"`)
      expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00<\/updated>/)
      expect(xml).not.toContain('13700006666')
      expect(xml).not.toContain(item.trackingCode)
      expect((xml.match(/<entry>/g) ?? []).length).toBeLessThanOrEqual(50)
    }
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/public/feeds/towns/330521999000.atom' })).statusCode,
    ).toBe(404)
  })
})

describe('subscriptions without an SMS gateway', () => {
  it('answers smsAvailable false and keeps nothing', async () => {
    const bare = await createTestApp()
    try {
      const { w: world } = await loopWorld(bare)
      const res = await bare.app.inject({
        method: 'POST',
        url: '/api/public/subscriptions',
        payload: { target: { type: 'town', id: world.townCode }, phone: '13700007777' },
      })
      expect(res.statusCode).toBe(202)
      expect(res.json().smsAvailable).toBe(false)
      expect(await bare.ctx.db.selectFrom('subscriptions').selectAll().execute()).toHaveLength(0)
    } finally {
      await bare.close()
    }
  })
})
