import * as OTPAuth from 'otpauth'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { authModule } from '../src/modules/auth/index.ts'
import { runJob } from '../src/platform/jobs.ts'
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

describe('the lock does not tell which names are accounts', () => {
  const MINUTE = 60_000
  /** Answers to sign-in attempts made at a fixed clock, with a fixed request id: all that could differ. */
  async function attempts(username: string, start: number, count: number) {
    const answers = []
    for (let i = 0; i < count; i++) {
      vi.setSystemTime(start + i * 1000)
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-request-id': `probe-attempt-${i}` },
        payload: { username, password: `Wrong-pass-${i}` },
      })
      const { date: _date, ...headers } = res.headers
      answers.push({ status: res.statusCode, headers, body: res.body })
    }
    return answers
  }

  /**
   * A name's attempts: six wrong ones in a row (locked at the fifth), one after the lock has ended, three more
   * (four failures in all), then one after a day's pause, which counts from one again.
   */
  async function probe(username: string) {
    const start = Date.UTC(2026, 0, 5, 2, 0, 0)
    return [
      ...(await attempts(username, start, 6)),
      ...(await attempts(username, start + 16 * MINUTE, 1)),
      ...(await attempts(username, start + 30 * MINUTE, 3)),
      ...(await attempts(username, start + 30 * MINUTE + 25 * 60 * MINUTE, 1)),
    ]
  }

  it('answers an unknown name, an inactive account and an account byte for byte alike, lock included', async () => {
    const user = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: '330521000000' })
    const inactive = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: '330521000000' })
    await t.ctx.db.updateTable('users').set({ active: false }).where('id', '=', inactive.id).execute()
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const account = await probe(user.username)
      expect(account.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423, 401, 401, 401, 401, 401])
      expect(JSON.parse(account[4]!.body)).toMatchObject({ code: 'account_locked', field: 'username' })
      expect(await probe(`${user.username}x`)).toEqual(account)
      expect(await probe(inactive.username)).toEqual(account)
    } finally {
      vi.useRealTimers()
    }
  })

  it('counts 20 guesses at once at a name that is no account like those at an account: 5 checked, 15 refused', async () => {
    const name = 'no_such_name_parallel'
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => loginRaw(t, name, `Wrong-pass-${i}`)),
    )
    expect(answers.filter((a) => a.statusCode === 423).length).toBeGreaterThanOrEqual(15)
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['result', 'detail'])
      .where('actor_name', '=', name)
      .where('action', '=', 'auth.login')
      .execute()
    expect(audit.filter((a) => reasonOf(a.detail) === 'unknown_user')).toHaveLength(5)
    expect(audit.filter((a) => a.result === 'denied')).toHaveLength(15)
  })

  it('forgets the names that no longer count, and keeps a name while it is locked', async () => {
    const countOf = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('sign_in_names')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    await t.ctx.db.deleteFrom('sign_in_names').execute()
    for (let i = 0; i < 5; i++) await loginRaw(t, 'no_such_name_locked', `Wrong-pass-${i}`)
    await loginRaw(t, 'no_such_name_once', 'Wrong-pass-1')
    expect(await countOf()).toBe(2)
    const job = authModule.jobs!.find((j) => j.name === 'sign-in-names')!
    // Within the lock, both still count.
    expect(await runJob(t.ctx, job, new Date(Date.now() + 10 * 60_000))).toEqual({ forgotten: 0 })
    expect(await countOf()).toBe(2)
    // After the lock and a day without failures, neither does.
    expect(await runJob(t.ctx, job, new Date(Date.now() + 25 * 3600_000))).toEqual({ forgotten: 2 })
    expect(await countOf()).toBe(0)
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
