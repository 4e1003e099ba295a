import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import { command } from '../../platform/context.ts'
import { conflict, invalidField } from '../../platform/errors.ts'
import { checkPasswordPolicy, hashPassword, temporaryPassword } from '../../platform/passwords.ts'
import { authorize, reach } from '../../platform/policy.ts'
import { errorResponses, Page, Uuid } from '../../platform/schemas.ts'
import { refuseSelfLockout, userAccountPolicy, validateGrants } from './policy.ts'
import { presentUsers } from './present.ts'
import {
  accountOf,
  deputyExists,
  endSessions,
  getUser,
  grantedUnitIds,
  grantsOf,
  insertGrants,
  insertUser,
  issueTemporaryPassword,
  listUsers,
  replaceGrants,
  updateUser,
  usernameTaken,
} from './repo.ts'
import { PasswordReset, User, UserCreate, UserPatch, UserQuery } from './schema.ts'

/**
 * Staff and deputy accounts, managed by county admins. Each account holds one or more role grants, each grant
 * with the scope its role needs: a region (county admin, town staff, integrity liaison), a venue (station staff),
 * a unit (unit staff) or the deputy the account belongs to.
 */

async function presentUserById(db: Db, id: string) {
  const row = (await getUser(db, id))!
  return presentUsers([row], await grantsOf(db, [id]))[0]!
}

export async function userRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/users',
    {
      config: { reach: userAccountPolicy.reach },
      schema: {
        tags: ['accounts'],
        summary: 'Staff and deputy accounts (county admins)',
        querystring: UserQuery,
        response: { 200: Page(User), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, userAccountPolicy)
      const { rows, total } = await listUsers(db, request.query)
      const grants = await grantsOf(
        db,
        rows.map((r) => r.id),
      )
      return { items: presentUsers(rows, grants), total }
    },
  )

  app.post(
    '/api/users',
    {
      config: { reach: userAccountPolicy.reach },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account with its roles and scopes (county admins)',
        body: UserCreate,
        response: { 201: User, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reach(request, userAccountPolicy)
      const body = request.body
      checkPasswordPolicy(body.password, 'body.password')
      if (body.deputyId && !(await deputyExists(db, body.deputyId))) {
        throw invalidField('body.deputyId', { zh: '代表不存在', en: 'Unknown deputy' })
      }
      await validateGrants(db, body.roles, body.deputyId)
      const passwordHash = await hashPassword(body.password)
      const id = await command(request, async (trx, audit) => {
        if (await usernameTaken(trx, body.username))
          throw conflict(
            { zh: `用户名 ${body.username} 已存在`, en: `Username ${body.username} is taken` },
            'body.username',
          )
        const id = await insertUser(trx, {
          username: body.username,
          displayName: body.displayName,
          passwordHash,
          deputyId: body.deputyId ?? null,
          countyCode: config.countyCode,
        })
        await insertGrants(trx, id, body.roles)
        await audit({
          action: 'user.create',
          targetType: 'user',
          targetId: id,
          detail: { username: body.username, roles: body.roles },
        })
        return id
      })
      reply.code(201)
      return presentUserById(db, id)
    },
  )

  app.patch(
    '/api/users/:id',
    {
      config: { reach: userAccountPolicy.reach },
      schema: {
        tags: ['accounts'],
        summary: 'Change an account: name, roles, disable/enable, unlock, set a new password (county admins)',
        params: Type.Object({ id: Uuid }),
        body: UserPatch,
        response: { 200: User, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, userAccountPolicy)
      const { id } = request.params
      const body = request.body
      const account = await accountOf(db, id)
      authorize(userAccountPolicy, principal, 'update', account)
      refuseSelfLockout(principal, id, body)
      if (body.roles) await validateGrants(db, body.roles, account!.deputy_id, await grantedUnitIds(db, id))
      if (body.password) checkPasswordPolicy(body.password, 'body.password')
      const passwordHash = body.password ? await hashPassword(body.password) : null
      await command(request, async (trx, audit) => {
        await updateUser(trx, id, {
          displayName: body.displayName,
          active: body.active,
          unlock: body.unlock,
          passwordHash,
        })
        if (body.roles) await replaceGrants(trx, id, body.roles)
        // A disabled account, new roles or a new password end the account's sessions.
        if (body.active === false || body.roles || passwordHash) await endSessions(trx, id)
        await audit({
          action: 'user.update',
          targetType: 'user',
          targetId: id,
          detail: {
            fields: Object.keys(body).filter((k) => k !== 'password'),
            passwordReset: Boolean(passwordHash),
          },
        })
      })
      return presentUserById(db, id)
    },
  )

  app.post(
    '/api/users/:id/password-reset',
    {
      config: { reach: userAccountPolicy.reach },
      schema: {
        tags: ['accounts'],
        summary:
          'Issue a temporary password, shown once; the holder must change it at the next sign-in (county admins)',
        params: Type.Object({ id: Uuid }),
        response: { 200: PasswordReset, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, userAccountPolicy)
      const { id } = request.params
      authorize(userAccountPolicy, principal, 'update', await accountOf(db, id))
      if (id === principal.userId) {
        throw invalidField('params.id', {
          zh: '请在“我的账号”中修改自己的密码',
          en: 'Change your own password from your account page',
        })
      }
      const password = temporaryPassword()
      const passwordHash = await hashPassword(password)
      await command(request, async (trx, audit) => {
        await issueTemporaryPassword(trx, id, passwordHash)
        // Whoever was signed in as the account (with the old password) is signed out.
        await endSessions(trx, id)
        await audit({ action: 'user.password_reset', targetType: 'user', targetId: id })
      })
      return { temporaryPassword: password, user: await presentUserById(db, id) }
    },
  )
}
