import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { requirePrincipal } from '../../platform/access.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { workspaceOf } from './repo.ts'
import { Workspace } from './schema.ts'

export async function workspaceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/workspace',
    {
      config: { reach: 'any.role' },
      schema: {
        tags: ['workspace'],
        summary: 'My workspace: what waits on me by step and clock, and my figures · 我的工作台',
        response: { 200: Workspace, ...errorResponses(401, 403) },
      },
    },
    async (request) => workspaceOf(db, requirePrincipal(request), config.countyCode, new Date()),
  )
}
