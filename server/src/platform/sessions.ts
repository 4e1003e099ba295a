import { createHash, randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import type { Db } from '../db/index.ts'
import type { Principal, RoleGrant } from './access.ts'
import { AppError } from './errors.ts'

export const SESSION_COOKIE = 'lx_session'
export const CSRF_HEADER = 'x-csrf-token'
/** The sign-in route: it takes no CSRF token and ends the session it replaces. */
export const SIGN_IN_PATH = '/api/auth/login'
const TOUCH_EVERY_MS = 30_000

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url')

/** Sessions live in the database (hashed token as key), so they survive restarts and work across app nodes. */
export async function createSession(
  db: Db,
  userId: string,
  opts: { maxHours: number; mfaPending: boolean; ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  await db
    .insertInto('sessions')
    .values({
      id: tokenHash(token),
      user_id: userId,
      csrf_token: csrfToken,
      mfa_pending: opts.mfaPending,
      expires_at: new Date(Date.now() + opts.maxHours * 3600_000),
      ip: opts.ip,
      user_agent: opts.userAgent?.slice(0, 300) ?? null,
    })
    .execute()
  return { token, csrfToken }
}

export async function destroySession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

/**
 * How long a session that has timed out is remembered, so that its cookie (an open console tab, a parallel
 * request) is answered `session_expired` rather than a bare `unauthenticated`; housekeeping deletes it after.
 */
export const ENDED_SESSION_DAYS = 14

/**
 * Ends a session that has timed out, for good (a longer idle limit configured later does not revive it), and
 * forgets the address and browser it was opened from; the row stays for ENDED_SESSION_DAYS.
 */
async function endSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await sql`UPDATE sessions SET expires_at = LEAST(expires_at, ${now}), ip = NULL, user_agent = NULL
    WHERE id = ${sessionId}`.execute(db)
}

export async function loadGrants(db: Db, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('user_roles as ur')
    .leftJoin('venues as v', 'v.id', 'ur.venue_id')
    .leftJoin('units as u', 'u.id', 'ur.unit_id')
    .innerJoin('users as usr', 'usr.id', 'ur.user_id')
    .leftJoin('deputies as d', (join) =>
      join.onRef('d.id', '=', 'usr.deputy_id').on('ur.role', '=', 'deputy'),
    )
    // The scope region: explicit, or the venue's, the unit's, or (for a deputy) the region they were elected in.
    .leftJoin('regions as r', (join) =>
      join.onRef('r.code', '=', (eb) =>
        eb.fn.coalesce('ur.region_code', 'v.region_code', 'u.region_code', 'd.region_code'),
      ),
    )
    .select(['ur.role', 'ur.region_code', 'ur.venue_id', 'ur.unit_id', 'r.path', 'r.code as scope_code'])
    .where('ur.user_id', '=', userId)
    .execute()
  return rows.map((r) => ({
    role: r.role,
    regionCode: r.scope_code ?? null,
    regionPath: r.path ?? null,
    venueId: r.venue_id,
    unitId: r.unit_id,
  }))
}

export function sessionCookieOptions(request: FastifyRequest, secureSetting: 'auto' | boolean) {
  const secure = secureSetting === 'auto' ? request.protocol === 'https' : secureSetting
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure }
}

/** Resolves the caller from the session cookie; enforces idle timeout, absolute expiry and CSRF on writes. */
export function registerSessionHook(app: FastifyInstance): void {
  app.decorateRequest('principal', null)
  app.decorateRequest('sessionExpired', false)
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/public/')) return
    const token = request.cookies[SESSION_COOKIE]
    if (!token) return
    const principal = await resolveSession(app, request, reply, token)
    if (!principal) return
    request.principal = principal
    // Signing in replaces the session, so an old tab's cookie must not stand in the way of it.
    const signingIn = request.method === 'POST' && request.url.split('?')[0] === SIGN_IN_PATH
    if (
      !signingIn &&
      !['GET', 'HEAD', 'OPTIONS'].includes(request.method) &&
      request.headers[CSRF_HEADER] !== principal.csrfToken
    ) {
      throw new AppError(
        'csrf_failed',
        {
          zh: '请求缺少有效的 CSRF 令牌，请刷新页面后重试',
          en: 'Missing or invalid CSRF token; reload the page and try again',
        },
        CSRF_HEADER,
      )
    }
  })
}

async function resolveSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): Promise<Principal | null> {
  const { db, config } = app.ctx
  const id = tokenHash(token)
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.csrf_token',
      's.mfa_pending',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.deputy_id',
      'u.active',
      'u.password_must_change',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst()
  const now = Date.now()
  const idleMs = config.sessionIdleMinutes * 60_000
  if (
    !row?.active ||
    new Date(row.expires_at).getTime() <= now ||
    new Date(row.last_seen_at).getTime() + idleMs <= now
  ) {
    if (row && !row.active) await destroySession(db, id)
    else if (row) await endSession(db, id, new Date(now))
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    // A staff endpoint then answers 401 saying the session timed out, rather than a bare "sign in".
    request.sessionExpired = Boolean(row)
    return null
  }
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', id)
      .execute()
  }
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    deputyId: row.deputy_id,
    grants: await loadGrants(db, row.user_id),
    sessionId: row.id,
    csrfToken: row.csrf_token,
    mfaPending: row.mfa_pending,
    passwordMustChange: row.password_must_change,
  }
}
