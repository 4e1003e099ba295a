import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { notFound } from '../../platform/errors.ts'
import { authorize, reach } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { runTransition, staleVersion } from '../../platform/workflow.ts'
import { dutyEditing, dutyPolicy, mayKeepDuty } from './policy.ts'
import { presentRule } from './present.ts'
import {
  activeDeputies,
  deputiesOfRules,
  deputiesOfSlots,
  getRule,
  getSlot,
  insertRule,
  listRules,
  listSlots,
  retireRule,
  swapDeputy,
  updateRule,
  venueForDuty,
} from './repo.ts'
import {
  DutyRule,
  DutyRuleCreate,
  DutyRuleList,
  DutyRuleQuery,
  DutyRuleRetire,
  DutyRuleUpdate,
  DutyScheduleStaff,
  DutySlotActionBody,
  DutySlotParams,
  DutySlotQuery,
  DutySlotStaff,
  IdParams,
} from './schema.ts'
import {
  checkRange,
  checkRule,
  DUTY_ENTITY,
  noSuchDeputy,
  presentStaffSlots,
  syncAhead,
  VENUE_ENTITY,
} from './service.ts'
import { type DutySlotInput, dutySlotWorkflow } from './workflow.ts'

/** The duty schedule in the console: rules per venue, the slots they give, and each slot's changes by hand. */
export async function dutyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  const presentRuleById = async (id: string) => {
    const row = (await getRule(db, id))!
    return presentRule(row, await deputiesOfRules(db, [id]))
  }

  app.get(
    '/api/duty/slots',
    {
      config: { reach: dutyPolicy.reach },
      schema: {
        tags: ['duty'],
        summary: 'Duty slots in a date range, in my scope (mine=true: my own, as a deputy) · 排班',
        querystring: DutySlotQuery,
        response: { 200: DutyScheduleStaff, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, dutyPolicy)
      const q = request.query
      checkRange(q)
      const deputyId = q.mine ? (principal.deputyId ?? '00000000-0000-0000-0000-000000000000') : q.deputyId
      const rows = await listSlots(db, dutyPolicy.scope(principal, 'v'), { ...q, deputyId })
      return { from: q.from, to: q.to, slots: await presentStaffSlots(db, principal, rows) }
    },
  )

  app.get(
    '/api/duty/rules',
    {
      config: { reach: dutyPolicy.reach },
      schema: {
        tags: ['duty'],
        summary: 'Duty rules of the venues in my scope · 排班规则',
        querystring: DutyRuleQuery,
        response: { 200: DutyRuleList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, dutyPolicy)
      const rows = await listRules(db, dutyPolicy.scope(principal, 'v'), request.query.venueId)
      const deputies = await deputiesOfRules(
        db,
        rows.map((r) => r.id),
      )
      return { rules: rows.map((r) => presentRule(r, deputies)) }
    },
  )

  app.post(
    '/api/duty/rules',
    {
      config: { reach: dutyEditing.reach },
      schema: {
        tags: ['duty'],
        summary: 'Add a recurring duty rule to a venue; its slots are placed on the calendar',
        body: DutyRuleCreate,
        response: { 201: DutyRule, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, dutyEditing)
      const body = request.body
      const recurrence = checkRule(body)
      const venue = await venueForDuty(db, body.venueId)
      if (!venue?.active) throw notFound(VENUE_ENTITY)
      if (!mayKeepDuty(principal, venue)) throw notFound(VENUE_ENTITY)
      if ((await activeDeputies(db, body.deputyIds)).size !== body.deputyIds.length)
        throw noSuchDeputy('body.deputyIds')
      const calendar = await loadCalendar(db, config.countyCode)
      const id = await command(request, async (trx, audit) => {
        const id = await insertRule(
          trx,
          { ...body, ...recurrence, validUntil: body.validUntil ?? null, note: body.note ?? '' },
          config.countyCode,
          principal.userId,
        )
        const placed = await syncAhead(trx, id, calendar, new Date())
        await audit({
          action: 'duty_rule.create',
          targetType: 'duty_rule',
          targetId: id,
          detail: { venueId: venue.id, placed },
        })
        return id
      })
      reply.code(201)
      return presentRuleById(id)
    },
  )

  const editableRule = async (principal: Parameters<typeof mayKeepDuty>[0], id: string) => {
    const row = await getRule(db, id)
    authorize(dutyPolicy, principal, 'edit', row, undefined)
    return row!
  }

  app.put(
    '/api/duty/rules/:id',
    {
      config: { reach: dutyEditing.reach },
      schema: {
        tags: ['duty'],
        summary: 'Change a duty rule; the untouched slots ahead are placed again',
        params: IdParams,
        body: DutyRuleUpdate,
        response: { 200: DutyRule, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, dutyEditing)
      const body = request.body
      const recurrence = checkRule(body)
      const row = await editableRule(principal, request.params.id)
      if (!row.active) throw notFound(DUTY_ENTITY)
      if ((await activeDeputies(db, body.deputyIds)).size !== body.deputyIds.length)
        throw noSuchDeputy('body.deputyIds')
      const calendar = await loadCalendar(db, config.countyCode)
      await command(request, async (trx, audit) => {
        const input = { ...body, ...recurrence, validUntil: body.validUntil ?? null, note: body.note ?? '' }
        if (!(await updateRule(trx, row.id, body.version, input))) throw staleVersion()
        const placed = await syncAhead(trx, row.id, calendar, new Date())
        await audit({
          action: 'duty_rule.update',
          targetType: 'duty_rule',
          targetId: row.id,
          detail: { placed },
        })
      })
      return presentRuleById(row.id)
    },
  )

  app.post(
    '/api/duty/rules/:id/retire',
    {
      config: { reach: dutyEditing.reach },
      schema: {
        tags: ['duty'],
        summary: 'Stop a duty rule: its untouched slots ahead are removed, the past and changed ones stay',
        params: IdParams,
        body: DutyRuleRetire,
        response: { 200: DutyRule, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, dutyEditing)
      const row = await editableRule(principal, request.params.id)
      const calendar = await loadCalendar(db, config.countyCode)
      await command(request, async (trx, audit) => {
        if (!(await retireRule(trx, row.id, request.body.version))) throw staleVersion()
        await syncAhead(trx, row.id, calendar, new Date())
        await audit({ action: 'duty_rule.retire', targetType: 'duty_rule', targetId: row.id, detail: {} })
      })
      return presentRuleById(row.id)
    },
  )

  app.post(
    '/api/duty/slots/:id/:action',
    {
      config: { reach: dutyEditing.reach },
      schema: {
        tags: ['duty'],
        summary: 'Cancel (with the reason), restore, or swap a deputy of one duty slot',
        params: DutySlotParams,
        body: DutySlotActionBody,
        response: { 200: DutySlotStaff, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, dutyEditing)
      const { id, action } = request.params
      await command(request, (trx, audit) =>
        runTransition(
          dutySlotWorkflow,
          {
            trx,
            countyCode: config.countyCode,
            actor: { id: principal.userId, name: principal.displayName, role: null },
            relationsFor: (s) => dutyPolicy.relations(principal, s),
            audit,
            ports: {
              swap: (slotId, outId, inId) => swapDeputy(trx, slotId, outId, inId),
              deputies: async (slotId) =>
                (await deputiesOfSlots(trx, [slotId])).map((d) => ({ deputyId: d.deputy_id, name: d.name })),
              isActiveDeputy: async (deputyId) => (await activeDeputies(trx, [deputyId])).has(deputyId),
            },
          },
          id,
          action,
          request.body as DutySlotInput,
        ),
      )
      const row = (await getSlot(db, id))!
      return (await presentStaffSlots(db, principal, [row]))[0]!
    },
  )
}
