import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepHousekeeping } from '../src/platform/jobs.ts'
import { buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, sessionOf, type TestApp } from './harness.ts'
import { type OpenApiDocument, openApi, routesOf, sampleRequest } from './openapi.ts'

/**
 * A session that has timed out says so: its cookie is answered 401 `session_expired` on every route that needs
 * a session (GET and POST alike, /api/auth/me too), on every request, also once housekeeping has run, so that the
 * console can tell the user why they must sign in again. A cookie that never was a session, or whose session was
 * signed out, is simply `unauthenticated`.
 */

let t: TestApp
let doc: OpenApiDocument
beforeAll(async () => {
  t = await createTestApp()
  doc = await openApi(t.app)
})
afterAll(async () => t.close())

const IDLE_MINUTES = 30 // the harness keeps the default LIANXIN_SESSION_IDLE_MINUTES

async function signedIn(): Promise<{ session: Session; userId: string }> {
  const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
  return { session: await login(t.app, user.username, TEST_PASSWORD), userId: user.id }
}

/** A signed-in session made to be past its idle limit, or past its absolute lifetime. */
async function expiredSession(limit: 'idle' | 'absolute'): Promise<Session> {
  const { session, userId } = await signedIn()
  expect((await session.get('/api/auth/me')).statusCode).toBe(200)
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000)
  await t.ctx.db
    .updateTable('sessions')
    .set(limit === 'idle' ? { last_seen_at: ago(IDLE_MINUTES + 1) } : { expires_at: ago(1) })
    .where('user_id', '=', userId)
    .execute()
  return session
}

/**
 * Every route that needs a session, called with the session's cookie (and CSRF token): the wrong answers. Routes
 * gated by a partner key (`partner:<scope>`) take no session at all: a cookie there is never a credential.
 */
async function answersOtherThan(session: Session, expected: string): Promise<string[]> {
  const routes = routesOf(doc).filter((r) => {
    const op = r.operation as { 'x-public'?: boolean; 'x-reach'?: string }
    return !op['x-public'] && !op['x-reach']?.startsWith('partner:')
  })
  expect(routes.length).toBeGreaterThan(40)
  expect(routes.some((r) => r.method === 'GET') && routes.some((r) => r.method === 'POST')).toBe(true)
  const wrong: string[] = []
  for (const route of routes) {
    const r = sampleRequest(doc, route)
    const res = await session.request(r.method, r.url, r.payload, r.headers)
    const code = String(res.headers['content-type'] ?? '').includes('json') ? res.json().code : undefined
    if (res.statusCode !== 401 || code !== expected) wrong.push(`${route.key}: ${res.statusCode} ${code}`)
  }
  return wrong
}

describe('a timed-out session', () => {
  it.each(['idle', 'absolute'] as const)(
    'is answered session_expired on every route that needs a session, request after request (%s limit)',
    async (limit) => {
      const session = await expiredSession(limit)
      expect(await answersOtherThan(session, 'session_expired')).toEqual([])
      const me = await session.get('/api/auth/me')
      expect(me.json()).toMatchObject({ code: 'session_expired' })
      expect(me.json().message.zh).toBeTruthy()
    },
  )

  it.each(['idle', 'absolute'] as const)(
    'is still answered session_expired once housekeeping has run (%s limit)',
    async (limit) => {
      const session = await expiredSession(limit)
      await sweepHousekeeping(t.ctx.db, new Date(), { sessionIdleMinutes: IDLE_MINUTES })
      expect((await session.get('/api/auth/me')).json()).toMatchObject({ code: 'session_expired' })
      expect((await session.post('/api/auth/logout')).json()).toMatchObject({ code: 'session_expired' })
    },
  )

  it('stays ended when it is found out, and gives up the address and browser it was opened from', async () => {
    const { session, userId } = await signedIn()
    await t.ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - (IDLE_MINUTES + 1) * 60_000) })
      .where('user_id', '=', userId)
      .execute()
    expect((await session.get('/api/auth/me')).statusCode).toBe(401)
    // Found out idle, it has ended for good: not even a longer idle limit would bring it back.
    const row = await t.ctx.db
      .selectFrom('sessions')
      .select(['expires_at', 'ip', 'user_agent'])
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow()
    expect(new Date(row.expires_at).getTime()).toBeLessThanOrEqual(Date.now())
    expect(row.ip).toBeNull()
    expect(row.user_agent).toBeNull()
  })
})

describe('a cookie of no session', () => {
  it('is answered unauthenticated when it never was a session', async () => {
    const stranger = sessionOf(t.app, 'lx_session=never-was-a-session-token', 'no-csrf-token')
    expect(await answersOtherThan(stranger, 'unauthenticated')).toEqual([])
  })

  it('is answered unauthenticated once its session was signed out', async () => {
    const { session } = await signedIn()
    expect((await session.post('/api/auth/logout')).statusCode).toBe(200)
    expect(await answersOtherThan(session, 'unauthenticated')).toEqual([])
  })
})
