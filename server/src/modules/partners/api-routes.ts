import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { requirePartner } from '../../platform/api-keys.ts'
import { loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { notFound } from '../../platform/errors.ts'
import { acceptRateLimits } from '../../platform/rate-limit.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { type Relation, runAction } from '../suggestions/index.ts'
import { partnerSubmit } from './intake.ts'
import { partnerIntake, partnerStatus, platformReply } from './policy.ts'
import { presentAssignment, presentStatus } from './present.ts'
import { assignmentOf, itemByReference, primaryOf, publicEventsOf } from './repo.ts'
import {
  Assignment,
  AssignmentParams,
  AssignmentReply,
  IdempotencyHeader,
  PartnerCreated,
  PartnerStatus,
  PartnerSubmission,
  ReferenceParams,
} from './schema.ts'

const ITEM = { zh: '事项', en: 'item' }
const SECURITY = [{ partnerKey: [] }]

/**
 * The partner API (/api/partner/v1): partner systems call it with `Authorization: Bearer <key>`, each route
 * gated by the scope it needs (`partner:<scope>`, platform/gate.ts: unknown or revoked key 401, another scope
 * 403), limited per key. A partner sees only its own items (by its reference); a platform only the items assigned
 * to its unit.
 */
export async function partnerApiRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  await acceptRateLimits(app)
  const perKey = {
    rateLimit:
      config.partnerRateLimitPerMinute > 0
        ? {
            max: config.partnerRateLimitPerMinute,
            timeWindow: '1 minute',
            keyGenerator: (request: { partner: { keyId: string } | null; ip: string }) =>
              request.partner ? `key:${request.partner.keyId}` : `ip:${request.ip}`,
          }
        : (false as const),
  }

  app.post(
    '/api/partner/v1/suggestions',
    {
      config: { reach: partnerIntake.reach, ...perKey },
      schema: {
        tags: ['partner'],
        summary:
          'Hand an item in (channel external). Retries are safe: the same Idempotency-Key, or the same reference, answers the first item (200)',
        security: SECURITY,
        headers: IdempotencyHeader,
        body: PartnerSubmission,
        response: { 201: PartnerCreated, 200: PartnerCreated, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const partner = requirePartner(request)
      const body = request.body
      const { created, replayed } = await partnerSubmit(
        request,
        partner,
        { ...body, receivedAt: body.receivedAt ? new Date(body.receivedAt) : undefined },
        request.headers['idempotency-key'],
      )
      if (replayed) reply.header('idempotent-replayed', 'true')
      reply.code(replayed ? 200 : 201)
      return created
    },
  )

  app.get(
    '/api/partner/v1/suggestions/:reference',
    {
      config: { reach: partnerStatus.reach, ...perKey },
      schema: {
        tags: ['partner'],
        summary: "An item's status and public timeline, by the partner's own reference",
        security: SECURITY,
        params: ReferenceParams,
        response: { 200: PartnerStatus, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      const partner = requirePartner(request)
      const item = await itemByReference(db, partner.partnerId, request.params.reference)
      if (!item) throw notFound(ITEM)
      const primary = item.merged_into_id ? await primaryOf(db, item.merged_into_id) : undefined
      const events = await publicEventsOf(db, primary ? [item.id, primary.id] : [item.id])
      return presentStatus(item, events, primary)
    },
  )

  /** The item as the platform's unit has it now, or 404 (not assigned to it, or not any more). */
  const assignment = async (unitId: string | null, id: string) => {
    const row = unitId ? await assignmentOf(db, id, unitId) : undefined
    if (!row) throw notFound(ITEM)
    return row
  }

  app.get(
    '/api/partner/v1/assignments/:id',
    {
      config: { reach: platformReply.reach, ...perKey },
      schema: {
        tags: ['partner'],
        summary:
          'An item assigned to the platform’s unit (一室四平台), as the assignment webhook announced it',
        security: SECURITY,
        params: AssignmentParams,
        response: { 200: Assignment, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      const partner = requirePartner(request)
      return presentAssignment(await assignment(partner.unitId, request.params.id))
    },
  )

  app.post(
    '/api/partner/v1/assignments/:id/reply',
    {
      config: { reach: platformReply.reach, ...perKey },
      schema: {
        tags: ['partner'],
        summary:
          'The platform’s answer to an item assigned to its unit as lead unit: signs and starts it when needed, then replies (the workflow’s reply, for the manager to review)',
        security: SECURITY,
        params: AssignmentParams,
        body: AssignmentReply,
        response: { 200: Assignment, ...errorResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const partner = requirePartner(request)
      const id = request.params.id
      const current = await assignment(partner.unitId, id)
      const calendar = await loadCalendar(db, config.countyCode)
      // The platform acts as its unit: lead or co-unit of the item, as the active assignment says.
      const relationsFor = (s: { units: readonly { unit_id: string; role: 'lead' | 'co' }[] }) =>
        new Set<Relation>(
          s.units
            .filter((u) => u.unit_id === partner.unitId)
            .map((u) => (u.role === 'lead' ? 'lead_unit' : 'co_unit')),
        )
      const actor = { id: null, name: partner.partnerName, role: 'partner' }
      await command(request, async (trx, audit) => {
        const ctx = { trx, calendar, countyCode: config.countyCode, actor, relationsFor, audit }
        if (current.status === 'assigned' || current.status === 'signed')
          await runAction(ctx, id, 'start', {})
        await runAction(ctx, id, 'reply', {
          answer: request.body.answer,
          outcome: request.body.outcome,
          note: request.body.note,
        })
        await audit({
          action: 'partner.platform_reply',
          targetType: 'suggestion',
          targetId: id,
          detail: { keyId: partner.keyId, partnerId: partner.partnerId, outcome: request.body.outcome },
        })
      })
      return presentAssignment(await assignment(partner.unitId, id))
    },
  )
}
