import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { command } from '../../platform/context.ts'
import { conflict, invalidField } from '../../platform/errors.ts'
import { abilitiesOf, authorize, reach } from '../../platform/policy.ts'
import { errorResponses, Page, Uuid } from '../../platform/schemas.ts'
import { scopeFor } from '../../platform/scope.ts'
import { regionPathOf } from '../regions/repo.ts'
import { mayPlaceVenue, venueEditing, venuePolicy } from './policy.ts'
import { presentVenue } from './present.ts'
import { getVenue, insertVenue, listVenues, updateVenue, venueCodeTaken } from './repo.ts'
import { Venue, VenueCreate, VenueDetail, VenuePatch, VenueQuery } from './schema.ts'

const outsideScope = () =>
  invalidField('body.regionCode', {
    zh: '所属区划不存在或不在您的管辖范围内',
    en: 'Unknown region, or outside your scope',
  })

export async function venueRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx

  app.get(
    '/api/venues',
    {
      config: { reach: venuePolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'Liaison venues (station, point, window, post, mobile) in the caller’s scope',
        querystring: VenueQuery,
        response: { 200: Page(Venue), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, venuePolicy)
      const { rows, total } = await listVenues(db, scopeFor(venuePolicy, principal), request.query)
      return { items: rows.map(presentVenue), total }
    },
  )

  app.get(
    '/api/venues/:id',
    {
      config: { reach: venuePolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'One venue (404 outside the caller’s scope)',
        params: Type.Object({ id: Uuid }),
        response: { 200: VenueDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, venuePolicy)
      const row = await getVenue(db, request.params.id)
      const relations = authorize(venuePolicy, principal, 'read', row)
      const allowedActions = abilitiesOf(venuePolicy, relations).filter((a) => a !== 'read')
      return { ...presentVenue(row!), allowedActions }
    },
  )

  app.post(
    '/api/venues',
    {
      config: { reach: venueEditing.reach },
      schema: {
        tags: ['reference'],
        summary: 'Create a venue (county admin; town staff within their town)',
        body: VenueCreate,
        response: { 201: Venue, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, venueEditing)
      const body = request.body
      if (!mayPlaceVenue(principal, await regionPathOf(db, body.regionCode))) throw outsideScope()
      const id = await command(request, async (trx, audit) => {
        if (await venueCodeTaken(trx, body.code))
          throw conflict(
            { zh: `编码 ${body.code} 已被使用`, en: `Code ${body.code} is already used` },
            'body.code',
          )
        const id = await insertVenue(trx, {
          code: body.code,
          kind: body.kind,
          name: body.name,
          regionCode: body.regionCode,
          address: body.address ?? '',
          lat: body.lat ?? null,
          lng: body.lng ?? null,
          receptionHours: body.receptionHours ?? '',
          description: body.description ?? '',
          countyCode: app.ctx.config.countyCode,
        })
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
      config: { reach: venueEditing.reach },
      schema: {
        tags: ['reference'],
        summary: 'Change a venue (optimistic concurrency on version)',
        params: Type.Object({ id: Uuid }),
        body: VenuePatch,
        response: { 200: Venue, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, venueEditing)
      const { id } = request.params
      authorize(venuePolicy, principal, 'update', await getVenue(db, id))
      const { version, ...changes } = request.body
      if (changes.regionCode && !mayPlaceVenue(principal, await regionPathOf(db, changes.regionCode))) {
        throw outsideScope()
      }
      await command(request, async (trx, audit) => {
        if (!(await updateVenue(trx, id, version, changes))) {
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
          targetId: id,
          detail: { fields: Object.keys(changes) },
        })
      })
      return presentVenue((await getVenue(db, id))!)
    },
  )
}
