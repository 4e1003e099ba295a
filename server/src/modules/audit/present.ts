import type { AuditLogRow } from './repo.ts'

export function presentAuditRow(r: AuditLogRow) {
  return {
    seq: String(r.seq),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    result: r.result,
    requestId: r.request_id,
    detail: (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as Record<string, unknown>,
  }
}
