import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chainAuditLog } from '../src/platform/audit-chain.ts'
import { verifyAuditChain } from '../src/platform/audit-verify.ts'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type TestApp } from './harness.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

describe('audit log', () => {
  it('hash-chains every row and reports the first tampered row', async () => {
    const { db } = t.ctx
    const { townCode, villageCode } = await buildTown(db)
    const admin = await buildUser(db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, admin.username, TEST_PASSWORD)
    for (let i = 0; i < 4; i++) {
      expect(
        (
          await s.post('/api/venues', {
            code: `V-AUD-${i}-${townCode}`,
            kind: 'point',
            name: `审计测试点${i}`,
            regionCode: villageCode,
          })
        ).statusCode,
      ).toBe(201)
    }
    await chainAuditLog(db)
    const before = await verifyAuditChain(db)
    expect(before.ok).toBe(true)
    expect(before.checked).toBeGreaterThanOrEqual(5)
    expect(before.unchained).toBe(0)

    const rows = await db
      .selectFrom('audit_log')
      .select(['seq'])
      .where('action', '=', 'venue.create')
      .orderBy('seq')
      .execute()
    const victim = rows[1]!.seq
    // Ordinary updates are refused by the database itself.
    await expect(
      db.updateTable('audit_log').set({ actor_name: 'someone else' }).where('seq', '=', victim).execute(),
    ).rejects.toThrow(/append-only/)
    // So is emptying the table, which would leave a chain of no rows that verifies as intact.
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/)
    expect((await verifyAuditChain(db)).ok).toBe(true)
    // A direct tamper with the maintenance switch is still caught by the chain.
    await db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('lianxin.audit_maintenance', 'on', true)`.execute(trx)
      await trx
        .updateTable('audit_log')
        .set({ actor_name: 'someone else' })
        .where('seq', '=', victim)
        .execute()
    })
    const after = await verifyAuditChain(db)
    expect(after.ok).toBe(false)
    expect(after.firstBadSeq).toBe(String(victim))
  })

  it('lists the log to county admins, newest first, and answers 403 to others', async () => {
    const { db } = t.ctx
    const { townCode } = await buildTown(db)
    const admin = await buildUser(db, { role: 'county_admin', regionCode: '330521000000' })
    const staff = await buildUser(db, { role: 'town_staff', regionCode: townCode })
    const s = await login(t.app, admin.username, TEST_PASSWORD)
    const res = await s.get('/api/audit?action=auth.login&limit=5')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.total).toBeGreaterThanOrEqual(1)
    expect(body.items[0]).toMatchObject({ action: 'auth.login', result: 'success' })
    const seqs = body.items.map((i: { seq: string }) => Number(i.seq))
    expect([...seqs].sort((x, y) => y - x)).toEqual(seqs)
    const t2 = await login(t.app, staff.username, TEST_PASSWORD)
    expect((await t2.get('/api/audit')).statusCode).toBe(403)
  })

  it('writes the audit row in the same transaction: a failed command leaves no row', async () => {
    const { db } = t.ctx
    const { villageCode } = await buildTown(db)
    const admin = await buildUser(db, { role: 'county_admin', regionCode: '330521000000' })
    const s = await login(t.app, admin.username, TEST_PASSWORD)
    const code = `V-TX-${villageCode}`
    expect(
      (await s.post('/api/venues', { code, kind: 'point', name: '事务测试点', regionCode: villageCode }))
        .statusCode,
    ).toBe(201)
    const count = async () =>
      (await db.selectFrom('audit_log').select('seq').where('action', '=', 'venue.create').execute()).length
    const n = await count()
    expect(
      (await s.post('/api/venues', { code, kind: 'point', name: '重复', regionCode: villageCode }))
        .statusCode,
    ).toBe(409)
    expect(await count()).toBe(n)
  })
})
