import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../db/index.ts'
import type { AuditResult } from '../db/types.ts'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditActor {
  id: string | null
  name: string
}

export interface AuditEntry {
  action: string
  targetType: string
  targetId?: string | null
  result?: AuditResult
  detail?: Record<string, unknown>
}

export interface AuditContext {
  actor: AuditActor
  requestId: string | null
  countyCode: string
}

/** JSON with sorted keys, so the hash does not depend on how jsonb orders keys when read back. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

interface HashedFields {
  seq: string
  at: Date
  actor_id: string | null
  actor_name: string
  action: string
  target_type: string
  target_id: string | null
  result: string
  request_id: string | null
  detail: unknown
  county_code: string
}

export function auditRowHash(prevHash: string, row: HashedFields): string {
  // Only the listed fields are hashed, whatever else the row object carries.
  const body = canonicalJson({
    seq: String(row.seq),
    at: row.at.toISOString(),
    actor_id: row.actor_id,
    actor_name: row.actor_name,
    action: row.action,
    target_type: row.target_type,
    target_id: row.target_id,
    result: row.result,
    request_id: row.request_id,
    detail: row.detail,
    county_code: row.county_code,
  })
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex')
}

/**
 * Appends audit rows inside the caller's transaction. A transaction-scoped advisory lock serialises appenders
 * (across app nodes too) so the chain never forks; the lock is released at commit, so callers append at the very
 * end of their transaction (see command()) to hold it for as short a time as possible: one round trip for the
 * previous hash and the sequence numbers, one INSERT for all rows, then COMMIT.
 */
export async function appendAudit(
  trx: Db,
  ctx: AuditContext,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries]
  if (list.length === 0) return
  await sql`SELECT pg_advisory_xact_lock(7411001)`.execute(trx)
  const { rows } = await sql<{ hash: string | null; seq: string }>`
    SELECT (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS hash, nextval('audit_log_seq_seq')::text AS seq
    FROM generate_series(1, ${list.length})`.execute(trx)
  const seqs = rows.map((r) => r.seq).sort((a, b) => Number(a) - Number(b))
  let prevHash = rows[0]?.hash ?? GENESIS_HASH
  const at = new Date()
  const values = list.map((entry, i) => {
    const fields: HashedFields = {
      seq: seqs[i]!,
      at,
      actor_id: ctx.actor.id,
      actor_name: ctx.actor.name,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId ?? null,
      result: entry.result ?? 'success',
      request_id: ctx.requestId,
      detail: entry.detail ?? {},
      county_code: ctx.countyCode,
    }
    const hash = auditRowHash(prevHash, fields)
    const row = {
      ...fields,
      result: fields.result as AuditResult,
      detail: JSON.stringify(fields.detail),
      prev_hash: prevHash,
      hash,
    }
    prevHash = hash
    return row
  })
  await trx.insertInto('audit_log').values(values).execute()
}

export interface AuditVerification {
  ok: boolean
  checked: number
  firstBadSeq: string | null
  reason: string | null
}

/** Walks the whole chain in order; reports the first row whose hash or link does not match. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH
  let afterSeq = '0'
  let checked = 0
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where(sql`seq`, '>', sql`${afterSeq}::bigint`)
      .orderBy('seq')
      .limit(batchSize)
      .execute()
    if (rows.length === 0) return { ok: true, checked, firstBadSeq: null, reason: null }
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, firstBadSeq: String(row.seq), reason: 'broken link to the previous row' }
      }
      const expected = auditRowHash(prevHash, { ...row, seq: String(row.seq), at: new Date(row.at) })
      if (expected !== row.hash) {
        return {
          ok: false,
          checked,
          firstBadSeq: String(row.seq),
          reason: 'row content does not match its hash',
        }
      }
      prevHash = row.hash
      afterSeq = String(row.seq)
      checked++
    }
  }
}
