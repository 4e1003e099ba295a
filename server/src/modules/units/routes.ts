import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { command } from '../../platform/context.ts'
import { conflict, notFound } from '../../platform/errors.ts'
import { reach } from '../../platform/policy.ts'
import { errorResponses, Page, Uuid } from '../../platform/schemas.ts'
import { unitEditing, unitPolicy, validateUnit } from './policy.ts'
import { presentPlatformType, presentUnit } from './present.ts'
import { getUnit, insertUnit, listPlatformTypes, listUnits, unitCodeTaken, updateUnit } from './repo.ts'
import { PlatformType, PlatformTypeQuery, Unit, UnitCreate, UnitPatch, UnitQuery } from './schema.ts'

const staleVersion = () =>
  conflict(
    { zh: '该记录已被他人修改，请刷新后重试', en: 'Someone else changed this record; reload and try again' },
    'body.version',
  )

export async function unitRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/units',
    {
      config: { reach: unitPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'Handling units: 一府一委两院 departments, town governments, 一室四平台 platforms',
        querystring: UnitQuery,
        response: { 200: Page(Unit), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, unitPolicy)
      const { rows, total } = await listUnits(db, request.query)
      return { items: rows.map(presentUnit), total }
    },
  )

  app.get(
    '/api/platform-types',
    {
      config: { reach: unitPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'The town platform types (一室四平台), kept as data',
        querystring: PlatformTypeQuery,
        response: { 200: Page(PlatformType), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      reach(request, unitPolicy)
      const { rows, total } = await listPlatformTypes(db, request.query)
      return { items: rows.map(presentPlatformType), total }
    },
  )

  app.post(
    '/api/units',
    {
      config: { reach: unitEditing.reach },
      schema: {
        tags: ['reference'],
        summary: 'Create a handling unit (county admins)',
        body: UnitCreate,
        response: { 201: Unit, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reach(request, unitEditing)
      const body = request.body
      const unit = {
        name: body.name,
        kind: body.kind,
        regionCode: body.regionCode,
        platformType: body.platformType ?? null,
      }
      await validateUnit(db, config.countyCode, unit)
      const id = await command(request, async (trx, audit) => {
        if (await unitCodeTaken(trx, body.code))
          throw conflict(
            { zh: `编码 ${body.code} 已被使用`, en: `Code ${body.code} is already used` },
            'body.code',
          )
        const id = await insertUnit(trx, { ...unit, code: body.code, countyCode: config.countyCode })
        await audit({
          action: 'unit.create',
          targetType: 'unit',
          targetId: id,
          detail: { code: body.code, ...unit },
        })
        return id
      })
      reply.code(201)
      return presentUnit((await getUnit(db, id))!)
    },
  )

  app.patch(
    '/api/units/:id',
    {
      config: { reach: unitEditing.reach },
      schema: {
        tags: ['reference'],
        summary:
          'Change, retire or restore a handling unit (county admins; optimistic concurrency on version)',
        params: Type.Object({ id: Uuid }),
        body: UnitPatch,
        response: { 200: Unit, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      reach(request, unitEditing)
      const { id } = request.params
      const { version, ...changes } = request.body
      const current = await getUnit(db, id)
      if (!current) throw notFound(unitPolicy.entity)
      // Moving a platform to another kind drops its platform type unless the change names one.
      const kind = changes.kind ?? current.kind
      const platformType =
        changes.platformType !== undefined
          ? changes.platformType
          : kind === 'platform'
            ? current.platform_type
            : null
      const after = { kind, regionCode: changes.regionCode ?? current.region_code, platformType }
      await validateUnit(db, config.countyCode, after)
      await command(request, async (trx, audit) => {
        if (!(await updateUnit(trx, id, version, { ...changes, platformType }))) throw staleVersion()
        await audit({
          action:
            changes.active === false
              ? 'unit.retire'
              : changes.active === true
                ? 'unit.restore'
                : 'unit.update',
          targetType: 'unit',
          targetId: id,
          detail: { fields: Object.keys(changes), ...changes },
        })
      })
      return presentUnit((await getUnit(db, id))!)
    },
  )
}
