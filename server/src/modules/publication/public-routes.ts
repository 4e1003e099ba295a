import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { loadCalendar } from '../../platform/calendar.ts'
import { AppError } from '../../platform/errors.ts'
import { acceptRateLimits, perMinute } from '../../platform/rate-limit.ts'
import { errorResponses, Page } from '../../platform/schemas.ts'
import { supportCounts } from '../supports/repo.ts'
import { presentPublicAnswer, presentPublicItem } from './present.ts'
import { getPublished, listPublished, publicEvents } from './repo.ts'
import { IdParams, PublicAnswer, PublicAnswerItem, PublicAnswersQuery } from './schema.ts'

const NOT_FOUND = { zh: '该答复未公开或已撤回', en: 'No published answer with that id' }

/**
 * The public list of answers (办理结果公开): what staff published of consenting items, as published — the
 * originals, names and numbers never leave the item. Withdrawn and unpublished items are 404.
 */
export async function publicAnswerRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  await acceptRateLimits(app)
  const limit = perMinute(config.publicRateLimitPerMinute > 0 ? config.publicRateLimitPerMinute * 5 : 0)

  app.get(
    '/api/public/answers',
    {
      config: limit,
      schema: {
        tags: ['public'],
        summary:
          'Published questions and answers, newest first: by town, category, stage (open / answered) and words',
        querystring: PublicAnswersQuery,
        response: { 200: Page(PublicAnswerItem), ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const [{ rows, total }, calendar] = await Promise.all([
        listPublished(db, config.countyCode, request.query),
        loadCalendar(db, config.countyCode),
      ])
      const supports = await supportCounts(
        db,
        rows.map((r) => r.suggestion_id),
      )
      reply.header('cache-control', 'public, max-age=60')
      return {
        items: rows.map((r) => presentPublicItem(r, calendar, supports.get(r.suggestion_id) ?? 0)),
        total,
      }
    },
  )

  app.get(
    '/api/public/answers/:id',
    {
      config: limit,
      schema: {
        tags: ['public'],
        summary:
          'One published item: the question, the answer, the responsible unit, the working days taken, the outcome, the rating and its public timeline',
        params: IdParams,
        response: { 200: PublicAnswer, ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const row = await getPublished(db, config.countyCode, request.params.id)
      if (!row) throw new AppError('not_found', NOT_FOUND)
      const [events, calendar, supports] = await Promise.all([
        publicEvents(db, row.suggestion_id),
        loadCalendar(db, config.countyCode),
        supportCounts(db, [row.suggestion_id]),
      ])
      reply.header('cache-control', 'public, max-age=60')
      return presentPublicAnswer(row, calendar, events, supports.get(row.suggestion_id) ?? 0)
    },
  )
}
