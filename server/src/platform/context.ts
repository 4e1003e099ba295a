import type { FastifyRequest } from 'fastify'
import type { Insertable } from 'kysely'
import type { Config } from '../config.ts'
import type { Db, Engine } from '../db/index.ts'
import type { AuditLogTable } from '../db/types.ts'
import type { Principal } from './access.ts'
import { type AuditContext, type AuditEntry, appendAudit, auditCommitted, auditRows } from './audit.ts'
import type { PersonalDataCipher } from './crypto.ts'
import { referenceChanged } from './reference-cache.ts'

/** What every handler can reach: the database, configuration and the personal-data cipher. */
export interface AppContext {
  db: Db
  engine: Engine
  config: Config
  cipher: PersonalDataCipher
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext
  }
  interface FastifyRequest {
    principal: Principal | null
    sessionExpired: boolean
  }
}

export function auditContextOf(request: FastifyRequest): AuditContext {
  const p = request.principal
  // A partner system calling with its API key (platform/api-keys.ts) is named by the partner holding the key.
  const partner = request.partner
  return {
    actor: p
      ? { id: p.userId, name: p.username }
      : partner
        ? { id: null, name: `partner:${partner.partnerName}` }
        : { id: null, name: 'anonymous' },
    requestId: String(request.id),
    countyCode: request.server.ctx.config.countyCode,
  }
}

export type Audit = (entry: AuditEntry) => Promise<void>

/** What a command may use beyond its transaction and audit(). */
export interface CommandTools {
  /**
   * The audit row of `entry`, for the command to insert in one of its own statements of this transaction (a
   * data-modifying CTE: the change and its audit row in one round trip). It counts as appended: once committed,
   * the chainer is woken and the reference caches of its target type are cleared, as for audit().
   */
  auditRow(entry: AuditEntry): Insertable<AuditLogTable>
  /** Runs `fn` once the transaction has committed (not after a rollback): wakes a job left the rest of the work. */
  afterCommit(fn: () => void): void
}

/** The tools of one command, and what to do once it has committed. */
function commandTools(ctx: AuditContext) {
  const audited: string[] = []
  const after: (() => void)[] = []
  const tools: CommandTools = {
    auditRow(entry) {
      audited.push(entry.targetType)
      return auditRows(ctx, [entry])[0]!
    },
    afterCommit(fn) {
      after.push(fn)
    },
  }
  return {
    tools,
    audited,
    reset() {
      audited.length = 0
      after.length = 0
    },
    /** Committed: the chainer may link the rows now (audit-chain.ts), the caches see the change. */
    committed() {
      if (audited.length > 0) {
        auditCommitted()
        referenceChanged(audited)
      }
      for (const fn of after) fn()
    },
  }
}

/**
 * Runs a command in ONE transaction together with its audit rows: either both are saved or neither. After the
 * commit: the audit chainer is woken, the reference caches of the audited target types are cleared (a change on
 * this node is seen at once, reference-cache.ts) and the command's afterCommit callbacks run.
 */
export async function command<T>(
  request: FastifyRequest,
  run: (trx: Db, audit: Audit, tools: CommandTools) => Promise<T>,
): Promise<T> {
  const ctx = auditContextOf(request)
  const state = commandTools(ctx)
  const result = await request.server.ctx.db.transaction().execute(async (trx) => {
    state.reset()
    // Audit rows are collected and appended in one INSERT at the end (no lock: audit.ts).
    const entries: AuditEntry[] = []
    const value = await run(
      trx,
      async (entry) => {
        entries.push(entry)
      },
      state.tools,
    )
    await appendAudit(trx, ctx, entries)
    for (const e of entries) state.audited.push(e.targetType)
    return value
  })
  state.committed()
  return result
}

/**
 * A command whose whole change is ONE statement — a data-modifying CTE that writes the change and its audit row
 * (tools.auditRow) — sent without BEGIN and COMMIT: a statement is its own transaction, so it is saved whole or
 * not at all, in one round trip, and no transaction stays open while the process does other work. `run` must
 * send exactly that one write; reads (before it) are fine.
 */
export async function commandInOneStatement<T>(
  request: FastifyRequest,
  run: (db: Db, tools: CommandTools) => Promise<T>,
): Promise<T> {
  const state = commandTools(auditContextOf(request))
  const result = await run(request.server.ctx.db, state.tools)
  state.committed()
  return result
}
