import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import QRCode from 'qrcode'
import { requirePrincipal } from '../../platform/access.ts'
import { command } from '../../platform/context.ts'
import { AppError, invalidField, unauthenticated } from '../../platform/errors.ts'
import {
  checkNotReused,
  checkPasswordPolicy,
  hashPassword,
  PASSWORD_HISTORY,
  verifyPassword,
} from '../../platform/passwords.ts'
import { acceptRateLimits, perMinute } from '../../platform/rate-limit.ts'
import { errorResponses, Ok } from '../../platform/schemas.ts'
import { destroySession, SESSION_COOKIE, SIGN_IN_PATH } from '../../platform/sessions.ts'
import { describeMe, logIn } from './login.ts'
import { secondFactorRequired } from './policy.ts'
import {
  disableTotp,
  enableTotp,
  endOtherSessions,
  savePassword,
  saveTotpSecret,
  totpStateOf,
  userById,
} from './repo.ts'
import { CodeBody, LoginBody, LoginResult, Me, PasswordChange, TotpSetup } from './schema.ts'
import { newTotpSecret, totpFor, totpValid } from './totp.ts'

const wrongCode = () =>
  invalidField('code', { zh: '验证码错误，请重新输入', en: 'Wrong code, please try again' })

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, cipher, config } = app.ctx

  await acceptRateLimits(app)

  app.post(
    SIGN_IN_PATH,
    {
      config: { ...perMinute(config.loginRateLimitPerMinute), public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password (and TOTP code when enabled)',
        body: LoginBody,
        response: { 200: LoginResult, ...errorResponses(400, 401, 423, 429) },
      },
    },
    async (request, reply) => logIn(request, reply, request.body),
  )

  app.post(
    '/api/auth/logout',
    {
      config: { reach: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out (ends the session)',
        response: { 200: Ok, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const principal = request.principal
      if (!principal) throw unauthenticated()
      await destroySession(db, principal.sessionId)
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
      config: { reach: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in account, its roles and scopes',
        response: { 200: Me, ...errorResponses(401) },
      },
    },
    async (request) => {
      // mfaPending sessions may read /me so the console can send them to enrolment.
      if (!request.principal) requirePrincipal(request)
      return describeMe(db, request.principal!)
    },
  )

  app.post(
    '/api/auth/password',
    {
      config: { reach: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Change one’s password (policy: 8+ characters of 3 classes, none of the last 5)',
        body: PasswordChange,
        response: { 200: Ok, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = request.principal ?? requirePrincipal(request)
      const user = await userById(db, principal.userId)
      if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) {
        throw invalidField('currentPassword', { zh: '当前密码错误', en: 'The current password is wrong' })
      }
      checkPasswordPolicy(request.body.newPassword)
      const history = [user.password_hash, ...(user.password_history as string[])]
      await checkNotReused(request.body.newPassword, history)
      const newHash = await hashPassword(request.body.newPassword)
      await command(request, async (trx, audit) => {
        await savePassword(trx, user.id, newHash, history.slice(0, PASSWORD_HISTORY - 1))
        // Every other session of this account ends with a password change.
        await endOtherSessions(trx, user.id, principal.sessionId)
        await audit({ action: 'auth.password.change', targetType: 'user', targetId: user.id })
      })
      return { ok: true as const }
    },
  )

  app.post(
    '/api/auth/totp/setup',
    {
      config: { reach: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Start TOTP enrolment: a new secret, its otpauth URL and QR code',
        response: { 200: TotpSetup, ...errorResponses(401, 403, 409) },
      },
    },
    async (request) => {
      const principal = request.principal ?? requirePrincipal(request)
      const user = await totpStateOf(db, principal.userId)
      if (user.totp_enabled)
        throw new AppError('conflict', {
          zh: '两步验证已启用',
          en: 'Two-factor authentication is already on',
        })
      const secret = newTotpSecret()
      const otpauthUrl = totpFor(secret, principal.username).toString()
      await command(request, async (trx, audit) => {
        await saveTotpSecret(trx, principal.userId, cipher.encrypt(secret))
        await audit({ action: 'auth.totp.setup', targetType: 'user', targetId: principal.userId })
      })
      const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, width: 200 })
      return { secret, otpauthUrl, qrSvg }
    },
  )

  app.post(
    '/api/auth/totp/enable',
    {
      config: { reach: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Confirm TOTP enrolment with a current code',
        body: CodeBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = request.principal ?? requirePrincipal(request)
      const user = await totpStateOf(db, principal.userId)
      if (
        !user.totp_secret_enc ||
        !totpValid(cipher.decrypt(user.totp_secret_enc), user.username, request.body.code)
      ) {
        throw wrongCode()
      }
      await command(request, async (trx, audit) => {
        await enableTotp(trx, principal.userId, principal.sessionId)
        await audit({ action: 'auth.totp.enable', targetType: 'user', targetId: principal.userId })
      })
      return { ok: true as const }
    },
  )

  app.post(
    '/api/auth/totp/disable',
    {
      config: { reach: 'signed_in' },
      schema: {
        tags: ['auth'],
        summary: 'Turn TOTP off (needs a current code)',
        body: CodeBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const user = await totpStateOf(db, principal.userId)
      if (secondFactorRequired(principal.grants, config.require2fa)) {
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
        throw wrongCode()
      }
      await command(request, async (trx, audit) => {
        await disableTotp(trx, principal.userId)
        await audit({ action: 'auth.totp.disable', targetType: 'user', targetId: principal.userId })
      })
      return { ok: true as const }
    },
  )
}
