import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { DeputyLevel } from '../../db/types.ts'
import { assertRegionInScope, regionCodeInScope, regionPaths, requireRole } from '../../platform/access.ts'
import { command } from '../../platform/context.ts'
import { fetchPage, likePattern } from '../../platform/paging.ts'
import { errorResponses, Nullable, Page, Paging, RegionCode, Uuid } from '../../platform/schemas.ts'
import { referenceReadScope, townCodeOf } from '../../platform/scope.ts'

export const DEPUTY_LEVELS: DeputyLevel[] = ['national', 'provincial', 'city', 'county', 'town']
export const deputyLevelLabels: Record<DeputyLevel, { zh: string; en: string }> = {
  national: { zh: '全国人大代表', en: 'National' },
  provincial: { zh: '省人大代表', en: 'Provincial' },
  city: { zh: '市人大代表', en: 'City' },
  county: { zh: '县人大代表', en: 'County' },
  town: { zh: '镇人大代表', en: 'Town' },
}
const LevelSchema = Type.Enum(DEPUTY_LEVELS)

const Membership = Type.Object({ level: LevelSchema, term: Type.Integer(), constituency: Type.String() })
const Ref = Type.Object({ id: Type.String(), name: Type.String() })

export const Deputy = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  gender: Type.Union([Type.Literal('male'), Type.Literal('female')]),
  birthYear: Nullable(Type.Integer()),
  ethnicity: Type.String(),
  party: Type.String(),
  occupation: Type.String(),
  organisation: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  phoneMasked: Nullable(Type.String()),
  memberships: Type.Array(Membership),
  active: Type.Boolean(),
})

const DeputyDetail = Type.Intersect([
  Deputy,
  Type.Object({
    bio: Type.String(),
    groups: Type.Array(Ref),
    venues: Type.Array(Ref),
    grids: Type.Array(Ref),
  }),
])

export const DeputyQuery = Type.Object(
  {
    level: Type.Optional(LevelSchema),
    regionCode: Type.Optional(RegionCode),
    groupId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    ...Paging,
  },
  { additionalProperties: false },
)

export const DeputyGroup = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  venueId: Nullable(Type.String()),
  venueName: Nullable(Type.String()),
  leaderName: Nullable(Type.String()),
  memberCount: Type.Integer(),
})

export const DeputyGroupQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), q: Type.Optional(Type.String({ maxLength: 50 })), ...Paging },
  { additionalProperties: false },
)

const DEPUTY = { zh: '代表', en: 'deputy' }

type DeputyFilter = {
  level?: DeputyLevel
  regionCode?: string
  groupId?: string
  q?: string
  limit?: number
  offset?: number
}

export async function listDeputies(db: Db, scopePaths: string[], query: DeputyFilter) {
  let base = deputyBase(db).where(regionCodeInScope('d.region_code', scopePaths))
  if (query.level) {
    const level = query.level
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deputy_memberships as m')
          .select('m.id')
          .whereRef('m.deputy_id', '=', 'd.id')
          .where('m.level', '=', level),
      ),
    )
  }
  if (query.regionCode) {
    const code = query.regionCode
    base = base.where((eb) => eb.or([eb('d.region_code', '=', code), eb('r.parent_code', '=', code)]))
  }
  if (query.groupId) {
    const groupId = query.groupId
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deputy_group_members as gm')
          .select('gm.deputy_id')
          .whereRef('gm.deputy_id', '=', 'd.id')
          .where('gm.group_id', '=', groupId),
      ),
    )
  }
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) =>
      eb.or([
        eb('d.name', 'like', pattern),
        eb('d.code', 'like', pattern),
        eb('d.organisation', 'like', pattern),
        eb('d.occupation', 'like', pattern),
      ]),
    )
  }
  const { rows, total } = await fetchPage(base, (q) => deputySelection(q).orderBy('d.code'), query)
  const memberships = await membershipsOf(
    db,
    rows.map((r) => r.id),
  )
  return { items: rows.map((r) => presentDeputy(r, memberships.get(r.id) ?? [])), total }
}

function deputyBase(db: Db) {
  return db.selectFrom('deputies as d').innerJoin('regions as r', 'r.code', 'd.region_code')
}

function deputySelection(q: ReturnType<typeof deputyBase>) {
  return q
    .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
    .select([
      'd.id',
      'd.code',
      'd.name',
      'd.gender',
      'd.birth_year',
      'd.ethnicity',
      'd.party',
      'd.occupation',
      'd.organisation',
      'd.bio',
      'd.region_code',
      'd.phone_masked',
      'd.active',
      'r.name as region_name',
      'r.path as region_path',
      't.code as town_code',
      't.name as town_name',
    ])
}

interface DeputyRow {
  id: string
  code: string
  name: string
  gender: 'male' | 'female'
  birth_year: number | null
  ethnicity: string
  party: string
  occupation: string
  organisation: string
  bio: string
  region_code: string
  phone_masked: string | null
  active: boolean
  region_name: string
  region_path: string
  town_code: string | null
  town_name: string | null
}

type MembershipOut = { level: DeputyLevel; term: number; constituency: string }

export async function membershipsOf(db: Db, ids: string[]): Promise<Map<string, MembershipOut[]>> {
  const map = new Map<string, MembershipOut[]>()
  if (ids.length === 0) return map
  const rows = await db
    .selectFrom('deputy_memberships')
    .select(['deputy_id', 'level', 'term', 'constituency'])
    .where('deputy_id', 'in', ids)
    .orderBy(sql`array_position(ARRAY['national','provincial','city','county','town'], level)`)
    .execute()
  for (const r of rows) {
    const list = map.get(r.deputy_id) ?? []
    list.push({ level: r.level, term: r.term, constituency: r.constituency })
    map.set(r.deputy_id, list)
  }
  return map
}

function presentDeputy(r: DeputyRow, memberships: MembershipOut[]) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    gender: r.gender,
    birthYear: r.birth_year,
    ethnicity: r.ethnicity,
    party: r.party,
    occupation: r.occupation,
    organisation: r.organisation,
    regionCode: r.region_code,
    regionName: r.region_name,
    townCode: r.town_code,
    townName: r.town_name,
    phoneMasked: r.phone_masked,
    memberships,
    active: r.active,
  }
}

async function loadDeputy(db: Db, id: string): Promise<DeputyRow | undefined> {
  return deputySelection(deputyBase(db)).where('d.id', '=', id).executeTakeFirst()
}

export async function listDeputyGroups(
  db: Db,
  scopePaths: string[],
  query: { regionCode?: string; q?: string; limit?: number; offset?: number },
) {
  let base = db
    .selectFrom('deputy_groups as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code')
    .where(regionCodeInScope('g.region_code', scopePaths))
  if (query.regionCode) base = base.where('g.region_code', '=', query.regionCode)
  if (query.q) base = base.where('g.name', 'like', likePattern(query.q))
  const { rows, total } = await fetchPage(
    base,
    (q) =>
      q
        .leftJoin('venues as v', 'v.id', 'g.venue_id')
        .leftJoin('deputies as l', 'l.id', 'g.leader_deputy_id')
        .select((eb) => [
          'g.id',
          'g.code',
          'g.name',
          'g.region_code',
          'r.name as region_name',
          'g.venue_id',
          'v.name as venue_name',
          'l.name as leader_name',
          eb
            .selectFrom('deputy_group_members as gm')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('gm.group_id', '=', 'g.id')
            .as('member_count'),
        ])
        .orderBy('g.code'),
    query,
  )
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      regionCode: r.region_code,
      regionName: r.region_name,
      venueId: r.venue_id,
      venueName: r.venue_name,
      leaderName: r.leader_name,
      memberCount: Number(r.member_count ?? 0),
    })),
    total,
  }
}

/** Roles that may see a deputy's private contact (each reveal is audited). */
const CONTACT_REVEALERS = ['county_admin', 'town_staff'] as const

export async function deputyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, cipher } = app.ctx

  app.get(
    '/api/deputies',
    {
      schema: {
        tags: ['reference'],
        summary: 'Deputies in the caller’s scope (phone masked)',
        querystring: DeputyQuery,
        response: { 200: Page(Deputy), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listDeputies(db, referenceReadScope(request).paths, request.query),
  )

  app.get(
    '/api/deputies/:id',
    {
      schema: {
        tags: ['reference'],
        summary: 'One deputy with memberships, groups, venues and grids',
        params: Type.Object({ id: Uuid }),
        response: { 200: DeputyDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { paths } = referenceReadScope(request)
      const row = await loadDeputy(db, request.params.id)
      assertRegionInScope(row?.region_path, paths, DEPUTY)
      const id = row!.id
      const [memberships, groups, venues, grids] = await Promise.all([
        membershipsOf(db, [id]),
        db
          .selectFrom('deputy_group_members as gm')
          .innerJoin('deputy_groups as g', 'g.id', 'gm.group_id')
          .select(['g.id', 'g.name'])
          .where('gm.deputy_id', '=', id)
          .orderBy('g.code')
          .execute(),
        db
          .selectFrom('deputy_venues as dv')
          .innerJoin('venues as v', 'v.id', 'dv.venue_id')
          .select(['v.id', 'v.name'])
          .where('dv.deputy_id', '=', id)
          .orderBy('v.code')
          .execute(),
        db
          .selectFrom('deputy_grids as dg')
          .innerJoin('grids as g', 'g.id', 'dg.grid_id')
          .select(['g.id', 'g.name'])
          .where('dg.deputy_id', '=', id)
          .orderBy('g.code')
          .execute(),
      ])
      return { ...presentDeputy(row!, memberships.get(id) ?? []), bio: row!.bio, groups, venues, grids }
    },
  )

  app.post(
    '/api/deputies/:id/reveal-phone',
    {
      schema: {
        tags: ['reference'],
        summary: 'Reveal a deputy’s phone number (audited)',
        params: Type.Object({ id: Uuid }),
        response: {
          200: Type.Object({ phone: Nullable(Type.String()) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const principal = requireRole(request, ...CONTACT_REVEALERS)
      const row = await db
        .selectFrom('deputies as d')
        .innerJoin('regions as r', 'r.code', 'd.region_code')
        .select(['d.id', 'd.phone_enc', 'r.path'])
        .where('d.id', '=', request.params.id)
        .executeTakeFirst()
      assertRegionInScope(row?.path, regionPaths(principal, [...CONTACT_REVEALERS]), DEPUTY)
      const phone = row!.phone_enc ? cipher.decrypt(row!.phone_enc) : null
      await command(request, (_trx, audit) =>
        audit({ action: 'deputy.phone.reveal', targetType: 'deputy', targetId: row!.id }),
      )
      return { phone }
    },
  )

  app.get(
    '/api/deputy-groups',
    {
      schema: {
        tags: ['reference'],
        summary: 'Deputy groups (代表小组), organised by liaison station',
        querystring: DeputyGroupQuery,
        response: { 200: Page(DeputyGroup), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listDeputyGroups(db, referenceReadScope(request).paths, request.query),
  )
}
