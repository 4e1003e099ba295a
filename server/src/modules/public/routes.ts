import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { Type } from 'typebox'
import { notFound } from '../../platform/errors.ts'
import { fetchPage, likePattern } from '../../platform/paging.ts'
import { errorResponses, Nullable, Page, Paging, RegionCode, Uuid } from '../../platform/schemas.ts'
import { townCodeOf } from '../../platform/scope.ts'
import { membershipsOf } from '../deputies/routes.ts'
import { listRegions, Region, RegionQuery } from '../regions/routes.ts'
import { getVenue, listVenues, VenueKindSchema } from '../venues/routes.ts'

/** What citizens see without an account: public geography, venues and deputies' public profiles. */

const PublicVenue = Type.Object({
  id: Type.String(),
  code: Type.String(),
  kind: VenueKindSchema,
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  townName: Nullable(Type.String()),
  address: Type.String(),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  receptionHours: Type.String(),
})

const LevelTerm = Type.Object({ level: Type.String(), term: Type.Integer() })

const PublicVenueDetail = Type.Intersect([
  PublicVenue,
  Type.Object({
    description: Type.String(),
    deputies: Type.Array(
      Type.Object({ id: Type.String(), name: Type.String(), levels: Type.Array(LevelTerm) }),
    ),
  }),
])

const PublicDeputy = Type.Object({
  id: Type.String(),
  name: Type.String(),
  gender: Type.String(),
  levels: Type.Array(LevelTerm),
  townName: Nullable(Type.String()),
  occupation: Type.String(),
})

const PublicDeputyDetail = Type.Intersect([
  PublicDeputy,
  Type.Object({
    organisation: Type.String(),
    bio: Type.String(),
    venues: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  }),
])

const levelsOf = (memberships: { level: string; term: number }[] | undefined) =>
  (memberships ?? []).map((m) => ({ level: m.level, term: m.term }))

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
    async (request) => listRegions(db, request.query),
  )

  app.get(
    '/api/public/venues',
    {
      schema: {
        tags: ['public'],
        summary: 'Active liaison venues (public)',
        querystring: Type.Object(
          {
            kind: Type.Optional(VenueKindSchema),
            regionCode: Type.Optional(RegionCode),
            q: Type.Optional(Type.String({ maxLength: 50 })),
            ...Paging,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(PublicVenue), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { items, total } = await listVenues(db, null, { ...request.query, activeOnly: true })
      return { items: items.map(toPublicVenue), total }
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
      const deputies = await db
        .selectFrom('deputy_venues as dv')
        .innerJoin('deputies as d', 'd.id', 'dv.deputy_id')
        .select(['d.id', 'd.name'])
        .where('dv.venue_id', '=', row.id)
        .where('d.active', '=', true)
        .orderBy('d.code')
        .execute()
      const memberships = await membershipsOf(
        db,
        deputies.map((d) => d.id),
      )
      return {
        ...toPublicVenue({
          ...row,
          regionName: row.region_name,
          townName: row.town_name,
          receptionHours: row.reception_hours,
          regionCode: row.region_code,
        }),
        description: row.description,
        deputies: deputies.map((d) => ({ id: d.id, name: d.name, levels: levelsOf(memberships.get(d.id)) })),
      }
    },
  )

  app.get(
    '/api/public/deputies',
    {
      schema: {
        tags: ['public'],
        summary: 'Deputies’ public profiles',
        querystring: Type.Object(
          {
            regionCode: Type.Optional(RegionCode),
            q: Type.Optional(Type.String({ maxLength: 50 })),
            ...Paging,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(PublicDeputy), ...errorResponses(400) },
      },
    },
    async (request) => {
      let base = db
        .selectFrom('deputies as d')
        .innerJoin('regions as r', 'r.code', 'd.region_code')
        .where('d.active', '=', true)
      if (request.query.regionCode) {
        const code = request.query.regionCode
        base = base.where((eb) => eb.or([eb('d.region_code', '=', code), eb('r.parent_code', '=', code)]))
      }
      if (request.query.q) base = base.where('d.name', 'like', likePattern(request.query.q))
      const { rows, total } = await fetchPage(
        base,
        (q) =>
          q
            .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
            .select(['d.id', 'd.name', 'd.gender', 'd.occupation', 't.name as town_name'])
            .orderBy(sql`d.name`)
            .orderBy('d.code'),
        request.query,
      )
      const memberships = await membershipsOf(
        db,
        rows.map((r) => r.id),
      )
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          gender: r.gender,
          levels: levelsOf(memberships.get(r.id)),
          townName: r.town_name,
          occupation: r.occupation,
        })),
        total,
      }
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
      const row = await db
        .selectFrom('deputies as d')
        .innerJoin('regions as r', 'r.code', 'd.region_code')
        .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
        .select([
          'd.id',
          'd.name',
          'd.gender',
          'd.occupation',
          'd.organisation',
          'd.bio',
          't.name as town_name',
        ])
        .where('d.id', '=', request.params.id)
        .where('d.active', '=', true)
        .executeTakeFirst()
      if (!row) throw notFound({ zh: '代表', en: 'deputy' })
      const [memberships, venues] = await Promise.all([
        membershipsOf(db, [row.id]),
        db
          .selectFrom('deputy_venues as dv')
          .innerJoin('venues as v', 'v.id', 'dv.venue_id')
          .select(['v.id', 'v.name'])
          .where('dv.deputy_id', '=', row.id)
          .where('v.active', '=', true)
          .orderBy('v.code')
          .execute(),
      ])
      return {
        id: row.id,
        name: row.name,
        gender: row.gender,
        levels: levelsOf(memberships.get(row.id)),
        townName: row.town_name,
        occupation: row.occupation,
        organisation: row.organisation,
        bio: row.bio,
        venues,
      }
    },
  )
}

function toPublicVenue(v: {
  id: string
  code: string
  kind: 'station' | 'point' | 'window' | 'post' | 'mobile'
  name: string
  regionCode: string
  regionName: string
  townName: string | null
  address: string
  lat: number | null
  lng: number | null
  receptionHours: string
}) {
  return {
    id: v.id,
    code: v.code,
    kind: v.kind,
    name: v.name,
    regionCode: v.regionCode,
    regionName: v.regionName,
    townName: v.townName,
    address: v.address,
    lat: v.lat,
    lng: v.lng,
    receptionHours: v.receptionHours,
  }
}
