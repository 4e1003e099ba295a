import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import { requireRole } from '../../platform/access.ts'
import { fetchPage } from '../../platform/paging.ts'
import { errorResponses, Nullable, Page, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'

export const AuditRow = Type.Object({
  seq: Type.String(),
  at: Timestamp,
  actorId: Nullable(Type.String()),
  actorName: Type.String(),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Nullable(Type.String()),
  result: Type.String(),
  requestId: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
})

export const AuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ maxLength: 80 })),
    actorId: Type.Optional(Uuid),
    targetType: Type.Optional(Type.String({ maxLength: 40 })),
    targetId: Type.Optional(Type.String({ maxLength: 80 })),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    ...Paging,
  },
  { additionalProperties: false },
)

type AuditFilter = {
  action?: string
  actorId?: string
  targetType?: string
  targetId?: string
  from?: string
  to?: string
  limit?: number
  offset?: number
}

export async function listAudit(db: Db, query: AuditFilter) {
  let base = db.selectFrom('audit_log')
  if (query.action)
    base = base.where('action', 'like', `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  if (query.actorId) base = base.where('actor_id', '=', query.actorId)
  if (query.targetType) base = base.where('target_type', '=', query.targetType)
  if (query.targetId) base = base.where('target_id', '=', query.targetId)
  if (query.from) base = base.where('at', '>=', new Date(query.from))
  if (query.to) base = base.where('at', '<', new Date(query.to))
  const { rows, total } = await fetchPage(base, (q) => q.selectAll().orderBy('seq', 'desc'), query)
  return {
    items: rows.map((r) => ({
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
    })),
    total,
  }
}

export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['platform'],
        summary: 'The audit log, newest first (county admins)',
        querystring: AuditQuery,
        response: { 200: Page(AuditRow), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'county_admin')
      return listAudit(app.ctx.db, request.query)
    },
  )
}
