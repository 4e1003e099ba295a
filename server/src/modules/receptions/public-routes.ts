import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { errorResponses } from '../../platform/schemas.ts'
import { checkRange } from '../duty/index.ts'
import { presentPublicRounds } from './present.ts'
import { listRounds } from './repo.ts'
import { PublicRoundList, PublicRoundQuery } from './schema.ts'

/** The public duty calendar's rounds: where deputies go on tour, when, and who (no notes, no check-in places). */
export async function publicRoundRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/public/rounds',
    {
      schema: {
        tags: ['public'],
        summary: 'Mobile rounds (流动巡诊) in a date range, for the public duty calendar',
        querystring: PublicRoundQuery,
        response: { 200: PublicRoundList, ...errorResponses(400) },
      },
    },
    async (request) => {
      const q = request.query
      checkRange(q)
      const rows = await listRounds(db, sql`r.county_code = ${config.countyCode}`, q)
      return { from: q.from, to: q.to, rounds: await presentPublicRounds(db, rows) }
    },
  )
}
