import { sql } from 'kysely'
import type { Db } from '../src/db/index.ts'
import { type AuditContext, appendAudit } from '../src/platform/audit.ts'
import { chainAuditLog } from '../src/platform/audit-chain.ts'
import { verifyAuditChain } from '../src/platform/audit-verify.ts'
import { TEST_COUNTY } from './harness.ts'

export const system: AuditContext = {
  actor: { id: null, name: 'system' },
  requestId: null,
  countyCode: TEST_COUNTY,
}

export const append = (db: Db, action: string, detail: Record<string, unknown> = {}) =>
  db.transaction().execute((trx) => appendAudit(trx, system, { action, targetType: 'test', detail }))

export const countRows = async (db: Db, table: 'audit_log' | 'audit_chain') =>
  Number((await db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n)

/** Runs fn under the maintenance switch, the only way past the append-only triggers. */
export const maintenance = (db: Db, fn: (trx: Db) => Promise<unknown>) =>
  db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('lianxin.audit_maintenance', 'on', true)`.execute(trx)
    await fn(trx)
  })

/**
 * Runs the chainer until `rows` more rows are chained (or nothing is left). A gap left by a rolled-back
 * transaction is passed once every transaction older than the chainer's has ended, on this database or any other
 * of the cluster (other test files run beside this one), so it may take a further run, as on a serving node.
 */
export async function chainUntil(db: Db, rows = Number.POSITIVE_INFINITY): Promise<number> {
  let chained = 0
  for (let i = 0; i < 200 && chained < rows; i++) {
    chained += (await chainAuditLog(db)).chained
    if ((await verifyAuditChain(db)).unchained === 0) break
    await new Promise((r) => setTimeout(r, 10))
  }
  return chained
}
