import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { Role } from '../../db/types.ts'
import { ROLES, requireRole, roleLabels } from '../../platform/access.ts'
import { command } from '../../platform/context.ts'
import { conflict, invalidField, notFound } from '../../platform/errors.ts'
import { fetchPage, likePattern } from '../../platform/paging.ts'
import { checkPasswordPolicy, hashPassword } from '../../platform/passwords.ts'
import { errorResponses, Nullable, Page, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'

/**
 * Staff and deputy accounts, managed by county admins. Each account holds one or more role grants, each grant
 * with the scope its role needs: a region (county admin, town staff, integrity liaison), a venue (station staff),
 * a unit (unit staff) or the deputy the account belongs to.
 */

const RoleSchema = Type.Enum(ROLES)

const GrantIn = Type.Object(
  {
    role: RoleSchema,
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    venueId: Type.Optional(Uuid),
    unitId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)

const GrantOut = Type.Object({
  role: RoleSchema,
  roleName: Type.String(),
  regionCode: Nullable(Type.String()),
  venueId: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  scopeName: Type.String(),
})

const User = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  deputyId: Nullable(Type.String()),
  active: Type.Boolean(),
  locked: Type.Boolean(),
  totpEnabled: Type.Boolean(),
  lastLoginAt: Nullable(Timestamp),
  roles: Type.Array(GrantOut),
})

const UserQuery = Type.Object(
  { role: Type.Optional(RoleSchema), q: Type.Optional(Type.String({ maxLength: 50 })), ...Paging },
  { additionalProperties: false },
)

const UserCreate = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 32, pattern: '^[a-zA-Z0-9_.-]+$' }),
    displayName: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    deputyId: Type.Optional(Uuid),
    roles: Type.Array(GrantIn, { minItems: 1, maxItems: 6 }),
  },
  { additionalProperties: false },
)

const UserPatch = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    active: Type.Optional(Type.Boolean()),
    roles: Type.Optional(Type.Array(GrantIn, { minItems: 1, maxItems: 6 })),
    unlock: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  },
  { additionalProperties: false },
)

type GrantInput = { role: Role; regionCode?: string; venueId?: string; unitId?: string }

/** Each role needs exactly the scope it works in; anything else is refused with the field named. */
async function validateGrants(db: Db, grants: GrantInput[], deputyId: string | undefined | null) {
  for (const [i, g] of grants.entries()) {
    const field = `body.roles.${i}`
    const needs = {
      region: ['county_admin', 'town_staff', 'integrity_liaison'],
      venue: ['station_staff'],
      unit: ['unit_staff'],
    }
    if (needs.region.includes(g.role)) {
      if (!g.regionCode)
        throw invalidField(`${field}.regionCode`, {
          zh: '该角色需要指定所属区划',
          en: 'This role needs a regionCode',
        })
      const region = await db
        .selectFrom('regions')
        .select('level')
        .where('code', '=', g.regionCode)
        .executeTakeFirst()
      if (!region) throw invalidField(`${field}.regionCode`, { zh: '区划不存在', en: 'Unknown region' })
      if (g.role === 'town_staff' && region.level !== 'town') {
        throw invalidField(`${field}.regionCode`, {
          zh: '镇(街道)人大角色的范围应为镇(街道)',
          en: 'Town staff must be scoped to a town',
        })
      }
      if (g.role !== 'town_staff' && region.level !== 'county') {
        throw invalidField(`${field}.regionCode`, {
          zh: '该角色的范围应为全县',
          en: 'This role is scoped to the county',
        })
      }
    }
    if (needs.venue.includes(g.role)) {
      if (
        !g.venueId ||
        !(await db.selectFrom('venues').select('id').where('id', '=', g.venueId).executeTakeFirst())
      ) {
        throw invalidField(`${field}.venueId`, {
          zh: '联络员角色需要指定联络阵地',
          en: 'Station staff need an existing venueId',
        })
      }
    }
    if (needs.unit.includes(g.role)) {
      if (
        !g.unitId ||
        !(await db.selectFrom('units').select('id').where('id', '=', g.unitId).executeTakeFirst())
      ) {
        throw invalidField(`${field}.unitId`, {
          zh: '承办单位角色需要指定单位',
          en: 'Unit staff need an existing unitId',
        })
      }
    }
    if (g.role === 'deputy' && !deputyId) {
      throw invalidField('body.deputyId', {
        zh: '代表角色需要关联代表本人',
        en: 'The deputy role needs deputyId',
      })
    }
  }
}

function grantRows(userId: string, grants: GrantInput[]) {
  return grants.map((g) => ({
    user_id: userId,
    role: g.role,
    region_code: g.regionCode ?? null,
    venue_id: g.venueId ?? null,
    unit_id: g.unitId ?? null,
  }))
}

async function loadUsers(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, ReturnType<typeof presentGrant>[]>()
  const rows = await db
    .selectFrom('user_roles as ur')
    .leftJoin('regions as r', 'r.code', 'ur.region_code')
    .leftJoin('venues as v', 'v.id', 'ur.venue_id')
    .leftJoin('units as u', 'u.id', 'ur.unit_id')
    .select([
      'ur.user_id',
      'ur.role',
      'ur.region_code',
      'ur.venue_id',
      'ur.unit_id',
      'r.name as region_name',
      'v.name as venue_name',
      'u.name as unit_name',
    ])
    .where('ur.user_id', 'in', ids)
    .execute()
  const map = new Map<string, ReturnType<typeof presentGrant>[]>()
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), presentGrant(r)])
  return map
}

function presentGrant(r: {
  role: Role
  region_code: string | null
  venue_id: string | null
  unit_id: string | null
  region_name: string | null
  venue_name: string | null
  unit_name: string | null
}) {
  return {
    role: r.role,
    roleName: roleLabels[r.role].zh,
    regionCode: r.region_code,
    venueId: r.venue_id,
    unitId: r.unit_id,
    scopeName: r.venue_name ?? r.unit_name ?? r.region_name ?? '',
  }
}

async function listUsers(db: Db, query: { role?: Role; q?: string; limit?: number; offset?: number }) {
  let base = db.selectFrom('users as u')
  if (query.role) {
    const role = query.role
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as ur')
          .select('ur.id')
          .whereRef('ur.user_id', '=', 'u.id')
          .where('ur.role', '=', role),
      ),
    )
  }
  if (query.q)
    base = base.where((eb) =>
      eb.or([
        eb('u.username', 'like', likePattern(query.q!)),
        eb('u.display_name', 'like', likePattern(query.q!)),
      ]),
    )
  const { rows, total } = await fetchPage(
    base,
    (q) =>
      q
        .select([
          'u.id',
          'u.username',
          'u.display_name',
          'u.deputy_id',
          'u.active',
          'u.locked_until',
          'u.totp_enabled',
          'u.last_login_at',
        ])
        .orderBy('u.username'),
    query,
  )
  const grants = await loadUsers(
    db,
    rows.map((r) => r.id),
  )
  return {
    items: rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      deputyId: r.deputy_id,
      active: r.active,
      locked: Boolean(r.locked_until && new Date(r.locked_until).getTime() > Date.now()),
      totpEnabled: r.totp_enabled,
      lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
      roles: grants.get(r.id) ?? [],
    })),
    total,
  }
}

async function getUser(db: Db, id: string) {
  const base = await db.selectFrom('users').select('username').where('id', '=', id).executeTakeFirst()
  if (!base) throw notFound({ zh: '账号', en: 'account' })
  const { items } = await listUsers(db, { q: base.username, limit: 50, offset: 0 })
  return items.find((u) => u.id === id)!
}

export async function userRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Staff and deputy accounts (county admins)',
        querystring: UserQuery,
        response: { 200: Page(User), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'county_admin')
      return listUsers(db, request.query)
    },
  )

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an account with its roles and scopes (county admins)',
        body: UserCreate,
        response: { 201: User, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      requireRole(request, 'county_admin')
      const body = request.body
      checkPasswordPolicy(body.password, 'body.password')
      if (
        body.deputyId &&
        !(await db.selectFrom('deputies').select('id').where('id', '=', body.deputyId).executeTakeFirst())
      ) {
        throw invalidField('body.deputyId', { zh: '代表不存在', en: 'Unknown deputy' })
      }
      await validateGrants(db, body.roles, body.deputyId)
      const hash = await hashPassword(body.password)
      const id = await command(request, async (trx, audit) => {
        const taken = await trx
          .selectFrom('users')
          .select('id')
          .where('username', '=', body.username)
          .executeTakeFirst()
        if (taken)
          throw conflict(
            { zh: `用户名 ${body.username} 已存在`, en: `Username ${body.username} is taken` },
            'body.username',
          )
        const { id } = await trx
          .insertInto('users')
          .values({
            username: body.username,
            display_name: body.displayName,
            password_hash: hash,
            password_history: '[]',
            deputy_id: body.deputyId ?? null,
            county_code: config.countyCode,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await trx.insertInto('user_roles').values(grantRows(id, body.roles)).execute()
        await audit({
          action: 'user.create',
          targetType: 'user',
          targetId: id,
          detail: { username: body.username, roles: body.roles },
        })
        return id
      })
      reply.code(201)
      return getUser(db, id)
    },
  )

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Change an account: name, roles, disable/enable, unlock, set a new password (county admins)',
        params: Type.Object({ id: Uuid }),
        body: UserPatch,
        response: { 200: User, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'county_admin')
      const { id } = request.params
      const body = request.body
      const user = await db
        .selectFrom('users')
        .select(['id', 'deputy_id'])
        .where('id', '=', id)
        .executeTakeFirst()
      if (!user) throw notFound({ zh: '账号', en: 'account' })
      if (id === principal.userId && (body.active === false || body.roles)) {
        throw invalidField(body.active === false ? 'body.active' : 'body.roles', {
          zh: '不能停用自己的账号或修改自己的角色',
          en: 'You cannot disable your own account or change your own roles',
        })
      }
      if (body.roles) await validateGrants(db, body.roles, user.deputy_id)
      if (body.password) checkPasswordPolicy(body.password, 'body.password')
      const hash = body.password ? await hashPassword(body.password) : null
      await command(request, async (trx, audit) => {
        await trx
          .updateTable('users')
          .set({
            ...(body.displayName !== undefined && { display_name: body.displayName }),
            ...(body.active !== undefined && { active: body.active }),
            ...(body.unlock && { locked_until: null, failed_logins: 0 }),
            ...(hash && { password_hash: hash, password_changed_at: new Date() }),
            updated_at: new Date(),
          })
          .where('id', '=', id)
          .execute()
        if (body.roles) {
          await trx.deleteFrom('user_roles').where('user_id', '=', id).execute()
          await trx.insertInto('user_roles').values(grantRows(id, body.roles)).execute()
        }
        // A disabled account, new roles or a new password end the account's sessions.
        if (body.active === false || body.roles || hash)
          await trx.deleteFrom('sessions').where('user_id', '=', id).execute()
        await audit({
          action: 'user.update',
          targetType: 'user',
          targetId: id,
          detail: { fields: Object.keys(body).filter((k) => k !== 'password'), passwordReset: Boolean(hash) },
        })
      })
      return getUser(db, id)
    },
  )
}
