import { createHash } from 'node:crypto'
import type { Insertable } from 'kysely'
import type { Db } from '../db/index.ts'
import type { AuditLogTable, AuditResult } from '../db/types.ts'

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

/** The columns a row's hash covers (with the previous row's hash). */
export interface HashedFields {
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

/** The audit_log rows of `entries`, as appendAudit inserts them (or a caller's own statement does: context.ts). */
export function auditRows(ctx: AuditContext, entries: AuditEntry[]): Insertable<AuditLogTable>[] {
  // Milliseconds, as a JS Date: the stored instant is exactly the one the chainer reads back and hashes.
  const at = new Date()
  return entries.map((entry) => ({
    at,
    actor_id: ctx.actor.id,
    actor_name: ctx.actor.name,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId ?? null,
    result: entry.result ?? 'success',
    request_id: ctx.requestId,
    detail: JSON.stringify(entry.detail ?? {}),
    county_code: ctx.countyCode,
  }))
}

/**
 * Appends audit rows inside the caller's transaction: one INSERT, no lock and no chain work, so requests never
 * queue behind each other for the audit log. `seq` comes from the column default (`audit_log_next_seq()`, which
 * gives the transaction its xid before the number; see audit-chain.ts). The chainer links and hashes the rows
 * once they are committed, in `seq` order; until then they count as "not yet chained".
 */
export async function appendAudit(
  trx: Db,
  ctx: AuditContext,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries]
  if (list.length === 0) return
  await trx.insertInto('audit_log').values(auditRows(ctx, list)).execute()
}

const committedListeners = new Set<() => void>()

/** Subscribes to "audit rows were just committed" (the chainer's scheduler runs it soon); returns the unsubscribe. */
export function onAuditCommitted(listener: () => void): () => void {
  committedListeners.add(listener)
  return () => committedListeners.delete(listener)
}

/** Called after a transaction that appended audit rows has committed (command() does), so a burst is chained soon. */
export function auditCommitted(): void {
  for (const listener of committedListeners) listener()
}
