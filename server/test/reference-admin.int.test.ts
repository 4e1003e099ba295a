import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPlatformType, buildTown, buildUnit, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, TEST_COUNTY, type TestApp } from './harness.ts'

/** County staff keep their own reference data: handling units and suggestion categories, each change audited. */

let t: TestApp
let admin: Session
let townStaff: Session
let townCode: string
beforeAll(async () => {
  t = await createTestApp()
  townCode = (await buildTown(t.ctx.db)).townCode
  const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: TEST_COUNTY })
  admin = await login(t.app, user.username, TEST_PASSWORD)
  const staff = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode })
  townStaff = await login(t.app, staff.username, TEST_PASSWORD)
})
afterAll(async () => t.close())

const auditRows = (action: string, targetId: string) =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'detail', 'actor_name'])
    .where('action', '=', action)
    .where('target_id', '=', targetId)
    .execute()

describe('handling units', () => {
  it('creates, edits, retires and restores a unit, audited, with optimistic versions', async () => {
    const platform = await buildPlatformType(t.ctx.db)
    const res = await admin.post('/api/units', {
      code: 'U-TEST-PLATFORM',
      name: '测试镇综合信息指挥室',
      kind: 'platform',
      regionCode: townCode,
      platformType: platform.code,
    })
    expect(res.statusCode).toBe(201)
    const unit = res.json()
    expect(unit).toMatchObject({
      code: 'U-TEST-PLATFORM',
      kind: 'platform',
      platformType: platform.code,
      platformTypeName: platform.name,
      regionCode: townCode,
      active: true,
      version: 1,
    })
    expect(await auditRows('unit.create', unit.id)).toHaveLength(1)
    // The new unit is listed and may be the scope of a unit-staff account.
    const listed = (await admin.get('/api/units?q=U-TEST-PLATFORM')).json()
    expect(listed.items.map((u: { id: string }) => u.id)).toEqual([unit.id])
    const account = await admin.post('/api/users', {
      username: 'platform_clerk',
      displayName: '平台办事员',
      password: 'Welcome-2026',
      roles: [{ role: 'unit_staff', unitId: unit.id }],
    })
    expect(account.statusCode).toBe(201)

    // A town government is no platform: its platform type goes with the change of kind.
    const edited = await admin.patch(`/api/units/${unit.id}`, {
      version: 1,
      name: '测试镇人民政府',
      kind: 'town_government',
    })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({
      name: '测试镇人民政府',
      kind: 'town_government',
      platformType: null,
      version: 2,
    })
    const stale = await admin.patch(`/api/units/${unit.id}`, { version: 1, name: '旧页面的名称' })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().field).toBe('body.version')

    const retired = await admin.patch(`/api/units/${unit.id}`, { version: 2, active: false })
    expect(retired.json()).toMatchObject({ active: false, version: 3 })
    expect(await auditRows('unit.retire', unit.id)).toHaveLength(1)
    // A retired unit takes no new staff; its staff's accounts keep their grant when changed.
    const refused = await admin.post('/api/users', {
      username: 'late_clerk',
      displayName: '迟到的办事员',
      password: 'Welcome-2026',
      roles: [{ role: 'unit_staff', unitId: unit.id }],
    })
    expect(refused.json()).toMatchObject({ code: 'validation_error', field: 'body.roles.0.unitId' })
    const kept = await admin.patch(`/api/users/${account.json().id}`, {
      roles: [{ role: 'unit_staff', unitId: unit.id }],
    })
    expect(kept.statusCode).toBe(200)
    const restored = await admin.patch(`/api/units/${unit.id}`, { version: 3, active: true })
    expect(restored.json()).toMatchObject({ active: true, version: 4 })
    const updates = await auditRows('unit.update', unit.id)
    expect(updates).toHaveLength(1)
    expect(updates[0]!.detail).toMatchObject({ fields: ['name', 'kind'], name: '测试镇人民政府' })
  })

  it('refuses a code in use (409) and fields that do not fit, naming them', async () => {
    const existing = await buildUnit(t.ctx.db, TEST_COUNTY)
    const base = { code: 'U-NEW-DEPT', name: '县新设局', kind: 'department', regionCode: TEST_COUNTY }
    const dup = await admin.post('/api/units', { ...base, code: existing.code })
    expect(dup.statusCode).toBe(409)
    expect(dup.json()).toMatchObject({ code: 'conflict', field: 'body.code' })
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, kind: 'platform' }, 'body.platformType'],
      [{ ...base, platformType: 'P-none' }, 'body.platformType'],
      [{ ...base, regionCode: townCode }, 'body.regionCode'],
      [{ ...base, kind: 'town_government' }, 'body.regionCode'],
      [{ ...base, regionCode: '330521999000' }, 'body.regionCode'],
      [{ ...base, kind: 'ministry' }, 'body.kind'],
      [{ ...base, code: 'has space' }, 'body.code'],
      [{ ...base, name: '' }, 'body.name'],
    ]
    for (const [body, field] of cases) {
      const res = await admin.post('/api/units', body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json().field).toBe(field)
      expect(res.json().message.zh).toBeTruthy()
      expect(res.json().message.en).toBeTruthy()
    }
    const platform = await buildPlatformType(t.ctx.db)
    const wrongKind = await admin.patch(`/api/units/${existing.id}`, {
      version: 1,
      platformType: platform.code,
    })
    expect(wrongKind.json().field).toBe('body.platformType')
    expect(
      (await admin.patch('/api/units/01890000-0000-7000-8000-000000000000', { version: 1 })).statusCode,
    ).toBe(404)
  })

  it('is changed by county admins only', async () => {
    const unit = await buildUnit(t.ctx.db, TEST_COUNTY)
    expect((await townStaff.post('/api/units', {})).statusCode).toBe(403)
    expect((await townStaff.patch(`/api/units/${unit.id}`, { version: 1, name: '改名' })).statusCode).toBe(
      403,
    )
    expect((await townStaff.get('/api/units')).statusCode).toBe(200)
  })
})

describe('categories', () => {
  it('creates, renames, retires and restores a category; the public form offers the active ones', async () => {
    const res = await admin.post('/api/categories', { code: 'elderly_care', name: '养老服务' })
    expect(res.statusCode).toBe(201)
    const created = res.json()
    expect(created).toMatchObject({
      code: 'elderly_care',
      name: '养老服务',
      nameEn: '',
      active: true,
      version: 1,
    })
    expect(created.sort).toBeGreaterThan(0)
    expect(await auditRows('category.create', 'elderly_care')).toHaveLength(1)
    const offered = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/categories?limit=200' }))
        .json()
        .items.map((c: { code: string }) => c.code)
    expect(await offered()).toContain('elderly_care')

    const renamed = await admin.patch('/api/categories/elderly_care', {
      version: 1,
      name: '养老助残',
      nameEn: 'Elderly and disability care',
    })
    expect(renamed.json()).toMatchObject({
      name: '养老助残',
      nameEn: 'Elderly and disability care',
      version: 2,
    })
    const stale = await admin.patch('/api/categories/elderly_care', { version: 1, sort: 99 })
    expect(stale.json()).toMatchObject({ code: 'conflict', field: 'body.version' })

    expect(
      (await admin.patch('/api/categories/elderly_care', { version: 2, active: false })).statusCode,
    ).toBe(200)
    expect(await auditRows('category.retire', 'elderly_care')).toHaveLength(1)
    expect(await offered()).not.toContain('elderly_care')
    // Administrators still see it, retired, and may restore it.
    const all = (await admin.get('/api/catalog/categories?limit=200')).json()
    expect(all.items.find((c: { code: string }) => c.code === 'elderly_care')).toMatchObject({
      active: false,
    })
    expect((await admin.patch('/api/categories/elderly_care', { version: 3, active: true })).statusCode).toBe(
      200,
    )
    expect(await offered()).toContain('elderly_care')
  })

  it('refuses a code in use (409), bad fields naming them, and anyone but county admins', async () => {
    const dup = await admin.post('/api/categories', { code: 'traffic', name: '交通' })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().field).toBe('body.code')
    const badCode = await admin.post('/api/categories', { code: 'Bad Code', name: '类别' })
    expect(badCode.json()).toMatchObject({ code: 'validation_error', field: 'body.code' })
    const badName = await admin.post('/api/categories', { code: 'ok_code', name: '' })
    expect(badName.json().field).toBe('body.name')
    expect((await admin.patch('/api/categories/no_such', { version: 1, name: '不存在' })).statusCode).toBe(
      404,
    )
    expect((await townStaff.post('/api/categories', { code: 'x1', name: '类别' })).statusCode).toBe(403)
    expect((await townStaff.get('/api/catalog/categories')).statusCode).toBe(403)
    expect((await townStaff.patch('/api/categories/traffic', { version: 1, active: false })).statusCode).toBe(
      403,
    )
  })
})
