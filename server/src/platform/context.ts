import type { FastifyRequest } from 'fastify'
import type { Config } from '../config.ts'
import type { Db, Engine } from '../db/index.ts'
import type { Principal } from './access.ts'
import { type AuditContext, type AuditEntry, appendAudit, auditCommitted } from './audit.ts'
import type { PersonalDataCipher } from './crypto.ts'

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
  return {
    actor: p ? { id: p.userId, name: p.username } : { id: null, name: 'anonymous' },
    requestId: String(request.id),
    countyCode: request.server.ctx.config.countyCode,
  }
}

export type Audit = (entry: AuditEntry) => Promise<void>

/**
 * Runs a command in ONE transaction together with its audit rows: either both are saved or neither.
 */
export async function command<T>(
  request: FastifyRequest,
  run: (trx: Db, audit: Audit) => Promise<T>,
): Promise<T> {
  const ctx = auditContextOf(request)
  let appended = false
  const result = await request.server.ctx.db.transaction().execute(async (trx) => {
    // Audit rows are collected and appended in one INSERT at the end (no lock: audit.ts).
    const entries: AuditEntry[] = []
    const value = await run(trx, async (entry) => {
      entries.push(entry)
    })
    await appendAudit(trx, ctx, entries)
    appended = entries.length > 0
    return value
  })
  // Committed: the chainer may link the rows now (audit-chain.ts).
  if (appended) auditCommitted()
  return result
}
