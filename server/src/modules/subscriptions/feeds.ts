import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { notFound } from '../../platform/errors.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { SUPPORTABLE, supportCounts } from '../supports/repo.ts'
import { atomFeed } from './present.ts'
import { FEED_SIZE, feedItems, targetName, townForFollow } from './repo.ts'
import { CategoryFeedParams, FollowTown, FollowTownParams, TownFeedParams } from './schema.ts'

/**
 * Atom feeds (RFC 4287) of the published items of a town and of a category: the latest FEED_SIZE, newest first,
 * each entry linking to its public page /answers/{id}. Only the published texts (scrubbed by the review) appear;
 * for anyone without a phone to give, or where no SMS gateway is configured. Reads are not rate-limited (like the
 * other public pages' reads); the feeds may be cached for five minutes.
 */

const ATOM = 'application/atom+xml; charset=utf-8'
const AUTHOR = '德清县人大常委会 · 连心'

export async function feedRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  const base = config.publicBaseUrl
  const atomResponse = {
    200: {
      description: 'An Atom feed (application/atom+xml)',
      content: { 'application/atom+xml': { schema: { type: 'string' } } },
    },
  }

  app.get(
    '/api/public/feeds/towns/:code.atom',
    {
      schema: {
        tags: ['public'],
        summary: `A town's latest ${FEED_SIZE} published items and answers, as an Atom feed`,
        params: TownFeedParams,
        response: { ...atomResponse, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { code } = request.params
      const name = await targetName(db, config.countyCode, 'town', code)
      if (!name) throw notFound({ zh: '镇(街道)', en: 'town' })
      const items = await feedItems(db, config.countyCode, { town: code })
      reply.type(ATOM).header('cache-control', 'public, max-age=300')
      return atomFeed(
        {
          self: `${base}/api/public/feeds/towns/${code}.atom`,
          alternate: `${base}/follow?town=${code}`,
          title: `${name} · 意见建议办理结果公开`,
          subtitle: `连心 · ${name}最新公开的意见建议与答复`,
          author: AUTHOR,
        },
        items,
        base,
        new Date(),
      )
    },
  )

  app.get(
    '/api/public/feeds/categories/:code.atom',
    {
      schema: {
        tags: ['public'],
        summary: `A category's latest ${FEED_SIZE} published items and answers, as an Atom feed`,
        params: CategoryFeedParams,
        response: { ...atomResponse, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { code } = request.params
      const name = await targetName(db, config.countyCode, 'category', code)
      if (!name) throw notFound({ zh: '类别', en: 'category' })
      const items = await feedItems(db, config.countyCode, { category: code })
      reply.type(ATOM).header('cache-control', 'public, max-age=300')
      return atomFeed(
        {
          self: `${base}/api/public/feeds/categories/${code}.atom`,
          alternate: `${base}/follow?category=${code}`,
          title: `${name} · 意见建议办理结果公开`,
          subtitle: `连心 · ${name}类最新公开的意见建议与答复`,
          author: AUTHOR,
        },
        items,
        base,
        new Date(),
      )
    },
  )

  app.get(
    '/api/public/follow/towns/:code',
    {
      schema: {
        tags: ['public'],
        summary: 'A town to follow (关注本镇): its name, feed and latest published items with their support',
        params: FollowTownParams,
        response: { 200: FollowTown, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const found = await townForFollow(db, config.countyCode, request.params.code)
      if (!found) throw notFound({ zh: '镇(街道)', en: 'town' })
      const counts = await supportCounts(
        db,
        found.latest.map((i) => i.suggestion_id),
      )
      return {
        code: found.town.code,
        name: found.town.name,
        nameEn: found.town.name_en,
        feedUrl: `/api/public/feeds/towns/${found.town.code}.atom`,
        latest: found.latest.map((i) => ({
          id: i.suggestion_id,
          question: i.question,
          publishedAt: new Date(i.published_at).toISOString(),
          answered: i.answer !== null,
          supportCount: counts.get(i.suggestion_id) ?? 0,
          open: !i.merged_into_id && (SUPPORTABLE as readonly string[]).includes(i.status),
        })),
      }
    },
  )
}
