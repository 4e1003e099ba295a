import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { command } from '../../platform/context.ts'
import { AppError, conflict } from '../../platform/errors.ts'
import { uuidv7 } from '../../platform/ids.ts'
import { enqueue } from '../../platform/notify.ts'
import { authorize, may, reach, relate } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { runTransition, staleVersion } from '../../platform/workflow.ts'
import { checkRange } from '../duty/index.ts'
import { actorOf } from '../suggestions/index.ts'
import { checkRoundPlan } from './plan.ts'
import { planning, recording, roundPolicy } from './policy.ts'
import { presentRounds } from './present.ts'
import {
  getRound,
  insertRound,
  listRounds,
  replaceRound,
  setStop,
  stopOfRound,
  writeRoundEvent,
} from './repo.ts'
import {
  IdParams,
  Round,
  RoundActionBody,
  RoundActionParams,
  RoundCreate,
  RoundList,
  RoundQuery,
  RoundUpdate,
} from './schema.ts'
import { type RoundInput, roundWorkflow, toDeputies } from './workflow.ts'

const NONE = '00000000-0000-0000-0000-000000000000'

/** Mobile rounds (流动巡诊) in the console: plan a tour of stops, check in at each, say what happened, complete. */
export async function roundRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  const present = async (principal: Parameters<typeof roundPolicy.relations>[0], id: string) => {
    const row = (await getRound(db, id))!
    const [round] = await presentRounds(db, [row], (r) => roundPolicy.relations(principal, r), true)
    return round!
  }

  app.get(
    '/api/rounds',
    {
      config: { reach: roundPolicy.reach },
      schema: {
        tags: ['receptions'],
        summary:
          'Mobile rounds in a date range, in my scope (mine=true: the rounds I go on, as a deputy) · 流动巡诊',
        querystring: RoundQuery,
        response: { 200: RoundList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, roundPolicy)
      const q = request.query
      checkRange(q)
      const deputyId = q.mine ? (principal.deputyId ?? NONE) : undefined
      const rows = await listRounds(db, roundPolicy.scope(principal, 'r'), { ...q, deputyId })
      return {
        from: q.from,
        to: q.to,
        rounds: await presentRounds(db, rows, (r) => roundPolicy.relations(principal, r)),
      }
    },
  )

  app.get(
    '/api/rounds/:id',
    {
      config: { reach: roundPolicy.reach },
      schema: {
        tags: ['receptions'],
        summary: 'One round: its stops, check-ins, receptions, history',
        params: IdParams,
        response: { 200: Round, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, roundPolicy)
      relate(roundPolicy, principal, await getRound(db, request.params.id))
      return present(principal, request.params.id)
    },
  )

  app.post(
    '/api/rounds',
    {
      config: { reach: planning.reach },
      schema: {
        tags: ['receptions'],
        summary: 'Plan a round: its town, day, deputies and stops (published on the duty calendar)',
        body: RoundCreate,
        response: { 201: Round, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, planning)
      const body = request.body
      const { town, stops } = await checkRoundPlan(db, config.countyCode, body.townCode, body)
      const relations = roundPolicy.relations(principal, {
        region_path: town.path,
        venue_id: body.venueId ?? null,
        deputy_ids: body.deputyIds,
      })
      if (!may(roundPolicy, relations, 'plan'))
        throw new AppError('forbidden', {
          zh: '您不能在该镇(街道)安排巡诊',
          en: 'You may not plan rounds in this town',
        })
      const id = body.id ?? uuidv7()
      if (await getRound(db, id))
        throw conflict({ zh: '该巡诊已存在', en: 'This round already exists' }, 'body.id')
      const actor = actorOf(principal)
      await command(request, async (trx, audit) => {
        const fields = {
          title: body.title.trim(),
          day: body.day,
          venue_id: body.venueId ?? null,
          note: body.note?.trim() ?? '',
        }
        await insertRound(
          trx,
          {
            ...fields,
            id,
            town_code: town.code,
            county_code: config.countyCode,
            created_by: principal.userId,
          },
          body.deputyIds,
          stops,
        )
        const now = new Date()
        await writeRoundEvent(trx, {
          subjectId: id,
          action: 'plan',
          from: null,
          to: 'planned',
          actor,
          public: true,
          note: null,
          detail: { stops: stops.length },
          at: now,
          countyCode: config.countyCode,
        })
        await enqueue(
          trx,
          config.countyCode,
          toDeputies(
            { id, title: fields.title, day: body.day, deputy_ids: body.deputyIds },
            `您已被安排于 ${body.day} 参加流动巡诊`,
            `You are on a mobile round on ${body.day}`,
          ),
        )
        await audit({
          action: 'round.plan',
          targetType: 'round',
          targetId: id,
          detail: { town: town.code, day: body.day, stops: stops.length },
        })
      })
      reply.code(201)
      return present(principal, id)
    },
  )

  app.put(
    '/api/rounds/:id',
    {
      config: { reach: planning.reach },
      schema: {
        tags: ['receptions'],
        summary: 'Change a planned round (not once a stop is checked in)',
        params: IdParams,
        body: RoundUpdate,
        response: { 200: Round, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, planning)
      const body = request.body
      const id = request.params.id
      await command(request, async (trx, audit) => {
        const row = await getRound(trx, id, true)
        authorize(roundPolicy, principal, 'plan', row)
        if (row!.version !== body.version) throw staleVersion()
        if (row!.status !== 'planned')
          throw conflict({
            zh: '巡诊已开始或已结束，不能再修改安排',
            en: 'Only a planned round can be changed',
          })
        const { stops } = await checkRoundPlan(trx, config.countyCode, row!.town_code, body)
        const fields = {
          title: body.title.trim(),
          day: body.day,
          venue_id: body.venueId ?? null,
          note: body.note?.trim() ?? '',
        }
        await replaceRound(trx, id, fields, body.deputyIds, stops)
        await audit({
          action: 'round.edit',
          targetType: 'round',
          targetId: id,
          detail: { day: body.day, stops: stops.length },
        })
      })
      return present(principal, id)
    },
  )

  app.post(
    '/api/rounds/:id/:action',
    {
      config: { reach: recording.reach },
      schema: {
        tags: ['receptions'],
        summary:
          'Check in at a stop, say what happened there, complete, cancel (with the reason) or restore a round',
        params: RoundActionParams,
        body: RoundActionBody,
        response: { 200: Round, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, recording)
      const { id, action } = request.params
      await command(request, (trx, audit) =>
        runTransition(
          roundWorkflow,
          {
            trx,
            countyCode: config.countyCode,
            actor: actorOf(principal),
            relationsFor: (r) => roundPolicy.relations(principal, r),
            audit,
            ports: {
              stop: (roundId, stopId) => stopOfRound(trx, roundId, stopId).then((s) => s ?? null),
              checkIn: (stopId, at, location) =>
                setStop(trx, stopId, {
                  checked_in_at: at,
                  checked_in_by: principal.userId,
                  check_in_lat: location?.lat ?? null,
                  check_in_lng: location?.lng ?? null,
                }),
              report: (stopId, happened) => setStop(trx, stopId, { happened }),
            },
          },
          id,
          action,
          request.body as RoundInput,
        ),
      )
      return present(principal, id)
    },
  )
}
