import type { Db } from '../../db/index.ts'
import { fetchPage, type PageQuery } from '../../platform/paging.ts'

export interface AuditFilter extends PageQuery {
  /** A prefix of the action ("venue." for every venue action). */
  action?: string
  actorId?: string
  targetType?: string
  targetId?: string
  from?: string
  to?: string
}

/** The audit log, newest first. */
export async function listAudit(db: Db, query: AuditFilter) {
  let base = db.selectFrom('audit_log')
  if (query.action)
    base = base.where('action', 'like', `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  if (query.actorId) base = base.where('actor_id', '=', query.actorId)
  if (query.targetType) base = base.where('target_type', '=', query.targetType)
  if (query.targetId) base = base.where('target_id', '=', query.targetId)
  if (query.from) base = base.where('at', '>=', new Date(query.from))
  if (query.to) base = base.where('at', '<', new Date(query.to))
  return fetchPage(base, (q) => q.selectAll().orderBy('seq', 'desc'), query)
}

export type AuditLogRow = Awaited<ReturnType<typeof listAudit>>['rows'][number]
