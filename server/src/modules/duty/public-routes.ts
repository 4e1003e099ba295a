import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { errorResponses } from '../../platform/schemas.ts'
import { listSlots } from './repo.ts'
import { DutySchedule, DutyScheduleQuery } from './schema.ts'
import { checkRange, presentSlots } from './service.ts'

/** The published duty calendar: who receives citizens where and when (names of deputies only). */
export async function publicDutyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/public/duty-schedule',
    {
      schema: {
        tags: ['public'],
        summary: 'Who receives citizens where and when (public) · 代表接待排班',
        querystring: DutyScheduleQuery,
        response: { 200: DutySchedule, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const q = request.query
      checkRange(q)
      const rows = await listSlots(db, sql`s.county_code = ${config.countyCode}`, { ...q, publicOnly: true })
      reply.header('cache-control', 'public, max-age=60')
      return { from: q.from, to: q.to, slots: await presentSlots(db, rows) }
    },
  )
}
