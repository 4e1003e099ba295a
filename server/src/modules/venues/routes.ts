import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { VenueKind } from '../../db/types.ts'
import {
  assertRegionInScope,
  pathWithin,
  regionCodeInScope,
  regionPaths,
  requireRole,
} from '../../platform/access.ts'
import { command } from '../../platform/context.ts'
import { conflict, invalidField } from '../../platform/errors.ts'
import { fetchPage, likePattern } from '../../platform/paging.ts'
import { errorResponses, Nullable, Page, Paging, RegionCode, Uuid } from '../../platform/schemas.ts'
import { REFERENCE_EDITORS, referenceReadScope, townCodeOf } from '../../platform/scope.ts'

export const VENUE_KINDS: VenueKind[] = ['station', 'point', 'window', 'post', 'mobile']
export const venueKindLabels: Record<VenueKind, { zh: string; en: string }> = {
  station: { zh: '联络站', en: 'Liaison station' },
  point: { zh: '联络点', en: 'Liaison point' },
  window: { zh: '便民服务窗', en: 'Convenience window' },
  post: { zh: '代表履职岗', en: 'Deputy duty post' },
  mobile: { zh: '流动联络点', en: 'Mobile point' },
}

export const VenueKindSchema = Type.Enum(VENUE_KINDS)

export const Venue = Type.Object({
  id: Type.String(),
  code: Type.String(),
  kind: VenueKindSchema,
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  address: Type.String(),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  receptionHours: Type.String(),
  description: Type.String(),
  active: Type.Boolean(),
  deputyCount: Type.Integer(),
  version: Type.Integer(),
})

export const VenueQuery = Type.Object(
  {
    kind: Type.Optional(VenueKindSchema),
    regionCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

const venueFields = {
  code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }),
  kind: VenueKindSchema,
  name: Type.String({ minLength: 2, maxLength: 80 }),
  regionCode: RegionCode,
  address: Type.String({ maxLength: 200 }),
  lat: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
  lng: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
  receptionHours: Type.String({ maxLength: 200 }),
  description: Type.String({ maxLength: 2000 }),
  active: Type.Boolean(),
}

const VenueCreate = Type.Object(
  {
    code: venueFields.code,
    kind: venueFields.kind,
    name: venueFields.name,
    regionCode: venueFields.regionCode,
    address: Type.Optional(venueFields.address),
    lat: Type.Optional(venueFields.lat),
    lng: Type.Optional(venueFields.lng),
    receptionHours: Type.Optional(venueFields.receptionHours),
    description: Type.Optional(venueFields.description),
  },
  { additionalProperties: false },
)

const VenuePatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale version answers 409' }),
    kind: Type.Optional(venueFields.kind),
    name: Type.Optional(venueFields.name),
    regionCode: Type.Optional(venueFields.regionCode),
    address: Type.Optional(venueFields.address),
    lat: Type.Optional(venueFields.lat),
    lng: Type.Optional(venueFields.lng),
    receptionHours: Type.Optional(venueFields.receptionHours),
    description: Type.Optional(venueFields.description),
    active: Type.Optional(venueFields.active),
  },
  { additionalProperties: false },
)

const VENUE = { zh: '联络阵地', en: 'venue' }

function venueQuery(db: Db) {
  return db.selectFrom('venues as v').innerJoin('regions as r', 'r.code', 'v.region_code')
}

function venueSelection(q: ReturnType<typeof venueQuery>) {
  return q
    .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
    .select((eb) => [
      'v.id',
      'v.code',
      'v.kind',
      'v.name',
      'v.region_code',
      'v.address',
      'v.lat',
      'v.lng',
      'v.reception_hours',
      'v.description',
      'v.active',
      'v.version',
      'r.name as region_name',
      'r.path as region_path',
      't.code as town_code',
      't.name as town_name',
      eb
        .selectFrom('deputy_venues as dv')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('dv.venue_id', '=', 'v.id')
        .as('deputy_count'),
    ])
}

type VenueRow = Awaited<ReturnType<ReturnType<typeof venueSelection>['executeTakeFirstOrThrow']>>

export function presentVenue(r: VenueRow) {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    name: r.name,
    regionCode: r.region_code,
    regionName: r.region_name,
    townCode: r.town_code,
    townName: r.town_name,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    receptionHours: r.reception_hours,
    description: r.description,
    active: r.active,
    deputyCount: Number(r.deputy_count ?? 0),
    version: r.version,
  }
}

export async function listVenues(
  db: Db,
  scopePaths: string[] | null,
  query: {
    kind?: VenueKind
    regionCode?: string
    q?: string
    limit?: number
    offset?: number
    activeOnly?: boolean
  },
) {
  let base = venueQuery(db)
  if (scopePaths) base = base.where(regionCodeInScope('v.region_code', scopePaths))
  if (query.activeOnly) base = base.where('v.active', '=', true)
  if (query.kind) base = base.where('v.kind', '=', query.kind)
  if (query.regionCode) {
    const code = query.regionCode
    base = base.where((eb) => eb.or([eb('v.region_code', '=', code), eb('r.parent_code', '=', code)]))
  }
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) =>
      eb.or([eb('v.name', 'like', pattern), eb('v.code', 'like', pattern), eb('v.address', 'like', pattern)]),
    )
  }
  const { rows, total } = await fetchPage(
    base,
    (q) => venueSelection(q).orderBy('r.path').orderBy('v.kind').orderBy('v.code'),
    query,
  )
  return { items: rows.map(presentVenue), total }
}

export async function getVenue(db: Db, id: string) {
  return venueSelection(venueQuery(db)).where('v.id', '=', id).executeTakeFirst()
}

async function regionPathOf(db: Db, code: string): Promise<string | undefined> {
  return (await db.selectFrom('regions').select('path').where('code', '=', code).executeTakeFirst())?.path
}

export async function venueRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx

  app.get(
    '/api/venues',
    {
      schema: {
        tags: ['reference'],
        summary: 'Liaison venues (station, point, window, post, mobile) in the caller’s scope',
        querystring: VenueQuery,
        response: { 200: Page(Venue), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listVenues(db, referenceReadScope(request).paths, request.query),
  )

  app.get(
    '/api/venues/:id',
    {
      schema: {
        tags: ['reference'],
        summary: 'One venue (404 outside the caller’s scope)',
        params: Type.Object({ id: Uuid }),
        response: { 200: Venue, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { paths } = referenceReadScope(request)
      const row = await getVenue(db, request.params.id)
      assertRegionInScope(row?.region_path, paths, VENUE)
      return presentVenue(row!)
    },
  )

  app.post(
    '/api/venues',
    {
      schema: {
        tags: ['reference'],
        summary: 'Create a venue (county admin; town staff within their town)',
        body: VenueCreate,
        response: { 201: Venue, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, ...REFERENCE_EDITORS)
      const body = request.body
      const path = await regionPathOf(db, body.regionCode)
      if (!path || !pathWithin(path, regionPaths(principal, REFERENCE_EDITORS))) {
        throw invalidField('body.regionCode', {
          zh: '所属区划不存在或不在您的管辖范围内',
          en: 'Unknown region, or outside your scope',
        })
      }
      const id = await command(request, async (trx, audit) => {
        const existing = await trx
          .selectFrom('venues')
          .select('id')
          .where('code', '=', body.code)
          .executeTakeFirst()
        if (existing)
          throw conflict(
            { zh: `编码 ${body.code} 已被使用`, en: `Code ${body.code} is already used` },
            'body.code',
          )
        const { id } = await trx
          .insertInto('venues')
          .values({
            code: body.code,
            kind: body.kind,
            name: body.name,
            region_code: body.regionCode,
            address: body.address ?? '',
            lat: body.lat ?? null,
            lng: body.lng ?? null,
            reception_hours: body.receptionHours ?? '',
            description: body.description ?? '',
            county_code: app.ctx.config.countyCode,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await audit({
          action: 'venue.create',
          targetType: 'venue',
          targetId: id,
          detail: { code: body.code, name: body.name },
        })
        return id
      })
      reply.code(201)
      return presentVenue((await getVenue(db, id))!)
    },
  )

  app.patch(
    '/api/venues/:id',
    {
      schema: {
        tags: ['reference'],
        summary: 'Change a venue (optimistic concurrency on version)',
        params: Type.Object({ id: Uuid }),
        body: VenuePatch,
        response: { 200: Venue, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = requireRole(request, ...REFERENCE_EDITORS)
      const editPaths = regionPaths(principal, REFERENCE_EDITORS)
      const current = await getVenue(db, request.params.id)
      assertRegionInScope(current?.region_path, editPaths, VENUE)
      const { version, ...changes } = request.body
      if (changes.regionCode) {
        const path = await regionPathOf(db, changes.regionCode)
        if (!path || !pathWithin(path, editPaths)) {
          throw invalidField('body.regionCode', {
            zh: '所属区划不存在或不在您的管辖范围内',
            en: 'Unknown region, or outside your scope',
          })
        }
      }
      await command(request, async (trx, audit) => {
        const result = await trx
          .updateTable('venues')
          .set({
            ...(changes.kind !== undefined && { kind: changes.kind }),
            ...(changes.name !== undefined && { name: changes.name }),
            ...(changes.regionCode !== undefined && { region_code: changes.regionCode }),
            ...(changes.address !== undefined && { address: changes.address }),
            ...(changes.lat !== undefined && { lat: changes.lat }),
            ...(changes.lng !== undefined && { lng: changes.lng }),
            ...(changes.receptionHours !== undefined && { reception_hours: changes.receptionHours }),
            ...(changes.description !== undefined && { description: changes.description }),
            ...(changes.active !== undefined && { active: changes.active }),
            version: version + 1,
            updated_at: new Date(),
          })
          .where('id', '=', request.params.id)
          .where('version', '=', version)
          .executeTakeFirst()
        if (Number(result.numUpdatedRows) !== 1) {
          throw conflict(
            {
              zh: '该记录已被他人修改，请刷新后重试',
              en: 'Someone else changed this record; reload and try again',
            },
            'body.version',
          )
        }
        await audit({
          action: 'venue.update',
          targetType: 'venue',
          targetId: request.params.id,
          detail: { fields: Object.keys(changes) },
        })
      })
      return presentVenue((await getVenue(db, request.params.id))!)
    },
  )
}
