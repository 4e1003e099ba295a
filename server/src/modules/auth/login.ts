import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../db/index.ts'
import type { Principal } from '../../platform/access.ts'
import { appendAudit } from '../../platform/audit.ts'
import { auditContextOf } from '../../platform/context.ts'
import { AppError } from '../../platform/errors.ts'
import { decoyVerify, verifyPassword } from '../../platform/passwords.ts'
import {
  createSession,
  destroySession,
  loadGrants,
  SESSION_COOKIE,
  sessionCookieOptions,
} from '../../platform/sessions.ts'
import { secondFactorRequired } from './policy.ts'
import { presentMe } from './present.ts'
import {
  accountFailures,
  identityOf,
  nameFailures,
  recordLogin,
  scopeNamesOf,
  totpStateOf,
  userByUsername,
} from './repo.ts'
import { totpValid } from './totp.ts'

/** The signed-in account as /api/auth/me answers it. */
export async function describeMe(db: Db, principal: Principal) {
  const { totp_enabled } = await totpStateOf(db, principal.userId)
  const names = await scopeNamesOf(db, principal.grants, principal.deputyId)
  return presentMe(principal, names, totp_enabled)
}

async function principalFor(
  db: Db,
  userId: string,
  session: { sessionId: string; csrfToken: string; mfaPending: boolean },
): Promise<Principal> {
  const user = await identityOf(db, userId)
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    deputyId: user.deputy_id,
    grants: await loadGrants(db, user.id),
    passwordMustChange: user.password_must_change,
    ...session,
  }
}

const wrongCredentials = () =>
  new AppError('unauthenticated', { zh: '用户名或密码错误', en: 'Wrong username or password' }, 'password')

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

/** Audit rows for sign-in attempts are written in their own transaction: a failed login still leaves a trace. */
const auditLogin = (
  request: FastifyRequest,
  actor: { id: string | null; name: string },
  result: 'success' | 'failure' | 'denied',
  detail: Record<string, unknown>,
) =>
  request.server.ctx.db
    .transaction()
    .execute((trx) =>
      appendAudit(
        trx,
        { ...auditContextOf(request), actor },
        { action: 'auth.login', targetType: 'user', targetId: actor.id, result, detail },
      ),
    )

/** The keyed hash a name that is no account is counted under: the name exactly as sign-in looks it up. */
const nameHashOf = (cipher: { lookupHash(plain: string): string }, username: string) =>
  cipher.lookupHash(`sign-in-name:${username}`)

/**
 * Signs in with username, password and (when enabled) a TOTP code; every attempt is audited and on success a new
 * session is set as a cookie. Repeated failures lock the name for a while. A name that is no account (or an
 * inactive one) is answered exactly like an account with a wrong password: the same password hashing time, the
 * same count of failures (kept by the name's keyed hash) and the same lock, so no answer tells which names exist.
 */
export async function logIn(
  request: FastifyRequest,
  reply: FastifyReply,
  { username, password, totp }: { username: string; password: string; totp?: string },
) {
  const { db, config, cipher } = request.server.ctx
  const found = await userByUsername(db, username)
  const user = found?.active ? found : null
  const failures = user ? accountFailures(db, user.id) : nameFailures(db, nameHashOf(cipher, username))
  const actor = user ? { id: user.id, name: user.username } : { id: null, name: username }
  const now = new Date()
  const lockFor = () => new Date(now.getTime() + config.loginLockMinutes * 60_000)
  const attempt = await failures.claim(now)
  if (attempt === null || attempt > config.loginMaxFailures) {
    // Locked, or locked by now: parallel guesses beyond the limit are refused without checking the password.
    const until = attempt === null ? await failures.lockedUntil() : lockFor()
    if (attempt !== null) await failures.lock(until)
    await auditLogin(request, actor, 'denied', { reason: 'locked' })
    throw lockedError(until)
  }
  /** A wrong password or code: the attempt counts; the last one allowed locks the name. */
  const refuse = async (reason: string, error: AppError) => {
    const lock = attempt >= config.loginMaxFailures ? lockFor() : null
    if (lock) await failures.lock(lock)
    await auditLogin(request, actor, 'failure', { reason, failures: attempt, locked: Boolean(lock) })
    return lock ? lockedError(lock) : error
  }
  if (!user) {
    await decoyVerify(password)
    throw await refuse(found ? 'inactive' : 'unknown_user', wrongCredentials())
  }
  if (!(await verifyPassword(user.password_hash, password)))
    throw await refuse('wrong_password', wrongCredentials())
  if (user.totp_enabled && user.totp_secret_enc) {
    if (!totp) {
      await failures.release()
      throw new AppError(
        'totp_required',
        { zh: '请输入两步验证码', en: 'Enter your two-factor authentication code' },
        'totp',
      )
    }
    if (!totpValid(cipher.decrypt(user.totp_secret_enc), user.username, totp)) {
      throw await refuse(
        'wrong_totp',
        new AppError(
          'totp_required',
          { zh: '两步验证码错误', en: 'Wrong two-factor authentication code' },
          'totp',
        ),
      )
    }
  }
  const grants = await loadGrants(db, user.id)
  // County admins must enrol a second factor before doing anything else when the installation requires it.
  const mfaPending = secondFactorRequired(grants, config.require2fa) && !user.totp_enabled
  await recordLogin(db, user.id)
  const session = await createSession(db, user.id, {
    maxHours: config.sessionMaxHours,
    mfaPending,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  })
  // A session this browser still held (an old tab, another account) ends: the new one replaces it.
  if (request.principal) await destroySession(db, request.principal.sessionId)
  await auditLogin(request, actor, 'success', {
    mfaPending,
    ...(user.password_must_change && { temporaryPassword: true }),
  })
  reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(request, config.cookieSecure))
  const principal = await principalFor(db, user.id, {
    sessionId: '',
    csrfToken: session.csrfToken,
    mfaPending,
  })
  return { user: await describeMe(db, principal), csrfToken: session.csrfToken }
}
