import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCounty, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/** Input a database cannot hold or should not see answers 400 naming the field, never 500. */

let t: TestApp
let admin: Session
beforeAll(async () => {
  t = await createTestApp()
  await buildCounty(t.ctx.db)
  const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
  admin = await login(t.app, user.username, TEST_PASSWORD)
})
afterAll(async () => t.close())

const submit = (body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/suggestions',
    headers: { 'idempotency-key': idempotencyKey() },
    payload: { consent: true, ...body },
  })

function expectField(res: { statusCode: number; json: () => any }, field: string) {
  expect(res.statusCode).toBe(400)
  expect(res.json()).toMatchObject({ code: 'validation_error', field })
  expect(res.json().message.zh).toBeTruthy()
  expect(res.json().message.en).toBeTruthy()
}

describe('control characters', () => {
  it('refuses a NUL byte in a public submission, naming the field, and saves nothing', async () => {
    const before = await t.ctx.db
      .selectFrom('suggestions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst()
    expectField(await submit({ content: '路灯坏了很久了\u0000请修' }), 'body.content')
    expectField(await submit({ content: '路灯坏了很久了请修', category: 'x\u0000' }), 'body.category')
    const after = await t.ctx.db
      .selectFrom('suggestions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst()
    expect(Number(after?.n)).toBe(Number(before?.n))
  })

  it('keeps line breaks and tabs in text, which are text', async () => {
    const res = await submit({ content: '第一行：路灯坏了\n第二行：\t请尽快修复' })
    expect(res.statusCode).toBe(201)
  })

  it('refuses control characters in sign-in, staff queries and search text', async () => {
    expectField(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin\u0000', password: 'Whatever-1' },
      }),
      'body.username',
    )
    expectField(await admin.get(`/api/suggestions?q=${encodeURIComponent('路灯\u0000')}`), 'query.q')
    expectField(await admin.get(`/api/deputies?q=${encodeURIComponent('\u0007')}`), 'query.q')
    expectField(await admin.get(`/api/public/venues?q=${encodeURIComponent('站\u0000')}`), 'query.q')
  })
})

describe('dates', () => {
  it('refuses instants outside the years a record can have, naming the field', async () => {
    expectField(await admin.get('/api/suggestions?from=0000-01-01T00:00:00Z'), 'query.from')
    expectField(await admin.get('/api/suggestions?to=9999-12-31T00:00:00Z'), 'query.to')
    expect((await admin.get('/api/suggestions?from=2026-01-01T00:00:00Z')).statusCode).toBe(200)
  })
})

describe('sign-in before the body', () => {
  it('answers an anonymous caller 401, not a 400 about a body it may not send at all', async () => {
    const id = '00000000-0000-4000-8000-000000000000'
    for (const [url, payload] of [
      [`/api/suggestions/${id}/accept`, { bogus: true }],
      ['/api/venues', { name: 1 }],
      ['/api/users', {}],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url, payload })
      expect(res.statusCode, url).toBe(401)
      expect(res.json().code).toBe('unauthenticated')
    }
    // Public routes still read the body first.
    expectField(await submit({ content: 1 }), 'body.content')
  })

  it('answers a role that may not use the route 403 before reading its body, even one that is not JSON', async () => {
    const unit = await buildUser(t.ctx.db, { role: 'integrity_liaison', regionCode: '330521000000' })
    const liaison = await login(t.app, unit.username, TEST_PASSWORD)
    for (const payload of ['{"content": ', '{"channel": 7}']) {
      const res = await liaison.request('POST', '/api/suggestions', payload, {
        'content-type': 'application/json',
      })
      expect(res.statusCode, payload).toBe(403)
      expect(res.json().code).toBe('forbidden')
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/api/suggestions',
        headers: { 'content-type': 'application/json' },
        payload,
      })
      expect(anonymous.json().code).toBe('unauthenticated')
    }
    // Whom the route lets in is told what is wrong with the same bodies.
    expect(
      (
        await admin.request('POST', '/api/suggestions', '{"content": ', {
          'content-type': 'application/json',
        })
      ).statusCode,
    ).toBe(400)
  })
})

describe('tracking look-ups', () => {
  it('limits guesses at a tracking link per address with 429 and Retry-After', async () => {
    const limited = await createTestApp({ trackingRateLimitPerMinute: 3 })
    try {
      const look = () =>
        limited.app.inject({
          method: 'GET',
          url: '/api/public/suggestions/DQ261129ABCDEF',
          headers: { 'x-access-token': 'a-wrong-token-guess' },
        })
      for (let i = 0; i < 3; i++) expect((await look()).statusCode).toBe(404)
      const fourth = await look()
      expect(fourth.statusCode).toBe(429)
      expect(fourth.json().code).toBe('rate_limited')
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0)
    } finally {
      await limited.close()
    }
  })
  it('limits failed guesses at one tracking code from any number of addresses, not its owner', async () => {
    const limited = await createTestApp({ trackingCodeRateLimitPerMinute: 3 })
    try {
      await buildCounty(limited.ctx.db)
      const created = await limited.app.inject({
        method: 'POST',
        url: '/api/public/suggestions',
        headers: { 'idempotency-key': idempotencyKey() },
        payload: { consent: true, content: '村口的路灯坏了，晚上很黑' },
      })
      expect(created.statusCode).toBe(201)
      const { trackingCode, accessToken } = created.json()
      let address = 0
      /** Each call from another address: the per-address limit cannot be what answers. */
      const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
        limited.app.inject({
          method,
          url,
          remoteAddress: `10.0.${Math.floor(address / 250)}.${(address++ % 250) + 1}`,
          headers: { 'x-access-token': token },
          ...(payload ? { payload } : {}),
        })
      const track = (token: string, code = trackingCode) =>
        call('GET', `/api/public/suggestions/${code}`, token)
      // The owner looks as often as they like: right answers never count.
      for (let i = 0; i < 5; i++) expect((await track(accessToken)).statusCode).toBe(200)
      // Wrong guesses count, whichever of the code's routes they try.
      expect((await track('a-wrong-token-guess-1')).statusCode).toBe(404)
      expect(
        (
          await call('POST', `/api/public/suggestions/${trackingCode}/rating`, 'a-wrong-token-2', {
            rating: 'satisfied',
          })
        ).statusCode,
      ).toBe(404)
      expect(
        (
          await call('POST', `/api/public/suggestions/${trackingCode}/reopen`, 'a-wrong-token-3', {
            reason: '没有修好',
          })
        ).statusCode,
      ).toBe(404)
      const over = await track('a-wrong-token-guess-4')
      expect(over.statusCode).toBe(429)
      expect(over.json().code).toBe('rate_limited')
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0)
      expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60)
      // For the rest of the minute the code answers nobody, or the limit would tell the right token apart.
      expect((await track(accessToken)).statusCode).toBe(429)
      const photo = `/api/public/suggestions/${trackingCode}/photos/00000000-0000-4000-8000-000000000000`
      expect((await call('GET', photo, 'a-wrong-token-guess-5')).statusCode).toBe(429)
      // Another code is not affected.
      expect((await track('a-wrong-token-guess-6', 'DQ261129ABCDEF')).statusCode).toBe(404)
    } finally {
      await limited.close()
    }
  })
})
