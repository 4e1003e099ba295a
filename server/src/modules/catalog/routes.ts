import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorResponses, Page, Paging } from '../../platform/schemas.ts'
import { listCategories } from './repo.ts'
import { Category } from './schema.ts'

/** The catalogue is public: the citizen's form offers the categories too. */
export async function catalogRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/categories',
    {
      config: { public: true },
      schema: {
        tags: ['suggestions'],
        summary: 'Suggestion categories (configurable taxonomy)',
        querystring: Type.Object(Paging, { additionalProperties: false }),
        response: { 200: Page(Category), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { rows, total } = await listCategories(app.ctx.db, request.query)
      return { items: rows.map((r) => ({ code: r.code, name: r.name, nameEn: r.name_en })), total }
    },
  )
}
