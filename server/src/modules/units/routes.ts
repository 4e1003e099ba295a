import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { reach } from '../../platform/policy.ts'
import { errorResponses, Page } from '../../platform/schemas.ts'
import { unitPolicy } from './policy.ts'
import { presentPlatformType, presentUnit } from './present.ts'
import { listPlatformTypes, listUnits } from './repo.ts'
import { PlatformType, PlatformTypeQuery, Unit, UnitQuery } from './schema.ts'

export async function unitRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx

  app.get(
    '/api/units',
    {
      config: { reach: unitPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'Handling units: 一府一委两院 departments, town governments, 一室四平台 platforms',
        querystring: UnitQuery,
        response: { 200: Page(Unit), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, unitPolicy)
      const { rows, total } = await listUnits(db, request.query)
      return { items: rows.map(presentUnit), total }
    },
  )

  app.get(
    '/api/platform-types',
    {
      config: { reach: unitPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'The town platform types (一室四平台), kept as data',
        querystring: PlatformTypeQuery,
        response: { 200: Page(PlatformType), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      reach(request, unitPolicy)
      const { rows, total } = await listPlatformTypes(db, request.query)
      return { items: rows.map(presentPlatformType), total }
    },
  )
}
