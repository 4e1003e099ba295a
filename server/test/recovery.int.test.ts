import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scheduledJobs } from '../src/modules/index.ts'
import { signBody } from '../src/platform/delivery.ts'
import { runJob } from '../src/platform/jobs.ts'
import { invalidateReferenceCaches } from '../src/platform/reference-cache.ts'
import { createTestApp, type TestApp } from './harness.ts'
import { buildLoopWorld, idempotencyKey } from './suggestion-factories.ts'

/** Finding one's items again by phone: a code by SMS through a real webhook receiver, then the items. */

const SECRET = 'recovery-test-secret-0123456789'
let t: TestApp
let server: http.Server
let world: Awaited<ReturnType<typeof buildLoopWorld>>
const received: { headers: http.IncomingHttpHeaders; raw: string; body: Record<string, string> }[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      received.push({ headers: req.headers, raw, body: JSON.parse(raw) })
      res.statusCode = 200
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`
  t = await createTestApp({ webhookUrl: url, webhookSecret: SECRET, recoveryCodesPerPhonePerHour: 3 })
  world = await buildLoopWorld(t.ctx.db)
})
afterAll(async () => {
  await t?.close()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const deliveryJob = () => scheduledJobs.find((j) => j.name === 'deliver_notifications')!

async function submitWithPhone(phone: string, content: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/public/suggestions',
    headers: { 'idempotency-key': idempotencyKey() },
    payload: {
      consent: true,
      content,
      venueId: world.venue.id,
      regionCode: world.villageCode,
      contact: { name: '李四', phone },
    },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json() as { trackingCode: string; accessToken: string }
}

const requestCode = (phone: string, app = t) =>
  app.app.inject({ method: 'POST', url: '/api/public/recovery/codes', payload: { phone } })
const verify = (phone: string, code: string, app = t) =>
  app.app.inject({ method: 'POST', url: '/api/public/recovery/verify', payload: { phone, code } })

/** Runs the delivery job and returns the codes the receiver got for `phone`. */
async function deliveredCodes(phone: string): Promise<string[]> {
  await runJob(t.ctx, deliveryJob(), new Date())
  return received
    .filter((r) => r.body.kind === 'citizen.recovery_code' && r.body.phone === phone)
    .map((r) => /(\d{6})/.exec(r.body.body)![1]!)
}

const codeRows = (phone: string) =>
  t.ctx.db
    .selectFrom('recovery_codes')
    .selectAll()
    .where('phone_hash', '=', t.ctx.cipher.lookupHash(phone))
    .orderBy('created_at', 'desc')
    .execute()

describe('recovery codes', () => {
  it('answers an unknown phone exactly as a known one, and sends the code only to the known one', async () => {
    const known = '13900001111'
    const unknown = '13900002222'
    await submitWithPhone(known, '小区门口的下水道堵塞，雨天积水严重，请派人疏通。')
    const a = await requestCode(known)
    const b = await requestCode(unknown)
    expect(a.statusCode).toBe(202)
    expect(b.statusCode).toBe(202)
    expect(a.body).toBe(b.body)
    expect(a.json()).toEqual({ smsAvailable: true, codeValidMinutes: 10 })
    expect((await t.app.inject({ method: 'GET', url: '/api/public/recovery' })).json()).toEqual({
      smsAvailable: true,
      codeValidMinutes: 10,
    })
    // The same work for both: a code row each, stored hashed (no six digits in clear).
    const [knownRow] = await codeRows(known)
    const [unknownRow] = await codeRows(unknown)
    expect(knownRow).toBeDefined()
    expect(unknownRow).toBeDefined()
    expect(knownRow!.code_hash).not.toMatch(/^\d{6}$/)

    const codes = await deliveredCodes(known)
    expect(codes).toHaveLength(1)
    expect(await deliveredCodes(unknown)).toEqual([])
    const sms = received.find((r) => r.body.kind === 'citizen.recovery_code')!
    expect(sms.headers['x-lianxin-signature']).toBe(
      signBody(SECRET, String(sms.headers['x-lianxin-timestamp']), sms.raw),
    )
    expect(sms.body.recipient).toEqual({ type: 'citizen', id: knownRow!.id })

    // Audited, without the phone number anywhere in the rows.
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'recovery.request_code')
      .where('target_id', 'in', [knownRow!.id, unknownRow!.id])
      .execute()
    expect(audits).toHaveLength(2)
    expect(JSON.stringify(audits)).not.toContain(known)
    expect(JSON.stringify(audits)).not.toContain(unknown)
  })

  it('verifies the code and gives the items with new access keys; the original link keeps working', async () => {
    const phone = '13900003333'
    const first = await submitWithPhone(phone, '公园健身器材损坏，老人使用有安全隐患，希望更换。')
    const second = await submitWithPhone(`+86 ${phone}`, '菜市场周边早上乱停车，道路经常堵塞。')
    await submitWithPhone('13900009999', '别人的意见，不应出现在列表中。')
    expect((await requestCode(phone)).statusCode).toBe(202)
    const [code] = await deliveredCodes(phone)
    const res = await verify(phone, code!)
    expect(res.statusCode, res.body).toBe(200)
    const { items } = res.json() as {
      items: {
        trackingCode: string
        accessToken: string
        trackingUrl: string
        status: string
        summary: string
      }[]
    }
    expect(items.map((i) => i.trackingCode).sort()).toEqual([first.trackingCode, second.trackingCode].sort())
    for (const item of items) {
      expect(item.status).toBe('submitted')
      expect(item.trackingUrl).toBe(`/track/${item.trackingCode}#key=${item.accessToken}`)
      const tracked = await t.app.inject({
        method: 'GET',
        url: `/api/public/suggestions/${item.trackingCode}`,
        headers: { 'x-access-token': item.accessToken },
      })
      expect(tracked.statusCode).toBe(200)
    }
    const original = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${first.trackingCode}`,
      headers: { 'x-access-token': first.accessToken },
    })
    expect(original.statusCode).toBe(200)
    // A key of one item opens no other.
    const crossed = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${first.trackingCode}`,
      headers: { 'x-access-token': items.find((i) => i.trackingCode === second.trackingCode)!.accessToken },
    })
    expect(crossed.statusCode).toBe(404)
    // Used once: the same code no longer works.
    const again = await verify(phone, code!)
    expect(again.statusCode).toBe(400)
    expect(again.json().field).toBe('body.code')
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['result', 'detail'])
      .where('action', '=', 'recovery.verify')
      .where('result', '=', 'success')
      .execute()
    expect(audit.map((a) => (typeof a.detail === 'string' ? JSON.parse(a.detail) : a.detail))).toContainEqual(
      {
        items: 2,
      },
    )
  })

  it('refuses a wrong code naming the field, counts the attempts and ends the code after five', async () => {
    const phone = '13900004444'
    await submitWithPhone(phone, '路口红绿灯时间太短，行人过马路来不及。')
    await requestCode(phone)
    const [code] = await deliveredCodes(phone)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 1; i <= 4; i++) {
      const res = await verify(phone, wrong)
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ code: 'validation_error', field: 'body.code' })
      expect(res.json().message.zh).toContain('验证码不正确')
      expect((await codeRows(phone))[0]!.attempts).toBe(i)
    }
    const fifth = await verify(phone, wrong)
    expect(fifth.json().message.zh).toContain('已失效')
    // Even the right code is refused now.
    const right = await verify(phone, code!)
    expect(right.statusCode).toBe(400)
    expect(right.json().field).toBe('body.code')
    expect(right.json().message.zh).toContain('已输错 5 次')
    const failures = await t.ctx.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'recovery.verify')
      .where('result', '=', 'failure')
      .where('target_id', '=', (await codeRows(phone))[0]!.id)
      .execute()
    expect(failures).toHaveLength(6)
  })

  it('says plainly when a code has expired', async () => {
    const phone = '13900005555'
    await submitWithPhone(phone, '街道垃圾桶太少，垃圾经常溢出。')
    await requestCode(phone)
    const [code] = await deliveredCodes(phone)
    const [row] = await codeRows(phone)
    await t.ctx.db
      .updateTable('recovery_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', row!.id)
      .execute()
    const res = await verify(phone, code!)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ field: 'body.code' })
    expect(res.json().message.zh).toContain('已过期')
  })

  it('refuses a malformed phone or code naming the field', async () => {
    const bad = await requestCode('12345')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().field).toBe('body.phone')
    const badCode = await verify('13900001111', '12ab56')
    expect(badCode.statusCode).toBe(400)
    expect(badCode.json().field).toBe('body.code')
  })

  it('limits codes per phone (known or not) with 429 and Retry-After', async () => {
    const phone = '13900006666'
    for (let i = 0; i < 3; i++) expect((await requestCode(phone)).statusCode).toBe(202)
    const over = await requestCode(phone)
    expect(over.statusCode).toBe(429)
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(3000)
    expect(await codeRows(phone)).toHaveLength(3)
  })
})

describe('recovery limits and availability', () => {
  it('limits requests per client address', async () => {
    const limited = await createTestApp({
      webhookUrl: 'http://127.0.0.1:9/none',
      webhookSecret: SECRET,
      publicRateLimitPerMinute: 2,
    })
    try {
      expect((await requestCode('13700000001', limited)).statusCode).toBe(202)
      expect((await requestCode('13700000002', limited)).statusCode).toBe(202)
      expect((await requestCode('13700000003', limited)).statusCode).toBe(429)
    } finally {
      await limited.close()
    }
  })

  it('says that SMS is not available, for every phone, when no webhook is configured', async () => {
    const bare = await createTestApp()
    try {
      const res = await requestCode('13900001111', bare)
      expect(res.statusCode).toBe(202)
      expect(res.json()).toEqual({ smsAvailable: false, codeValidMinutes: 10 })
      // The page can say so before anyone types a number.
      const info = await bare.app.inject({ method: 'GET', url: '/api/public/recovery' })
      expect(info.json()).toEqual({ smsAvailable: false, codeValidMinutes: 10 })
      expect(await bare.ctx.db.selectFrom('recovery_codes').select('id').execute()).toEqual([])
    } finally {
      await bare.close()
    }
  })
})

describe('what happens next', () => {
  it('tracking carries the acceptance deadline and the answer time limit from the clocks fixed at intake', async () => {
    // The county's default time limit, set to a figure of this test's own.
    await t.ctx.db
      .deleteFrom('time_limits')
      .where('tier', '=', 'default')
      .where('category_code', '=', '')
      .execute()
    await t.ctx.db
      .insertInto('time_limits')
      .values({
        tier: 'default',
        category_code: '',
        completion_working_days: 9,
        max_extension_working_days: 5,
        escalate_after_working_days: 2,
        rating_window_days: 7,
      })
      .execute()
    invalidateReferenceCaches()
    const item = await submitWithPhone('13900007777', '希望在村里增设公交站台，方便老人出行。')
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${item.trackingCode}`,
      headers: { 'x-access-token': item.accessToken },
    })
    expect(res.statusCode).toBe(200)
    const row = await t.ctx.db
      .selectFrom('suggestions')
      .select(['same_day_due_at', 'due_at'])
      .where('tracking_code', '=', item.trackingCode)
      .executeTakeFirstOrThrow()
    expect(res.json().nextSteps).toEqual({
      acceptBy: new Date(row.same_day_due_at).toISOString(),
      answerWithinWorkingDays: 9,
      answerBy: null,
    })
    // One name for the state: the chip and the step that brought the item into it.
    expect(res.json().statusLabel).toEqual({ zh: '已提交', en: 'Submitted' })
    expect(res.json().timeline.at(-1).title).toEqual(res.json().statusLabel)
  })
})

describe('the codes sweep', () => {
  it('takes the code out of the outbox once it is used or expired, and gives up an undelivered one', async () => {
    const phone = '13900009191'
    await submitWithPhone(phone, '小区电梯经常故障，请督促物业及时维修。')
    await requestCode(phone)
    const [code] = await deliveredCodes(phone)
    const [used] = await codeRows(phone)
    expect((await verify(phone, code!)).statusCode).toBe(200)
    // A second code, never delivered, expires.
    await requestCode(phone)
    const [stale] = await codeRows(phone)
    await t.ctx.db
      .updateTable('recovery_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', stale!.id)
      .execute()
    const job = scheduledJobs.find((j) => j.name === 'recovery_codes')!
    await runJob(t.ctx, job, new Date())
    const rows = await t.ctx.db
      .selectFrom('notifications')
      .select(['subject_id', 'body', 'status'])
      .where('subject_type', '=', 'recovery_code')
      .where('subject_id', 'in', [used!.id, stale!.id])
      .execute()
    expect(rows).toHaveLength(2)
    for (const row of rows) expect(row.body).not.toMatch(/\d{6}/)
    expect(rows.find((r) => r.subject_id === used!.id)!.status).toBe('sent')
    expect(rows.find((r) => r.subject_id === stale!.id)!.status).toBe('failed')
  })

  it('removes codes asked for more than a day ago, and only those', async () => {
    const phone = '13900008888'
    await requestCode(phone)
    await requestCode(phone)
    const [newer, older] = await codeRows(phone)
    await t.ctx.db
      .updateTable('recovery_codes')
      .set({ created_at: new Date(Date.now() - 25 * 3600_000) })
      .where('id', '=', older!.id)
      .execute()
    const job = scheduledJobs.find((j) => j.name === 'recovery_codes')!
    const result = await runJob(t.ctx, job, new Date())
    expect(result.removed).toBeGreaterThanOrEqual(1)
    expect((await codeRows(phone)).map((r) => r.id)).toEqual([newer!.id])
  })
})
