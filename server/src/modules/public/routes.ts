import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { notFound } from '../../platform/errors.ts'
import { errorResponses, Page, Uuid } from '../../platform/schemas.ts'
import { everywhere } from '../../platform/scope.ts'
import { membershipsOf } from '../deputies/repo.ts'
import { presentRegion } from '../regions/index.ts'
import { listRegions } from '../regions/repo.ts'
import { Region, RegionQuery } from '../regions/schema.ts'
import { getVenue, listVenues } from '../venues/repo.ts'
import { nextDuties } from './next-duty.ts'
import {
  presentPublicDeputy,
  presentPublicDeputyDetail,
  presentPublicVenue,
  presentPublicVenueDetail,
} from './present.ts'
import { activeVenuesOf, deputiesAtVenue, getPublicDeputy, listPublicDeputies } from './repo.ts'
import {
  PublicDeputy,
  PublicDeputyDetail,
  PublicDeputyQuery,
  PublicVenue,
  PublicVenueDetail,
  PublicVenueQuery,
} from './schema.ts'

/** What citizens see without an account: public geography, venues and deputies' public profiles. */
export async function publicRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx

  app.get(
    '/api/public/regions',
    {
      schema: {
        tags: ['public'],
        summary: 'Regions (public)',
        querystring: RegionQuery,
        response: { 200: Page(Region), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { rows, total } = await listRegions(db, app.ctx.config.countyCode, request.query)
      return { items: rows.map(presentRegion), total }
    },
  )

  app.get(
    '/api/public/venues',
    {
      schema: {
        tags: ['public'],
        summary: 'Active liaison venues (public)',
        querystring: PublicVenueQuery,
        response: { 200: Page(PublicVenue), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { rows, total } = await listVenues(db, everywhere, { ...request.query, activeOnly: true })
      const duties = await nextDuties(db, { venueIds: rows.map((r) => r.id) })
      return { items: rows.map((r) => presentPublicVenue(r, duties)), total }
    },
  )

  app.get(
    '/api/public/venues/:id',
    {
      schema: {
        tags: ['public'],
        summary: 'A venue’s public page: hours, address and the deputies on duty there',
        params: Type.Object({ id: Uuid }),
        response: { 200: PublicVenueDetail, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const row = await getVenue(db, request.params.id)
      if (!row?.active) throw notFound({ zh: '联络阵地', en: 'venue' })
      const deputies = await deputiesAtVenue(db, row.id)
      const [memberships, duties] = await Promise.all([
        membershipsOf(
          db,
          deputies.map((d) => d.id),
        ),
        nextDuties(db, { venueIds: [row.id] }),
      ])
      return presentPublicVenueDetail(row, deputies, memberships, duties)
    },
  )

  app.get(
    '/api/public/deputies',
    {
      schema: {
        tags: ['public'],
        summary: 'Deputies’ public profiles',
        querystring: PublicDeputyQuery,
        response: { 200: Page(PublicDeputy), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { rows, total } = await listPublicDeputies(db, request.query)
      const ids = rows.map((r) => r.id)
      const [memberships, duties] = await Promise.all([
        membershipsOf(db, ids),
        nextDuties(db, { deputyIds: ids }),
      ])
      return { items: rows.map((r) => presentPublicDeputy(r, memberships.get(r.id), duties)), total }
    },
  )

  app.get(
    '/api/public/deputies/:id',
    {
      schema: {
        tags: ['public'],
        summary: 'A deputy’s public page (never the private contact)',
        params: Type.Object({ id: Uuid }),
        response: { 200: PublicDeputyDetail, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const row = await getPublicDeputy(db, request.params.id)
      if (!row) throw notFound({ zh: '代表', en: 'deputy' })
      const [memberships, venues, duties] = await Promise.all([
        membershipsOf(db, [row.id]),
        activeVenuesOf(db, row.id),
        nextDuties(db, { deputyIds: [row.id] }),
      ])
      return presentPublicDeputyDetail(row, memberships.get(row.id), venues, duties)
    },
  )
}
