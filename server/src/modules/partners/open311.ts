import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { requirePartner } from '../../platform/api-keys.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import { uuidv7 } from '../../platform/ids.ts'
import { acceptRateLimits, perMinute } from '../../platform/rate-limit.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { statusLabels } from '../suggestions/index.ts'
import { partnerSubmit } from './intake.ts'
import {
  IdempotencyHeader,
  Open311Created,
  Open311Query,
  Open311Request,
  Open311RequestParams,
  Open311Service,
  Open311Submission,
} from './open311-schema.ts'
import { partnerIntake } from './policy.ts'
import { countyIso } from './present.ts'
import { activeCategories, publicRequests } from './repo.ts'

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2), for civic tools elsewhere, on the same intake and
 * tracking as the partner API:
 * - services: the categories (service_code = the category's code);
 * - requests: the public view of items (service_request_id = the tracking code): not rejected, and nothing a
 *   citizen wrote or left (no description, contact or map point); status `closed` once the item is closed;
 * - POST requests: an item handed in by a partner key with the intake scope (the `api_key` field of the body, or
 *   the Authorization header; never the query string, which is logged), form-encoded or JSON; `address_id` may name the village by its 12-digit code; an
 *   Idempotency-Key header makes retries safe (it is also the item's reference, else one is drawn).
 * Times are the county's (ISO 8601 with +08:00). Errors are the API's problem+json.
 */

const DAY = 86_400_000
const MAX_RESULTS = 1000
const REGION_CODE = /^[0-9]{12}$/

const open311Status = (status: string): 'open' | 'closed' => (status === 'closed' ? 'closed' : 'open')

const number = (value: number | string | undefined, field: string) => {
  if (value === undefined || value === '') return undefined
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(n)) throw invalidField(field, { zh: '坐标格式不正确', en: `${field} is not a number` })
  return n
}

export async function open311Routes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  await acceptRateLimits(app)
  // GeoReport clients post forms (application/x-www-form-urlencoded); this plugin only reads them.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  )
  const readLimit = perMinute(config.trackingRateLimitPerMinute)

  app.get(
    '/open311/v2/services.json',
    {
      config: { public: true, ...readLimit },
      schema: {
        tags: ['open311'],
        summary: 'Open311 GeoReport v2: the services (the categories of opinions and suggestions)',
        querystring: Type.Object({ jurisdiction_id: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: { 200: Type.Array(Open311Service), ...errorResponses(400, 429) },
      },
    },
    async () =>
      (await activeCategories(db)).map((c) => ({
        service_code: c.code,
        service_name: c.name,
        description: c.name_en ? `${c.name} · ${c.name_en}` : c.name,
        metadata: false,
        type: 'realtime' as const,
        keywords: c.name_en ?? '',
        group: '意见建议',
      })),
  )

  const present = (r: Awaited<ReturnType<typeof publicRequests>>[number]) => ({
    service_request_id: r.tracking_code,
    status: open311Status(r.status),
    status_notes: `${statusLabels[r.status].zh} · ${statusLabels[r.status].en}`,
    service_name: r.category_name,
    service_code: r.category_code,
    agency_responsible: r.unit_name,
    requested_datetime: countyIso(r.received_at),
    updated_datetime: countyIso(r.updated_at),
    expected_datetime: r.due_at ? countyIso(r.due_at) : null,
    address: r.region_name,
  })

  app.get(
    '/open311/v2/requests.json',
    {
      config: { public: true, ...readLimit },
      schema: {
        tags: ['open311'],
        summary:
          'Open311 GeoReport v2: service requests the public may know of (90 days by default, at most 1000; no personal data)',
        querystring: Open311Query,
        response: { 200: Type.Array(Open311Request), ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const q = request.query
      const to = q.end_date ? new Date(q.end_date) : new Date()
      const from = q.start_date ? new Date(q.start_date) : new Date(to.getTime() - 90 * DAY)
      if (from > to)
        throw invalidField('querystring.start_date', {
          zh: '开始时间不能晚于结束时间',
          en: 'start_date is after end_date',
        })
      const rows = await publicRequests(db, config.countyCode, {
        trackingCodes: q.service_request_id
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        serviceCode: q.service_code,
        from,
        to,
        closed: q.status === undefined ? undefined : q.status === 'closed',
        limit: MAX_RESULTS,
      })
      return rows.map(present)
    },
  )

  app.get(
    '/open311/v2/requests/:id.json',
    {
      config: { public: true, ...readLimit },
      schema: {
        tags: ['open311'],
        summary: 'Open311 GeoReport v2: one service request, by its id (the tracking code)',
        params: Open311RequestParams,
        response: { 200: Type.Array(Open311Request), ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const rows = await publicRequests(db, config.countyCode, {
        trackingCodes: [request.params.id],
        from: new Date(0),
        to: new Date(),
        limit: 1,
      })
      if (rows.length === 0)
        throw new AppError('not_found', { zh: '没有该事项', en: 'No such service request' })
      return rows.map(present)
    },
  )

  app.post(
    '/open311/v2/requests.json',
    {
      config: {
        reach: partnerIntake.reach,
        partnerKeyParam: true,
        ...perMinute(config.partnerRateLimitPerMinute),
      },
      schema: {
        tags: ['open311'],
        summary:
          'Open311 GeoReport v2: create a service request (api_key = a partner key with the intake scope; form or JSON)',
        consumes: ['application/x-www-form-urlencoded', 'application/json'],
        headers: IdempotencyHeader,
        body: Open311Submission,
        response: {
          201: Type.Array(Open311Created),
          200: Type.Array(Open311Created),
          ...errorResponses(400, 401, 403, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const partner = requirePartner(request)
      const b = request.body
      const lat = number(b.lat, 'body.lat')
      const lng = number(b.long, 'body.long')
      if ((lat === undefined) !== (lng === undefined))
        throw invalidField('body.long', { zh: '请同时提供经纬度', en: 'lat and long go together' })
      if (lat === undefined && !b.address_string?.trim() && !b.address_id)
        throw invalidField('body.address_string', {
          zh: '请提供位置（经纬度、地址或村社区编码）',
          en: 'A location is required: lat and long, address_string or address_id',
        })
      const description = b.description?.trim() ?? ''
      const place = b.address_string?.trim()
      const key = request.headers['idempotency-key']
      const name = [b.last_name, b.first_name].filter((s) => s?.trim()).join('') || null
      const { created, replayed } = await partnerSubmit(
        request,
        partner,
        {
          reference: key ? `open311-${key}` : `open311-${uuidv7()}`,
          content: place ? `${description}（地点：${place}）` : description,
          category: b.service_code,
          regionCode: b.address_id && REGION_CODE.test(b.address_id) ? b.address_id : null,
          location: lat !== undefined && lng !== undefined ? { lat, lng } : null,
          contact: name || b.phone ? { name, phone: b.phone ?? null } : null,
        },
        key,
      )
      reply.code(replayed ? 200 : 201)
      return [
        {
          service_request_id: created.trackingCode,
          service_notice: '已收到，将在当天受理 · Received; it will be taken in today',
          account_id: null,
        },
      ]
    },
  )
}
