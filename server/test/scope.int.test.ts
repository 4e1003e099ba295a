import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeputy, buildTown, buildUnit, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type TestApp } from './harness.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

describe('scope isolation', () => {
  it('town staff read their own town and get 404 for another town’s records', async () => {
    const { db, cipher } = t.ctx
    const a = await buildTown(db, '甲镇')
    const b = await buildTown(db, '乙镇')
    const venueA = await buildVenue(db, a.townCode)
    const venueB = await buildVenue(db, b.villageCode, { kind: 'point' })
    const deputyA = await buildDeputy(db, cipher, a.villageCode)
    const deputyB = await buildDeputy(db, cipher, b.townCode)
    const staffA = await buildUser(db, { role: 'town_staff', regionCode: a.townCode })
    const s = await login(t.app, staffA.username, TEST_PASSWORD)

    expect((await s.get(`/api/venues/${venueA.id}`)).statusCode).toBe(200)
    const foreign = await s.get(`/api/venues/${venueB.id}`)
    expect(foreign.statusCode).toBe(404)
    expect(foreign.json().code).toBe('not_found')
    expect((await s.get(`/api/deputies/${deputyA.id}`)).statusCode).toBe(200)
    expect((await s.get(`/api/deputies/${deputyB.id}`)).statusCode).toBe(404)
    expect((await s.post(`/api/deputies/${deputyB.id}/reveal-phone`)).statusCode).toBe(404)
    expect((await s.patch(`/api/venues/${venueB.id}`, { version: 1, name: '改名试试' })).statusCode).toBe(404)

    const venues = (await s.get('/api/venues?limit=500')).json()
    expect(venues.items.map((v: { id: string }) => v.id)).toContain(venueA.id)
    expect(venues.items.map((v: { id: string }) => v.id)).not.toContain(venueB.id)
    const deputies = (await s.get('/api/deputies?limit=500')).json()
    expect(deputies.items.map((d: { id: string }) => d.id)).toEqual([deputyA.id])
    expect(deputies.total).toBe(1)
  })

  it('a county admin sees every town', async () => {
    const { db } = t.ctx
    const a = await buildTown(db)
    const b = await buildTown(db)
    const va = await buildVenue(db, a.townCode)
    const vb = await buildVenue(db, b.townCode)
    const admin = await buildUser(db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, admin.username, TEST_PASSWORD)
    expect((await s.get(`/api/venues/${va.id}`)).statusCode).toBe(200)
    expect((await s.get(`/api/venues/${vb.id}`)).statusCode).toBe(200)
  })

  it('station staff are scoped to their venue’s region', async () => {
    const { db } = t.ctx
    const a = await buildTown(db)
    const b = await buildTown(db)
    const station = await buildVenue(db, a.townCode)
    const other = await buildVenue(db, b.townCode)
    const staff = await buildUser(db, { role: 'station_staff', venueId: station.id })
    const s = await login(t.app, staff.username, TEST_PASSWORD)
    expect((await s.get(`/api/venues/${station.id}`)).statusCode).toBe(200)
    expect((await s.get(`/api/venues/${other.id}`)).statusCode).toBe(404)
  })

  it('roles without the right answer 403: unit staff cannot reveal phones or read the audit log; integrity sees no reference data', async () => {
    const { db, cipher } = t.ctx
    const a = await buildTown(db)
    const unit = await buildUnit(db, a.townCode)
    const deputy = await buildDeputy(db, cipher, a.townCode)
    const unitStaff = await buildUser(db, { role: 'unit_staff', unitId: unit.id })
    const s = await login(t.app, unitStaff.username, TEST_PASSWORD)
    expect((await s.post(`/api/deputies/${deputy.id}/reveal-phone`)).statusCode).toBe(403)
    expect((await s.get('/api/audit')).statusCode).toBe(403)
    const integrity = await buildUser(db, { role: 'integrity_liaison', regionCode: '330521000000' })
    const i = await login(t.app, integrity.username, TEST_PASSWORD)
    expect((await i.get('/api/deputies')).statusCode).toBe(403)
    expect((await i.get('/api/venues')).statusCode).toBe(403)
  })

  it('town staff create and edit venues in their town only, with optimistic concurrency', async () => {
    const { db } = t.ctx
    const a = await buildTown(db)
    const b = await buildTown(db)
    const staff = await buildUser(db, { role: 'town_staff', regionCode: a.townCode })
    const s = await login(t.app, staff.username, TEST_PASSWORD)
    const outside = await s.post('/api/venues', {
      code: 'V-OUT-1',
      kind: 'point',
      name: '外镇联络点',
      regionCode: b.villageCode,
    })
    expect(outside.statusCode).toBe(400)
    expect(outside.json().field).toBe('body.regionCode')
    const created = await s.post('/api/venues', {
      code: `V-IN-${a.townCode}`,
      kind: 'point',
      name: '本镇联络点',
      regionCode: a.villageCode,
      receptionHours: '每周三 9:00-11:00',
    })
    expect(created.statusCode).toBe(201)
    const venue = created.json()
    expect(venue).toMatchObject({ kind: 'point', townCode: a.townCode, version: 1 })
    const dup = await s.post('/api/venues', {
      code: venue.code,
      kind: 'point',
      name: '重复编码',
      regionCode: a.villageCode,
    })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().field).toBe('body.code')
    const first = await s.patch(`/api/venues/${venue.id}`, { version: 1, name: '本镇联络点（新）' })
    expect(first.statusCode).toBe(200)
    expect(first.json().version).toBe(2)
    const stale = await s.patch(`/api/venues/${venue.id}`, { version: 1, name: '过期的修改' })
    expect(stale.statusCode).toBe(409)
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', venue.id)
      .orderBy('seq')
      .execute()
    expect(audit.map((r) => r.action)).toEqual(['venue.create', 'venue.update'])
  })

  it('reveals a phone only to roles that need it, and every reveal is audited', async () => {
    const { db, cipher } = t.ctx
    const a = await buildTown(db)
    const deputy = await buildDeputy(db, cipher, a.townCode, '13812345678')
    const admin = await buildUser(db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, admin.username, TEST_PASSWORD)
    const detail = (await s.get(`/api/deputies/${deputy.id}`)).json()
    expect(detail.phoneMasked).toBe('138****5678')
    expect(JSON.stringify(detail)).not.toContain('13812345678')
    const list = (await s.get('/api/deputies?limit=500')).body
    expect(list).not.toContain('13812345678')
    const reveal = await s.post(`/api/deputies/${deputy.id}/reveal-phone`)
    expect(reveal.json()).toEqual({ phone: '13812345678' })
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'deputy.phone.reveal')
      .where('target_id', '=', deputy.id)
      .execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]!.actor_id).toBe(admin.id)
    expect(JSON.stringify(rows[0])).not.toContain('13812345678')
    // Encrypted at rest: the clear number is in no column of the table.
    const raw = await db
      .selectFrom('deputies')
      .selectAll()
      .where('id', '=', deputy.id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(raw)).not.toContain('13812345678')
  })
})
