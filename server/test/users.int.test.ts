import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTown, buildUnit, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'

let t: TestApp
let admin: Session
beforeAll(async () => {
  t = await createTestApp()
  const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
  admin = await login(t.app, user.username, TEST_PASSWORD)
})
afterAll(async () => t.close())

describe('account management', () => {
  it('creates accounts with scoped roles, and the new account works in its scope', async () => {
    const { townCode } = await buildTown(t.ctx.db)
    const venue = await buildVenue(t.ctx.db, townCode)
    const unit = await buildUnit(t.ctx.db, '330521000000')
    const res = await admin.post('/api/users', {
      username: `staff_${townCode}`,
      displayName: '新同事',
      password: 'Welcome-2026',
      roles: [
        { role: 'town_staff', regionCode: townCode },
        { role: 'station_staff', venueId: venue.id },
      ],
    })
    expect(res.statusCode).toBe(201)
    expect(
      res
        .json()
        .roles.map((r: { role: string }) => r.role)
        .sort(),
    ).toEqual(['station_staff', 'town_staff'])
    const s = await login(t.app, `staff_${townCode}`, 'Welcome-2026')
    expect((await s.get(`/api/venues/${venue.id}`)).statusCode).toBe(200)
    // Scope rules are enforced at creation, naming the field.
    const wrongScope = await admin.post('/api/users', {
      username: 'bad_scope',
      displayName: 'x',
      password: 'Welcome-2026',
      roles: [{ role: 'town_staff', regionCode: '330521000000' }],
    })
    expect(wrongScope.json()).toMatchObject({ code: 'validation_error', field: 'body.roles.0.regionCode' })
    const noUnit = await admin.post('/api/users', {
      username: 'bad_unit',
      displayName: 'x',
      password: 'Welcome-2026',
      roles: [{ role: 'unit_staff' }],
    })
    expect(noUnit.json().field).toBe('body.roles.0.unitId')
    const weak = await admin.post('/api/users', {
      username: 'weak_pw',
      displayName: 'x',
      password: 'password',
      roles: [{ role: 'unit_staff', unitId: unit.id }],
    })
    expect(weak.json().field).toBe('body.password')
    const dup = await admin.post('/api/users', {
      username: `staff_${townCode}`,
      displayName: 'x',
      password: 'Welcome-2026',
      roles: [{ role: 'unit_staff', unitId: unit.id }],
    })
    expect(dup.statusCode).toBe(409)
  })

  it('disables, unlocks and resets: a disabled account loses its sessions and cannot sign in', async () => {
    const { townCode } = await buildTown(t.ctx.db)
    const user = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).json().active).toBe(false)
    expect((await s.get('/api/auth/me')).statusCode).toBe(401)
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
    })
    expect(denied.statusCode).toBe(401)
    await t.ctx.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() + 600_000) })
      .where('id', '=', user.id)
      .execute()
    const back = (
      await admin.patch(`/api/users/${user.id}`, { active: true, unlock: true, password: 'Reset-pass-99' })
    ).json()
    expect(back).toMatchObject({ active: true, locked: false })
    expect((await login(t.app, user.username, 'Reset-pass-99')).csrfToken).toBeTruthy()
    const actions = await t.ctx.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'user.update')
      .where('target_id', '=', user.id)
      .execute()
    expect(JSON.stringify(actions)).not.toContain('Reset-pass-99')
  })

  it('resets a password to a temporary one that works once: the holder must replace it', async () => {
    const unit = await buildUnit(t.ctx.db, '330521000000')
    const user = await buildUser(t.ctx.db, { role: 'unit_staff', unitId: unit.id })
    const old = await login(t.app, user.username, TEST_PASSWORD)
    const res = await admin.post(`/api/users/${user.id}/password-reset`)
    expect(res.statusCode).toBe(200)
    const { temporaryPassword, user: account } = res.json()
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{12}$/)
    expect(account).toMatchObject({ id: user.id, passwordMustChange: true })
    // The sessions of the old password end, and the old password no longer signs in.
    expect((await old.get('/api/auth/me')).statusCode).toBe(401)
    await expect(login(t.app, user.username, TEST_PASSWORD)).rejects.toThrow(/401/)
    // Signed in with the temporary password, the holder may only change it.
    const temp = await login(t.app, user.username, temporaryPassword)
    const me = (await temp.get('/api/auth/me')).json()
    expect(me).toMatchObject({ passwordMustChange: true, capabilities: [] })
    const blocked = await temp.get('/api/suggestions')
    expect(blocked.statusCode).toBe(403)
    expect(blocked.json()).toMatchObject({ code: 'password_change_required', field: 'password' })
    // The temporary password cannot be kept, and the previous one cannot come back.
    const keep = await temp.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: temporaryPassword,
    })
    expect(keep.json()).toMatchObject({ code: 'validation_error', field: 'newPassword' })
    const back = await temp.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: TEST_PASSWORD,
    })
    expect(back.json()).toMatchObject({ code: 'validation_error', field: 'newPassword' })
    const changed = await temp.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Own-choice-2027',
    })
    expect(changed.statusCode).toBe(200)
    expect((await temp.get('/api/suggestions')).statusCode).toBe(200)
    expect((await temp.get('/api/auth/me')).json().passwordMustChange).toBe(false)
    // Used once: the temporary password signs in no more.
    await expect(login(t.app, user.username, temporaryPassword)).rejects.toThrow(/401/)
    expect((await login(t.app, user.username, 'Own-choice-2027')).csrfToken).toBeTruthy()
    // Audited, without the password; shown once: the account list never carries it.
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['detail', 'actor_id'])
      .where('action', '=', 'user.password_reset')
      .where('target_id', '=', user.id)
      .execute()
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword)
    expect((await admin.get(`/api/users?q=${user.username}`)).body).not.toContain(temporaryPassword)
  })

  it('refuses a reset of one’s own password, of an unknown account, and to anyone but county admins', async () => {
    const me = (await admin.get('/api/auth/me')).json()
    const self = await admin.post(`/api/users/${me.id}/password-reset`)
    expect(self.json()).toMatchObject({ code: 'validation_error', field: 'params.id' })
    const unknown = await admin.post('/api/users/01890000-0000-7000-8000-000000000000/password-reset')
    expect(unknown.statusCode).toBe(404)
    const { townCode } = await buildTown(t.ctx.db)
    const staff = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode })
    const s = await login(t.app, staff.username, TEST_PASSWORD)
    expect((await s.post(`/api/users/${me.id}/password-reset`)).statusCode).toBe(403)
  })

  it('is for county admins only', async () => {
    const { townCode } = await buildTown(t.ctx.db)
    const staff = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode })
    const s = await login(t.app, staff.username, TEST_PASSWORD)
    expect((await s.get('/api/users')).statusCode).toBe(403)
    // Refused before the body is looked at: not a 400 about the body's fields.
    expect((await s.post('/api/users', {})).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401)
    const list = (await admin.get('/api/users?role=county_admin')).json()
    expect(list.total).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(list)).not.toContain('argon2')
  })
})
