import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import { regionCodeInScope } from '../../platform/access.ts'
import { fetchPage, likePattern } from '../../platform/paging.ts'
import { errorResponses, Nullable, Page, Paging, RegionCode } from '../../platform/schemas.ts'
import { referenceReadScope, townCodeOf } from '../../platform/scope.ts'

export const Region = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Nullable(Type.String()),
  level: Type.Union([Type.Literal('county'), Type.Literal('town'), Type.Literal('village')]),
  kind: Type.String(),
  parentCode: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
})

export const RegionQuery = Type.Object(
  {
    level: Type.Optional(Type.Union([Type.Literal('county'), Type.Literal('town'), Type.Literal('village')])),
    parentCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

export const Grid = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  deputyCount: Type.Integer(),
})

export const GridQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), q: Type.Optional(Type.String({ maxLength: 50 })), ...Paging },
  { additionalProperties: false },
)

type RegionFilter = { level?: string; parentCode?: string; q?: string; limit?: number; offset?: number }

/** Regions are public geography: listed the same for staff and citizens. */
export async function listRegions(db: Db, query: RegionFilter) {
  let base = db.selectFrom('regions')
  if (query.level) base = base.where('level', '=', query.level as 'town')
  if (query.parentCode) base = base.where('parent_code', '=', query.parentCode)
  if (query.q)
    base = base.where((eb) =>
      eb.or([eb('name', 'like', likePattern(query.q!)), eb('code', 'like', likePattern(query.q!))]),
    )
  const { rows, total } = await fetchPage(base, (q) => q.selectAll().orderBy('path'), query)
  return {
    items: rows.map((r) => ({
      code: r.code,
      name: r.name,
      nameEn: r.name_en,
      level: r.level,
      kind: r.kind,
      parentCode: r.parent_code,
      lat: r.lat,
      lng: r.lng,
    })),
    total,
  }
}

export async function listGrids(
  db: Db,
  scopePaths: string[],
  query: { regionCode?: string; q?: string; limit?: number; offset?: number },
) {
  let base = db
    .selectFrom('grids as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code')
    .where(regionCodeInScope('g.region_code', scopePaths))
  if (query.regionCode) {
    const code = query.regionCode
    base = base.where((eb) => eb.or([eb('g.region_code', '=', code), eb('r.parent_code', '=', code)]))
  }
  if (query.q)
    base = base.where((eb) =>
      eb.or([eb('g.name', 'like', likePattern(query.q!)), eb('g.code', 'like', likePattern(query.q!))]),
    )
  const { rows, total } = await fetchPage(
    base,
    (q) =>
      q
        .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
        .select((eb) => [
          'g.id',
          'g.code',
          'g.name',
          'g.region_code',
          'r.name as region_name',
          't.code as town_code',
          't.name as town_name',
          eb
            .selectFrom('deputy_grids as dg')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('dg.grid_id', '=', 'g.id')
            .as('deputy_count'),
        ])
        .orderBy('g.code'),
    query,
  )
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      regionCode: r.region_code,
      regionName: r.region_name,
      townCode: r.town_code,
      townName: r.town_name,
      deputyCount: Number(r.deputy_count ?? 0),
    })),
    total,
  }
}

export async function regionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/regions',
    {
      schema: {
        tags: ['reference'],
        summary: 'Region tree: county, towns/subdistricts, villages/communities (12-digit codes)',
        querystring: RegionQuery,
        response: { 200: Page(Region), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      referenceReadScope(request)
      return listRegions(app.ctx.db, request.query)
    },
  )
  app.get(
    '/api/grids',
    {
      schema: {
        tags: ['reference'],
        summary: 'Social-governance grids in the caller’s scope',
        querystring: GridQuery,
        response: { 200: Page(Grid), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listGrids(app.ctx.db, referenceReadScope(request).paths, request.query),
  )
}
