import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Principal } from '../../platform/access.ts'
import { cstInstant, loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { notFound } from '../../platform/errors.ts'
import { authorize, reach, relate } from '../../platform/policy.ts'
import { errorResponses, Nullable, Uuid } from '../../platform/schemas.ts'
import { runTransition } from '../../platform/workflow.ts'
import { checkRange, holdSlot } from '../duty/index.ts'
import { actorOf } from '../suggestions/index.ts'
import { receptionPolicy, recording } from './policy.ts'
import { presentReception, presentReceptions } from './present.ts'
import { addVisitors, type RecordTools, recordReception } from './record.ts'
import { getReception, listReceptions, visitorContact } from './repo.ts'
import {
  IdParams,
  Reception,
  ReceptionActionBody,
  ReceptionActionParams,
  ReceptionCreate,
  ReceptionList,
  ReceptionQuery,
  ReceptionSync,
  VisitorsAdd,
} from './schema.ts'
import { type ReceptionInput, receptionWorkflow } from './workflow.ts'

const NONE = '00000000-0000-0000-0000-000000000000'
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/**
 * Reception records (接待记录) in the console: open a session at a venue or a round's stop, add visitors with their
 * head counts and issues (from a phone, online or synced later), close it. Each issue becomes an item of the loop.
 */
export async function receptionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx

  const present = async (principal: Principal, id: string) => {
    const row = (await getReception(db, id))!
    return presentReception(db, row, receptionPolicy.relations(principal, row))
  }

  /** Runs a recording command with everything record.ts needs on its transaction. */
  const recordCommand = async <T>(
    request: FastifyRequest,
    principal: Principal,
    run: (t: RecordTools) => Promise<T>,
  ) => {
    const calendar = await loadCalendar(db, config.countyCode)
    return command(request, (trx, audit, tools) =>
      run({
        trx,
        audit,
        tools,
        cipher,
        calendar,
        countyCode: config.countyCode,
        principal,
        actor: actorOf(principal),
      }),
    )
  }

  app.get(
    '/api/receptions',
    {
      config: { reach: receptionPolicy.reach },
      schema: {
        tags: ['receptions'],
        summary:
          'Reception records started in a date range, in my scope, with the people received · 接待记录',
        querystring: ReceptionQuery,
        response: { 200: ReceptionList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, receptionPolicy)
      const q = request.query
      checkRange(q)
      const rows = await listReceptions(db, receptionPolicy.scope(principal, 'x'), {
        ...q,
        deputyId: q.mine ? (principal.deputyId ?? NONE) : undefined,
        fromAt: cstInstant(q.from, 0),
        toAt: cstInstant(nextDay(q.to), 0),
      })
      const receptions = await presentReceptions(db, rows, (r) => receptionPolicy.relations(principal, r))
      return { from: q.from, to: q.to, receptions, people: rows.reduce((n, r) => n + r.people, 0) }
    },
  )

  app.get(
    '/api/receptions/:id',
    {
      config: { reach: receptionPolicy.reach },
      schema: {
        tags: ['receptions'],
        summary:
          'One reception record: its visitors (contacts masked) and each issue with the item it became',
        params: IdParams,
        response: { 200: Reception, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, receptionPolicy)
      relate(receptionPolicy, principal, await getReception(db, request.params.id))
      return present(principal, request.params.id)
    },
  )

  app.post(
    '/api/receptions',
    {
      config: { reach: recording.reach },
      schema: {
        tags: ['receptions'],
        summary:
          'Open a reception record (the id is chosen by the device: sent again, it finds the record and adds only what is new)',
        body: ReceptionCreate,
        response: { 200: ReceptionSync, 201: ReceptionSync, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, recording)
      const result = await recordCommand(request, principal, (t) => recordReception(t, request.body))
      reply.code(result.created ? 201 : 200)
      return { ...result, reception: await present(principal, request.body.id) }
    },
  )

  app.post(
    '/api/receptions/:id/visitors',
    {
      config: { reach: recording.reach },
      schema: {
        tags: ['receptions'],
        summary:
          'Add visitors (head counts) and their issues to an open record; visitors sent before are skipped',
        params: IdParams,
        body: VisitorsAdd,
        response: { 200: ReceptionSync, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, recording)
      const id = request.params.id
      const result = await recordCommand(request, principal, async (t) => {
        const row = await getReception(t.trx, id, true)
        authorize(receptionPolicy, principal, 'record', row)
        return addVisitors(t, row!, request.body.visitors)
      })
      return { created: false, ...result, reception: await present(principal, id) }
    },
  )

  app.post(
    '/api/receptions/:id/visitors/:visitorId/reveal-contact',
    {
      config: { reach: 'contact.reveal' },
      schema: {
        tags: ['receptions'],
        summary: 'Reveal a visitor’s name and phone (staff who record the reception; audited)',
        params: Type.Object({ id: Uuid, visitorId: Uuid }, { additionalProperties: false }),
        response: {
          200: Type.Object({ name: Nullable(Type.String()), phone: Nullable(Type.String()) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const principal = reach(request, { reach: 'contact.reveal' })
      const { id, visitorId } = request.params
      authorize(receptionPolicy, principal, 'record', await getReception(db, id))
      const contact = await visitorContact(db, id, visitorId)
      if (!contact) throw notFound({ zh: '访客', en: 'visitor' })
      await command(request, (_trx, audit) =>
        audit({
          action: 'reception.contact.reveal',
          targetType: 'reception',
          targetId: id,
          detail: { visitorId },
        }),
      )
      return {
        name: contact.name_enc ? cipher.decrypt(contact.name_enc) : null,
        phone: contact.phone_enc ? cipher.decrypt(contact.phone_enc) : null,
      }
    },
  )

  app.post(
    '/api/receptions/:id/:action',
    {
      config: { reach: recording.reach },
      schema: {
        tags: ['receptions'],
        summary: 'Close a reception (its duty slot becomes held) or reopen it with the reason',
        params: ReceptionActionParams,
        body: ReceptionActionBody,
        response: { 200: Reception, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, recording)
      const { id, action } = request.params
      const actor = actorOf(principal)
      await command(request, (trx, audit) =>
        runTransition(
          receptionWorkflow,
          {
            trx,
            countyCode: config.countyCode,
            actor,
            relationsFor: (r) => receptionPolicy.relations(principal, r),
            audit,
            ports: {
              holdSlot: (slotId, receptionId) =>
                holdSlot(trx, { audit, actor, countyCode: config.countyCode }, slotId, receptionId),
            },
          },
          id,
          action,
          request.body as ReceptionInput,
        ),
      )
      return present(principal, id)
    },
  )
}
