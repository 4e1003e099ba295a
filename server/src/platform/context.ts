import type { FastifyRequest } from 'fastify'
import type { Config } from '../config.ts'
import type { Db, Engine } from '../db/index.ts'
import type { Principal } from './access.ts'
import { type AuditContext, type AuditEntry, appendAudit } from './audit.ts'
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
  return request.server.ctx.db.transaction().execute(async (trx) => {
    // Audit rows are collected and appended last, just before commit, so the chain's lock is held briefly.
    const entries: AuditEntry[] = []
    const result = await run(trx, async (entry) => {
      entries.push(entry)
    })
    await appendAudit(trx, ctx, entries)
    return result
  })
}
