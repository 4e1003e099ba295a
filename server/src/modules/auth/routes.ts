import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import * as OTPAuth from 'otpauth'
import QRCode from 'qrcode'
import { Type } from 'typebox'
import { type Principal, requirePrincipal, roleLabels } from '../../platform/access.ts'
import { appendAudit } from '../../platform/audit.ts'
import { auditContextOf, command } from '../../platform/context.ts'
import { AppError, invalidField, unauthenticated } from '../../platform/errors.ts'
import {
  checkNotReused,
  checkPasswordPolicy,
  decoyVerify,
  hashPassword,
  PASSWORD_HISTORY,
  verifyPassword,
} from '../../platform/passwords.ts'
import { CAPABILITIES, capabilitiesOf } from '../../platform/roles.ts'
import { errorResponses, Nullable, Ok } from '../../platform/schemas.ts'
import {
  createSession,
  destroySession,
  loadGrants,
  SESSION_COOKIE,
  sessionCookieOptions,
} from '../../platform/sessions.ts'

const RoleGrantOut = Type.Object({
  role: Type.String(),
  roleName: Type.String(),
  regionCode: Nullable(Type.String()),
  venueId: Nullable(Type.String()),
  unitId: Nullable(Type.String()),
  scopeName: Type.String(),
})

const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  deputyId: Nullable(Type.String()),
  roles: Type.Array(RoleGrantOut),
  capabilities: Type.Array(Type.Enum(CAPABILITIES), {
    description:
      'The named role sets the user holds: what the console may offer (the server checks each request)',
  }),
  csrfToken: Type.String(),
  mfaPending: Type.Boolean(),
  totpEnabled: Type.Boolean(),
})

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    totp: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
  },
  { additionalProperties: false },
)

const TOTP_ISSUER = 'Lianxin 连心'

function totpFor(secretBase32: string, username: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  })
}

function totpValid(secretBase32: string, username: string, code: string): boolean {
  return totpFor(secretBase32, username).validate({ token: code, window: 1 }) !== null
}

async function describeMe(app: FastifyInstance, principal: Principal) {
  const { db } = app.ctx
  const user = await db
    .selectFrom('users')
    .select(['totp_enabled'])
    .where('id', '=', principal.userId)
    .executeTakeFirstOrThrow()
  const names = await scopeNames(app, principal)
  return {
    id: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    deputyId: principal.deputyId,
    roles: principal.grants.map((g, i) => ({
      role: g.role,
      roleName: roleLabels[g.role].zh,
      regionCode: g.regionCode,
      venueId: g.venueId,
      unitId: g.unitId,
      scopeName: names[i] ?? '',
    })),
    csrfToken: principal.csrfToken,
    mfaPending: principal.mfaPending,
    capabilities: principal.mfaPending ? [] : capabilitiesOf(principal),
    totpEnabled: user.totp_enabled,
  }
}

async function scopeNames(app: FastifyInstance, principal: Principal): Promise<string[]> {
  const { db } = app.ctx
  return Promise.all(
    principal.grants.map(async (g) => {
      if (g.venueId)
        return (
          (await db.selectFrom('venues').select('name').where('id', '=', g.venueId).executeTakeFirst())
            ?.name ?? ''
        )
      if (g.unitId)
        return (
          (await db.selectFrom('units').select('name').where('id', '=', g.unitId).executeTakeFirst())?.name ??
          ''
        )
      if (g.role === 'deputy' && principal.deputyId) {
        return (
          (
            await db
              .selectFrom('deputies')
              .select('name')
              .where('id', '=', principal.deputyId)
              .executeTakeFirst()
          )?.name ?? ''
        )
      }
      if (g.regionCode)
        return (
          (await db.selectFrom('regions').select('name').where('code', '=', g.regionCode).executeTakeFirst())
            ?.name ?? ''
        )
      return ''
    }),
  )
}

async function principalFor(
  app: FastifyInstance,
  userId: string,
  session: { sessionId: string; csrfToken: string; mfaPending: boolean },
): Promise<Principal> {
  const user = await app.ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'deputy_id'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    deputyId: user.deputy_id,
    grants: await loadGrants(app.ctx.db, user.id),
    ...session,
  }
}

const wrongCredentials = () =>
  new AppError('unauthenticated', { zh: '用户名或密码错误', en: 'Wrong username or password' }, 'password')

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { config } = app.ctx

  /** Audit rows for sign-in attempts are written in their own transaction: a failed login still leaves a trace. */
  const auditLogin = (
    request: FastifyRequest,
    actor: { id: string | null; name: string },
    result: 'success' | 'failure' | 'denied',
    detail: Record<string, unknown>,
  ) =>
    app.ctx.db
      .transaction()
      .execute((trx) =>
        appendAudit(
          trx,
          { ...auditContextOf(request), actor },
          { action: 'auth.login', targetType: 'user', targetId: actor.id, result, detail },
        ),
      )

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password (and TOTP code when enabled)',
        body: LoginBody,
        response: {
          200: Type.Object({ user: Me, csrfToken: Type.String() }),
          ...errorResponses(400, 401, 423),
        },
      },
    },
    async (request, reply) => {
      const { db } = app.ctx
      const { username, password, totp } = request.body
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst()
      if (!user?.active) {
        await decoyVerify(password)
        await auditLogin(request, { id: null, name: username }, 'failure', {
          reason: user ? 'inactive' : 'unknown_user',
        })
        throw wrongCredentials()
      }
      const actor = { id: user.id, name: user.username }
      if (user.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
        await auditLogin(request, actor, 'denied', { reason: 'locked' })
        throw lockedError(new Date(user.locked_until))
      }
      if (!(await verifyPassword(user.password_hash, password))) {
        const failures = (user.locked_until ? 0 : user.failed_logins) + 1
        const lock =
          failures >= config.loginMaxFailures ? new Date(Date.now() + config.loginLockMinutes * 60_000) : null
        await db
          .updateTable('users')
          .set({ failed_logins: lock ? 0 : failures, locked_until: lock })
          .where('id', '=', user.id)
          .execute()
        await auditLogin(request, actor, 'failure', {
          reason: 'wrong_password',
          failures,
          locked: Boolean(lock),
        })
        if (lock) throw lockedError(lock)
        throw wrongCredentials()
      }
      if (user.totp_enabled && user.totp_secret_enc) {
        if (!totp) {
          throw new AppError(
            'totp_required',
            { zh: '请输入两步验证码', en: 'Enter your two-factor authentication code' },
            'totp',
          )
        }
        if (!totpValid(app.ctx.cipher.decrypt(user.totp_secret_enc), user.username, totp)) {
          await auditLogin(request, actor, 'failure', { reason: 'wrong_totp' })
          throw new AppError(
            'totp_required',
            { zh: '两步验证码错误', en: 'Wrong two-factor authentication code' },
            'totp',
          )
        }
      }
      const grants = await loadGrants(db, user.id)
      // County admins must enrol a second factor before doing anything else when the installation requires it.
      const mfaPending =
        config.require2fa && !user.totp_enabled && grants.some((g) => g.role === 'county_admin')
      await db
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, last_login_at: new Date() })
        .where('id', '=', user.id)
        .execute()
      const session = await createSession(db, user.id, {
        maxHours: config.sessionMaxHours,
        mfaPending,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      })
      await auditLogin(request, actor, 'success', { mfaPending })
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(request, config.cookieSecure))
      const principal = await principalFor(app, user.id, {
        sessionId: '',
        csrfToken: session.csrfToken,
        mfaPending,
      })
      return { user: await describeMe(app, principal), csrfToken: session.csrfToken }
    },
  )

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out (ends the session)',
        response: { 200: Ok, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const principal = request.principal
      if (!principal) throw unauthenticated()
      await destroySession(app.ctx.db, principal.sessionId)
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      await command(request, (_trx, audit) =>
        audit({ action: 'auth.logout', targetType: 'user', targetId: principal.userId }),
      )
      return { ok: true as const }
    },
  )

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in account, its roles and scopes',
        response: { 200: Me, ...errorResponses(401) },
      },
    },
    async (request) => {
      // mfaPending sessions may read /me so the console can send them to enrolment.
      if (!request.principal) requirePrincipal(request)
      return describeMe(app, request.principal!)
    },
  )

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change one’s password (policy: 8+ characters of 3 classes, none of the last 5)',
        body: Type.Object(
          {
            currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
            newPassword: Type.String({ minLength: 1, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Ok, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = request.principal ?? requirePrincipal(request)
      const { db } = app.ctx
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', principal.userId)
        .executeTakeFirstOrThrow()
      if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) {
        throw invalidField('currentPassword', { zh: '当前密码错误', en: 'The current password is wrong' })
      }
      checkPasswordPolicy(request.body.newPassword)
      const history = [user.password_hash, ...(user.password_history as string[])]
      await checkNotReused(request.body.newPassword, history)
      const newHash = await hashPassword(request.body.newPassword)
      await command(request, async (trx, audit) => {
        await trx
          .updateTable('users')
          .set({
            password_hash: newHash,
            password_history: JSON.stringify(history.slice(0, PASSWORD_HISTORY - 1)),
            password_changed_at: new Date(),
            updated_at: new Date(),
          })
          .where('id', '=', user.id)
          .execute()
        // Every other session of this account ends with a password change.
        await trx
          .deleteFrom('sessions')
          .where('user_id', '=', user.id)
          .where('id', '!=', principal.sessionId)
          .execute()
        await audit({ action: 'auth.password.change', targetType: 'user', targetId: user.id })
      })
      return { ok: true as const }
    },
  )

  app.post(
    '/api/auth/totp/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start TOTP enrolment: a new secret, its otpauth URL and QR code',
        response: {
          200: Type.Object({ secret: Type.String(), otpauthUrl: Type.String(), qrSvg: Type.String() }),
          ...errorResponses(401, 403, 409),
        },
      },
    },
    async (request) => {
      const principal = request.principal ?? requirePrincipal(request)
      const { db, cipher } = app.ctx
      const user = await db
        .selectFrom('users')
        .select(['totp_enabled'])
        .where('id', '=', principal.userId)
        .executeTakeFirstOrThrow()
      if (user.totp_enabled)
        throw new AppError('conflict', {
          zh: '两步验证已启用',
          en: 'Two-factor authentication is already on',
        })
      const secret = new OTPAuth.Secret({ size: 20 }).base32
      const otpauthUrl = totpFor(secret, principal.username).toString()
      await command(request, async (trx, audit) => {
        await trx
          .updateTable('users')
          .set({ totp_secret_enc: cipher.encrypt(secret) })
          .where('id', '=', principal.userId)
          .execute()
        await audit({ action: 'auth.totp.setup', targetType: 'user', targetId: principal.userId })
      })
      const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, width: 200 })
      return { secret, otpauthUrl, qrSvg }
    },
  )

  const CodeBody = Type.Object(
    { code: Type.String({ pattern: '^[0-9]{6}$' }) },
    { additionalProperties: false },
  )

  app.post(
    '/api/auth/totp/enable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm TOTP enrolment with a current code',
        body: CodeBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = request.principal ?? requirePrincipal(request)
      const { db, cipher } = app.ctx
      const user = await db
        .selectFrom('users')
        .select(['totp_secret_enc', 'username'])
        .where('id', '=', principal.userId)
        .executeTakeFirstOrThrow()
      if (
        !user.totp_secret_enc ||
        !totpValid(cipher.decrypt(user.totp_secret_enc), user.username, request.body.code)
      ) {
        throw invalidField('code', { zh: '验证码错误，请重新输入', en: 'Wrong code, please try again' })
      }
      await command(request, async (trx, audit) => {
        await trx
          .updateTable('users')
          .set({ totp_enabled: true })
          .where('id', '=', principal.userId)
          .execute()
        await trx
          .updateTable('sessions')
          .set({ mfa_pending: false })
          .where('id', '=', principal.sessionId)
          .execute()
        await audit({ action: 'auth.totp.enable', targetType: 'user', targetId: principal.userId })
      })
      return { ok: true as const }
    },
  )

  app.post(
    '/api/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn TOTP off (needs a current code)',
        body: CodeBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const { db, cipher } = app.ctx
      const user = await db
        .selectFrom('users')
        .select(['totp_secret_enc', 'totp_enabled', 'username'])
        .where('id', '=', principal.userId)
        .executeTakeFirstOrThrow()
      if (config.require2fa && principal.grants.some((g) => g.role === 'county_admin')) {
        throw new AppError('forbidden', {
          zh: '县级管理员必须启用两步验证',
          en: 'County admins must keep two-factor authentication on',
        })
      }
      if (
        !user.totp_enabled ||
        !user.totp_secret_enc ||
        !totpValid(cipher.decrypt(user.totp_secret_enc), user.username, request.body.code)
      ) {
        throw invalidField('code', { zh: '验证码错误，请重新输入', en: 'Wrong code, please try again' })
      }
      await command(request, async (trx, audit) => {
        await trx
          .updateTable('users')
          .set({ totp_enabled: false, totp_secret_enc: null })
          .where('id', '=', principal.userId)
          .execute()
        await audit({ action: 'auth.totp.disable', targetType: 'user', targetId: principal.userId })
      })
      return { ok: true as const }
    },
  )
}

function lockedError(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))
  return new AppError(
    'account_locked',
    {
      zh: `登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`,
      en: `Too many failed sign-ins; the account is locked for ${minutes} more minutes`,
    },
    'username',
    undefined,
    { lockedUntil: until.toISOString() },
  )
}

export { totpFor }
