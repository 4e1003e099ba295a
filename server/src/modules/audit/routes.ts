import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { reach } from '../../platform/policy.ts'
import { errorResponses, Page } from '../../platform/schemas.ts'
import { auditLogPolicy } from './policy.ts'
import { presentAuditRow } from './present.ts'
import { listAudit } from './repo.ts'
import { AuditQuery, AuditRow } from './schema.ts'

export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/audit',
    {
      config: { reach: auditLogPolicy.reach },
      schema: {
        tags: ['platform'],
        summary: 'The audit log, newest first (county admins)',
        querystring: AuditQuery,
        response: { 200: Page(AuditRow), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, auditLogPolicy)
      const { rows, total } = await listAudit(app.ctx.db, request.query)
      return { items: rows.map(presentAuditRow), total }
    },
  )
}
