import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses } from '../../platform/schemas.ts'
import { proposalFigures } from '../proposals/repo.ts'
import { activeSubscriptions, publishedFigures, supportFigures } from './repo.ts'
import { OpennessFigures, OpennessQuery } from './schema.ts'

/** The year's figures of openness, public: what was published, supported and followed, and the proposals. */
export async function opennessRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/public/openness',
    {
      schema: {
        tags: ['public'],
        summary:
          'A year’s figures of openness: answers published (办理结果公开), supports (附议), follows (关注), deputies’ proposals (代表建议) by state and outcome, and the deputies’ satisfaction with the answers',
        querystring: OpennessQuery,
        response: { 200: OpennessFigures, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const { year } = request.query
      const county = config.countyCode
      const [publishedAnswers, supports, active, proposals] = await Promise.all([
        publishedFigures(db, county, year),
        supportFigures(db, county, year),
        activeSubscriptions(db, county),
        proposalFigures(db, county, year),
      ])
      const rated =
        proposals.ratings.satisfied + proposals.ratings.basically_satisfied + proposals.ratings.dissatisfied
      reply.header('cache-control', 'public, max-age=300')
      return {
        year,
        publishedAnswers,
        supports,
        subscriptions: { active },
        proposals: {
          total: proposals.total,
          byStatus: proposals.byStatus,
          byOutcome: proposals.byOutcome,
          ratings: proposals.ratings,
          rehandled: proposals.rehandled,
          satisfactionRate: rated
            ? (proposals.ratings.satisfied + proposals.ratings.basically_satisfied) / rated
            : null,
        },
      }
    },
  )
}
