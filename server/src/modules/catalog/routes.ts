import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { command } from '../../platform/context.ts'
import { conflict, notFound } from '../../platform/errors.ts'
import { reach } from '../../platform/policy.ts'
import { errorResponses, Page, Paging } from '../../platform/schemas.ts'
import { categoryPolicy } from './policy.ts'
import {
  type CategoryRow,
  getCategory,
  insertCategory,
  listAllCategories,
  listCategories,
  nextCategorySort,
  updateCategory,
} from './repo.ts'
import { Category, CategoryAdmin, CategoryCreate, CategoryPatch } from './schema.ts'

const presentCategoryAdmin = (r: CategoryRow) => ({
  code: r.code,
  name: r.name,
  nameEn: r.name_en,
  sort: r.sort,
  active: r.active,
  version: r.version,
})

const CategoryCode = Type.String({ minLength: 1, maxLength: 32, pattern: '^[a-z][a-z0-9_]*$' })

/** The catalogue is public: the citizen's form offers the categories too. Its administrators keep it. */
export async function catalogRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx
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
      const { rows, total } = await listCategories(db, request.query)
      return { items: rows.map((r) => ({ code: r.code, name: r.name, nameEn: r.name_en })), total }
    },
  )

  app.get(
    '/api/catalog/categories',
    {
      config: { reach: categoryPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary: 'Every category, retired ones too, with order and version (county admins)',
        querystring: Type.Object(Paging, { additionalProperties: false }),
        response: { 200: Page(CategoryAdmin), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, categoryPolicy)
      const { rows, total } = await listAllCategories(db, request.query)
      return { items: rows.map(presentCategoryAdmin), total }
    },
  )

  app.post(
    '/api/categories',
    {
      config: { reach: categoryPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary: 'Create a category (county admins)',
        body: CategoryCreate,
        response: { 201: CategoryAdmin, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reach(request, categoryPolicy)
      const body = request.body
      await command(request, async (trx, audit) => {
        if (await getCategory(trx, body.code))
          throw conflict(
            { zh: `类别编码 ${body.code} 已被使用`, en: `Category code ${body.code} is already used` },
            'body.code',
          )
        const category = {
          code: body.code,
          name: body.name,
          nameEn: body.nameEn ?? '',
          sort: body.sort ?? (await nextCategorySort(trx)),
        }
        await insertCategory(trx, category)
        await audit({
          action: 'category.create',
          targetType: 'category',
          targetId: body.code,
          detail: category,
        })
      })
      reply.code(201)
      return presentCategoryAdmin((await getCategory(db, body.code))!)
    },
  )

  app.patch(
    '/api/categories/:code',
    {
      config: { reach: categoryPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary: 'Rename, reorder, retire or restore a category (county admins; optimistic concurrency)',
        params: Type.Object({ code: CategoryCode }),
        body: CategoryPatch,
        response: { 200: CategoryAdmin, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      reach(request, categoryPolicy)
      const { code } = request.params
      const { version, ...changes } = request.body
      if (!(await getCategory(db, code))) throw notFound(categoryPolicy.entity)
      await command(request, async (trx, audit) => {
        if (!(await updateCategory(trx, code, version, changes)))
          throw conflict(
            {
              zh: '该记录已被他人修改，请刷新后重试',
              en: 'Someone else changed this record; reload and try again',
            },
            'body.version',
          )
        await audit({
          action:
            changes.active === false
              ? 'category.retire'
              : changes.active === true
                ? 'category.restore'
                : 'category.update',
          targetType: 'category',
          targetId: code,
          detail: { fields: Object.keys(changes), ...changes },
        })
      })
      return presentCategoryAdmin((await getCategory(db, code))!)
    },
  )
}
