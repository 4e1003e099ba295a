import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { UnitKind } from '../../db/types.ts'
import { fetchPage, likePattern } from '../../platform/paging.ts'
import { errorResponses, Nullable, Page, Paging, RegionCode } from '../../platform/schemas.ts'
import { referenceReadScope } from '../../platform/scope.ts'

export const UNIT_KINDS: UnitKind[] = [
  'department',
  'supervisory',
  'court',
  'procuratorate',
  'town_government',
  'platform',
]
export const unitKindLabels: Record<UnitKind, { zh: string; en: string }> = {
  department: { zh: '政府部门', en: 'Government department' },
  supervisory: { zh: '监察委员会', en: 'Supervisory commission' },
  court: { zh: '人民法院', en: 'Court' },
  procuratorate: { zh: '人民检察院', en: 'Procuratorate' },
  town_government: { zh: '镇(街道)政府', en: 'Town government' },
  platform: { zh: '一室四平台', en: 'Town platform' },
}
const UnitKindSchema = Type.Enum(UNIT_KINDS)

export const Unit = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  kind: UnitKindSchema,
  platformType: Nullable(Type.String()),
  platformTypeName: Nullable(Type.String()),
  regionCode: Type.String(),
  regionName: Type.String(),
  active: Type.Boolean(),
})

export const UnitQuery = Type.Object(
  {
    kind: Type.Optional(UnitKindSchema),
    regionCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

const PlatformType = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() })

/**
 * Handling units are listed county-wide to every staff role: any of them may be the addressee of a routed item,
 * so town staff must see county departments too.
 */
export async function listUnits(
  db: Db,
  query: { kind?: UnitKind; regionCode?: string; q?: string; limit?: number; offset?: number },
) {
  let base = db.selectFrom('units as u').innerJoin('regions as r', 'r.code', 'u.region_code')
  if (query.kind) base = base.where('u.kind', '=', query.kind)
  if (query.regionCode) base = base.where('u.region_code', '=', query.regionCode)
  if (query.q)
    base = base.where((eb) =>
      eb.or([eb('u.name', 'like', likePattern(query.q!)), eb('u.code', 'like', likePattern(query.q!))]),
    )
  const { rows, total } = await fetchPage(
    base,
    (q) =>
      q
        .leftJoin('platform_types as p', 'p.code', 'u.platform_type')
        .select([
          'u.id',
          'u.code',
          'u.name',
          'u.kind',
          'u.platform_type',
          'p.name as platform_type_name',
          'u.region_code',
          'r.name as region_name',
          'u.active',
        ])
        .orderBy('r.path')
        .orderBy('u.kind')
        .orderBy('u.code'),
    query,
  )
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      platformType: r.platform_type,
      platformTypeName: r.platform_type_name,
      regionCode: r.region_code,
      regionName: r.region_name,
      active: r.active,
    })),
    total,
  }
}

export async function unitRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx
  app.get(
    '/api/units',
    {
      schema: {
        tags: ['reference'],
        summary: 'Handling units: 一府一委两院 departments, town governments, 一室四平台 platforms',
        querystring: UnitQuery,
        response: { 200: Page(Unit), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      referenceReadScope(request)
      return listUnits(db, request.query)
    },
  )
  app.get(
    '/api/platform-types',
    {
      schema: {
        tags: ['reference'],
        summary: 'The town platform types (一室四平台), kept as data',
        querystring: Type.Object(Paging, { additionalProperties: false }),
        response: { 200: Page(PlatformType), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      referenceReadScope(request)
      const { rows, total } = await fetchPage(
        db.selectFrom('platform_types'),
        (q) => q.selectAll().orderBy('sort'),
        request.query,
      )
      return { items: rows.map((r) => ({ code: r.code, name: r.name, nameEn: r.name_en })), total }
    },
  )
}
