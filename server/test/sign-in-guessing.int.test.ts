import * as OTPAuth from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type TestApp } from './harness.ts'

/** Sign-in that resists guessing: parallel guesses, wrong second-factor codes, floods from one address. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const loginRaw = (app: TestApp, username: string, password: string, extra: Record<string, unknown> = {}) =>
  app.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...extra } })

const loginAudit = (userId: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['result', 'detail'])
    .where('target_id', '=', userId)
    .where('action', '=', 'auth.login')
    .execute()

const reasonOf = (detail: unknown) =>
  ((typeof detail === 'string' ? JSON.parse(detail) : detail) as { reason?: string }).reason

describe('sign-in resists guessing', () => {
  it('checks no more passwords than the limit when 20 wrong ones arrive at once, and the lock holds', async () => {
    const user = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: '330521000000' })
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => loginRaw(t, user.username, `Wrong-pass-${i}`)),
    )
    const codes = answers.map((a) => a.statusCode)
    expect(codes.every((c) => c === 401 || c === 423)).toBe(true)
    expect(codes.filter((c) => c === 423).length).toBeGreaterThanOrEqual(15)
    const audit = await loginAudit(user.id)
    // Each checked password leaves a 'wrong_password' failure; the limit is 5.
    expect(audit.filter((a) => reasonOf(a.detail) === 'wrong_password')).toHaveLength(5)
    expect(audit.filter((a) => a.result === 'denied')).toHaveLength(15)
    const row = await t.ctx.db
      .selectFrom('users')
      .select('locked_until')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow()
    expect(new Date(row.locked_until!).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    expect((await loginRaw(t, user.username, TEST_PASSWORD)).statusCode).toBe(423)
  })

  it('counts wrong second-factor codes as failed sign-ins, but not a missing one', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    const setup = await s.post('/api/auth/totp/setup')
    const totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(setup.json().secret),
      digits: 6,
      period: 30,
    })
    expect((await s.post('/api/auth/totp/enable', { code: totp.generate() })).statusCode).toBe(200)
    const wrong = totp.generate() === '000000' ? '111111' : '000000'
    // Asking for the code is not a guess: any number of these leave the count alone.
    for (let i = 0; i < 6; i++) {
      expect((await loginRaw(t, user.username, TEST_PASSWORD)).json().code).toBe('totp_required')
    }
    for (let i = 0; i < 4; i++) {
      const res = await loginRaw(t, user.username, TEST_PASSWORD, { totp: wrong })
      expect(res.statusCode).toBe(401)
      expect(res.json()).toMatchObject({ code: 'totp_required', field: 'totp' })
    }
    const fifth = await loginRaw(t, user.username, TEST_PASSWORD, { totp: wrong })
    expect(fifth.statusCode).toBe(423)
    expect(fifth.json().code).toBe('account_locked')
    expect((await loginRaw(t, user.username, TEST_PASSWORD, { totp: totp.generate() })).statusCode).toBe(423)
  })

  it('limits sign-ins per address with 429 and Retry-After', async () => {
    const limited = await createTestApp({ loginRateLimitPerMinute: 3 })
    try {
      const user = await buildUser(limited.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
      for (let i = 0; i < 3; i++) {
        expect((await loginRaw(limited, user.username, TEST_PASSWORD)).statusCode).toBe(200)
      }
      const fourth = await loginRaw(limited, user.username, TEST_PASSWORD)
      expect(fourth.statusCode).toBe(429)
      expect(fourth.json().code).toBe('rate_limited')
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0)
    } finally {
      await limited.close()
    }
  })
})

describe('signing in again', () => {
  it('works with an old session cookie and no CSRF token, and ends the old session', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const old = await login(t.app, user.username, TEST_PASSWORD)
    expect((await old.get('/api/auth/me')).statusCode).toBe(200)
    // The login page opened in an old tab: the browser sends the old cookie, the page has no CSRF token.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: old.cookie },
      payload: { username: user.username, password: TEST_PASSWORD },
    })
    expect(again.statusCode).toBe(200)
    expect((await old.get('/api/auth/me')).statusCode).toBe(401)
    // Other writes still need the token.
    const fresh = again.cookies.find((c) => c.name === 'lx_session')!
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `lx_session=${fresh.value}` },
    })
    expect(write.statusCode).toBe(403)
    expect(write.json().code).toBe('csrf_failed')
  })
})
