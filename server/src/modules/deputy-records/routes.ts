import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { command } from '../../platform/context.ts'
import { AppError, notFound } from '../../platform/errors.ts'
import { reach } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { staleVersion } from '../../platform/workflow.ts'
import { mayChangeEntry, recordKeeping, recordPolicy } from './policy.ts'
import { presentEntry } from './present.ts'
import { getEntry, insertEntry, retireEntry, updateEntry } from './repo.ts'
import {
  DeputyParams,
  DeputyRecord,
  DeputyRecordPage,
  DeputyRecordQuery,
  EntryParams,
  RecordEntry,
  RecordEntryCreate,
  RecordEntryRetire,
  RecordEntryUpdate,
  RecordQuery,
} from './schema.ts'
import {
  checkEntry,
  checkKindAllowed,
  ENTRY_ENTITY,
  listRecords,
  loadRecord,
  relateToDeputy,
} from './service.ts'

const notYours = () =>
  new AppError('forbidden', {
    zh: '只能修改本人登记的培训和其他履职活动',
    en: 'You may change only the trainings and activities you entered yourself',
  })

/** Deputies' records (履职档案): a deputy's indicators and entries for a year, the staff's list, the entries. */
export async function deputyRecordRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/deputies/:id/record',
    {
      config: { reach: recordPolicy.reach },
      schema: {
        tags: ['deputy-records'],
        summary: "A deputy's record of a year: indicators and entries made by hand · 履职档案",
        params: DeputyParams,
        querystring: RecordQuery,
        response: { 200: DeputyRecord, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, recordPolicy)
      return loadRecord(db, principal, request.params.id, request.query.year)
    },
  )

  app.get(
    '/api/deputy-records',
    {
      config: { reach: recordKeeping.reach },
      schema: {
        tags: ['deputy-records'],
        summary: 'The records of the deputies in my scope for a year · 代表履职档案',
        querystring: DeputyRecordQuery,
        response: { 200: DeputyRecordPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listRecords(db, reach(request, recordKeeping), request.query),
  )

  app.post(
    '/api/deputies/:id/record/entries',
    {
      config: { reach: recordPolicy.reach },
      schema: {
        tags: ['deputy-records'],
        summary: "Enter a training, a session's proposals or another activity in a deputy's record",
        params: DeputyParams,
        body: RecordEntryCreate,
        response: { 201: RecordEntry, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, recordPolicy)
      const { deputy, relations } = await relateToDeputy(db, principal, request.params.id)
      checkKindAllowed(relations, request.body.kind)
      const input = checkEntry(request.body, new Date())
      const id = await command(request, async (trx, audit) => {
        const id = await insertEntry(trx, deputy.id, input, config.countyCode, principal.userId)
        await audit({
          action: 'deputy_record_entry.create',
          targetType: 'deputy_record_entry',
          targetId: id,
          detail: { deputyId: deputy.id, kind: input.kind, day: input.day, title: input.title },
        })
        return id
      })
      reply.code(201)
      return presentEntry((await getEntry(db, id))!, principal, relations)
    },
  )

  const changeableEntry = async (principal: Parameters<typeof relateToDeputy>[1], id: string) => {
    const entry = await getEntry(db, id)
    if (!entry || entry.retired_at) throw notFound(ENTRY_ENTITY)
    const { relations } = await relateToDeputy(db, principal, entry.deputy_id)
    if (!mayChangeEntry(principal, relations, entry)) throw notYours()
    return { entry, relations }
  }

  app.put(
    '/api/deputy-record-entries/:id',
    {
      config: { reach: recordPolicy.reach },
      schema: {
        tags: ['deputy-records'],
        summary: "Change an entry of a deputy's record",
        params: EntryParams,
        body: RecordEntryUpdate,
        response: { 200: RecordEntry, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, recordPolicy)
      const { entry, relations } = await changeableEntry(principal, request.params.id)
      checkKindAllowed(relations, request.body.kind)
      const input = checkEntry(request.body, new Date())
      await command(request, async (trx, audit) => {
        if (!(await updateEntry(trx, entry.id, request.body.version, input, principal.userId)))
          throw staleVersion()
        await audit({
          action: 'deputy_record_entry.update',
          targetType: 'deputy_record_entry',
          targetId: entry.id,
          detail: {
            deputyId: entry.deputy_id,
            before: {
              kind: entry.kind,
              day: entry.day,
              title: entry.title,
              quantity: entry.quantity,
              hours: entry.hours,
            },
            after: {
              kind: input.kind,
              day: input.day,
              title: input.title,
              quantity: input.quantity,
              hours: input.hours,
            },
          },
        })
      })
      return presentEntry((await getEntry(db, entry.id))!, principal, relations)
    },
  )

  app.post(
    '/api/deputy-record-entries/:id/retire',
    {
      config: { reach: recordPolicy.reach },
      schema: {
        tags: ['deputy-records'],
        summary: "Retire an entry of a deputy's record: it no longer counts, and stays in the history",
        params: EntryParams,
        body: RecordEntryRetire,
        response: { 200: RecordEntry, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, recordPolicy)
      const { entry, relations } = await changeableEntry(principal, request.params.id)
      await command(request, async (trx, audit) => {
        if (!(await retireEntry(trx, entry.id, request.body.version, principal.userId))) throw staleVersion()
        await audit({
          action: 'deputy_record_entry.retire',
          targetType: 'deputy_record_entry',
          targetId: entry.id,
          detail: { deputyId: entry.deputy_id, kind: entry.kind, day: entry.day, title: entry.title },
        })
      })
      const row = (await getEntry(db, entry.id))!
      return { ...presentEntry(row, principal, relations), allowedActions: [] }
    },
  )
}
