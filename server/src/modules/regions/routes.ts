import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { reach } from '../../platform/policy.ts'
import { errorResponses, Page } from '../../platform/schemas.ts'
import { scopeFor } from '../../platform/scope.ts'
import { gridPolicy, regionPolicy } from './policy.ts'
import { presentGrid, presentRegion } from './present.ts'
import { listGrids, listRegions } from './repo.ts'
import { Grid, GridQuery, Region, RegionListQuery } from './schema.ts'

export async function regionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx

  app.get(
    '/api/regions',
    {
      config: { reach: regionPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'Region tree: county, towns/subdistricts, villages/communities (12-digit codes)',
        querystring: RegionListQuery,
        response: { 200: Page(Region), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, regionPolicy)
      const { rows, total } = await listRegions(db, app.ctx.config.countyCode, request.query)
      return { items: rows.map(presentRegion), total }
    },
  )

  app.get(
    '/api/grids',
    {
      config: { reach: gridPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'Social-governance grids in the caller’s scope',
        querystring: GridQuery,
        response: { 200: Page(Grid), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, gridPolicy)
      const { rows, total } = await listGrids(db, scopeFor(gridPolicy, principal), request.query)
      return { items: rows.map(presentGrid), total }
    },
  )
}
