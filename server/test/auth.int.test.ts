import * as OTPAuth from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, sessionOf, type TestApp } from './harness.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const loginRaw = (username: string, password: string, extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...extra } })

describe('sign-in', () => {
  it('signs in, sets an HttpOnly SameSite=Lax cookie, and /me answers the roles', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const res = await loginRaw(user.username, TEST_PASSWORD)
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'lx_session')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
    const s = sessionOf(t.app, `lx_session=${cookie.value}`, res.json().csrfToken)
    const me = await s.get('/api/auth/me')
    expect(me.statusCode).toBe(200)
    expect(me.json().roles[0]).toMatchObject({ role: 'county_admin', scopeName: '德清县' })
  })

  it('marks the cookie Secure behind HTTPS', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const secureApp = await createTestApp({ cookieSecure: true })
    try {
      await buildUser(secureApp.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
      const u2 = await secureApp.ctx.db.selectFrom('users').select('username').executeTakeFirstOrThrow()
      const res = await secureApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: u2.username, password: TEST_PASSWORD },
      })
      expect(res.cookies.find((c) => c.name === 'lx_session')!.secure).toBe(true)
    } finally {
      await secureApp.close()
    }
    expect(user.username).toBeTruthy()
  })

  it('refuses a wrong password with 401 naming the field, and audits the failure', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const res = await loginRaw(user.username, 'Wrong-pass-1')
    expect(res.statusCode).toBe(401)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ code: 'unauthenticated', field: 'password' })
    expect(res.json().message.zh).toContain('密码错误')
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', user.id)
      .where('action', '=', 'auth.login')
      .execute()
    expect(audit.map((a) => a.result)).toContain('failure')
  })

  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    const user = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: '330521000000' })
    for (let i = 0; i < 4; i++) expect((await loginRaw(user.username, 'Wrong-pass-1')).statusCode).toBe(401)
    const fifth = await loginRaw(user.username, 'Wrong-pass-1')
    expect(fifth.statusCode).toBe(423)
    expect(fifth.json().code).toBe('account_locked')
    const lockedUntil = new Date(fifth.json().lockedUntil).getTime()
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000)
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000)
    expect((await loginRaw(user.username, TEST_PASSWORD)).statusCode).toBe(423)
    // When the lock has run out, the right password works again.
    await t.ctx.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', user.id)
      .execute()
    expect((await loginRaw(user.username, TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await loginRaw('nobody_here', 'Whatever-1')
    expect(res.statusCode).toBe(401)
    expect(res.json().code).toBe('unauthenticated')
  })

  it('ends a session idle for 30 minutes with a 401 that says it timed out', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    expect((await s.get('/api/auth/me')).statusCode).toBe(200)
    await t.ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 29 * 60_000) })
      .where('user_id', '=', user.id)
      .execute()
    expect((await s.get('/api/auth/me')).statusCode).toBe(200)
    await t.ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('user_id', '=', user.id)
      .execute()
    const res = await s.get('/api/auth/me')
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'session_expired' })
    expect(res.json().message.en).toContain('expired')
    // The session has ended for good; its cookie keeps saying so (session-expiry.int.test.ts).
    await t.ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date() })
      .where('user_id', '=', user.id)
      .execute()
    expect((await s.get('/api/auth/me')).json()).toMatchObject({ code: 'session_expired' })
  })

  it('keeps sessions in the database: a second app on the same database accepts the cookie', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    const { buildApp } = await import('../src/app.ts')
    const other = await buildApp(t.ctx)
    try {
      const res = await other.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })
      expect(res.statusCode).toBe(200)
    } finally {
      await other.close()
    }
  })

  it('logs out: the cookie no longer works', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    expect((await s.post('/api/auth/logout')).statusCode).toBe(200)
    expect((await s.get('/api/auth/me')).statusCode).toBe(401)
  })

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'csrf_failed', field: 'x-csrf-token' })
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
    })
    expect(wrong.statusCode).toBe(403)
    expect((await s.get('/api/auth/me')).statusCode).toBe(200)
  })
})

describe('password policy', () => {
  it('enforces 8+ characters of 3 classes and refuses the last 5 passwords', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    const change = (currentPassword: string, newPassword: string) =>
      s.post('/api/auth/password', { currentPassword, newPassword })
    expect((await change(TEST_PASSWORD, 'Ab1!')).json()).toMatchObject({
      code: 'validation_error',
      field: 'newPassword',
    })
    expect((await change(TEST_PASSWORD, 'alllowercase')).json().message.en).toContain('3 of')
    expect((await change('Wrong-one-1', 'Brand-new-1')).json().field).toBe('currentPassword')
    expect((await change(TEST_PASSWORD, TEST_PASSWORD)).json().message.en).toContain('last 5')
    let current = TEST_PASSWORD
    const used = [TEST_PASSWORD]
    for (let i = 1; i <= 4; i++) {
      const next = `Rotation-${i}-pass`
      expect((await change(current, next)).statusCode).toBe(200)
      used.push(next)
      current = next
    }
    // All of the last five are refused…
    for (const old of used) expect((await change(current, old)).statusCode).toBe(400)
    // …and after one more change the oldest becomes allowed again.
    expect((await change(current, 'Rotation-5-pass')).statusCode).toBe(200)
    expect((await change('Rotation-5-pass', TEST_PASSWORD)).statusCode).toBe(200)
  })
})

describe('TOTP second factor', () => {
  it('enrols, then requires the code at sign-in', async () => {
    const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    const setup = await s.post('/api/auth/totp/setup')
    expect(setup.statusCode).toBe(200)
    expect(setup.json().qrSvg).toContain('<svg')
    const totp = new OTPAuth.TOTP({
      secret: OTPAuth.Secret.fromBase32(setup.json().secret),
      digits: 6,
      period: 30,
    })
    expect(
      (await s.post('/api/auth/totp/enable', { code: '000000' === totp.generate() ? '111111' : '000000' }))
        .statusCode,
    ).toBe(400)
    expect((await s.post('/api/auth/totp/enable', { code: totp.generate() })).statusCode).toBe(200)
    const withoutCode = await loginRaw(user.username, TEST_PASSWORD)
    expect(withoutCode.statusCode).toBe(401)
    expect(withoutCode.json()).toMatchObject({ code: 'totp_required', field: 'totp' })
    expect((await loginRaw(user.username, TEST_PASSWORD, { totp: totp.generate() })).statusCode).toBe(200)
  })

  it('with LIANXIN_REQUIRE_2FA=1 a county admin without TOTP can only enrol', async () => {
    const strict = await createTestApp({ require2fa: true })
    try {
      const admin = await buildUser(strict.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
      const { townCode } = await buildTown(strict.ctx.db)
      const staff = await buildUser(strict.ctx.db, { role: 'town_staff', regionCode: townCode })
      const s = await login(strict.app, admin.username, TEST_PASSWORD)
      expect((await s.get('/api/auth/me')).json().mfaPending).toBe(true)
      const blocked = await s.get('/api/deputies')
      expect(blocked.statusCode).toBe(401)
      expect(blocked.json().code).toBe('totp_required')
      const setup = (await s.post('/api/auth/totp/setup')).json()
      const totp = new OTPAuth.TOTP({
        secret: OTPAuth.Secret.fromBase32(setup.secret),
        digits: 6,
        period: 30,
      })
      expect((await s.post('/api/auth/totp/enable', { code: totp.generate() })).statusCode).toBe(200)
      expect((await s.get('/api/deputies')).statusCode).toBe(200)
      // Other roles are not forced.
      const t2 = await login(strict.app, staff.username, TEST_PASSWORD)
      expect((await t2.get('/api/deputies')).statusCode).toBe(200)
    } finally {
      await strict.close()
    }
  })
})
