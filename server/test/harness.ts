import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import { inject as injectProvided } from 'vitest'
import { buildApp } from '../src/app.ts'
import { type Config, loadConfig } from '../src/config.ts'
import { createDb, type DbHandle } from '../src/db/index.ts'
import { isLockFile } from '../src/db/lock.ts'
import type { AppContext } from '../src/platform/context.ts'
import { PersonalDataCipher } from '../src/platform/crypto.ts'
import { invalidateReferenceCaches } from '../src/platform/reference-cache.ts'
import { testDatabaseUrl, testEngine, withDatabase } from './engine.ts'

export interface TestApp {
  app: FastifyInstance
  ctx: AppContext
  handle: DbHandle
  close(): Promise<void>
}

/**
 * A fresh, migrated database for one test file: a copy of the PGlite template, or a clone of the PostgreSQL one.
 * `from` names another template of the run (a PGlite data directory or a PostgreSQL database), e.g. the demo
 * county's (test/demo-template.ts).
 */
export async function openTestDb(from?: string): Promise<DbHandle & { dispose(): Promise<void> }> {
  if (testEngine() === 'pglite') {
    const template = from ?? injectProvided('pgliteTemplate')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-t-'))
    // A lock file belongs to the process that wrote it, never to a copy (the copy is locked by this process).
    fs.cpSync(template, dir, { recursive: true, filter: (file) => !isLockFile(file) })
    const handle = await createDb({ dataDir: dir })
    return {
      ...handle,
      dispose: async () => {
        await handle.close()
        fs.rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  const name = `${injectProvided('postgresTemplate').replace('lianxin_tpl_', 'lianxin_t_')}_${randomBytes(4).toString('hex')}`
  const adminUrl = testDatabaseUrl()
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${from ?? injectProvided('postgresTemplate')}`)
  await admin.end()
  const handle = await createDb({ databaseUrl: withDatabase(adminUrl, name), poolSize: 5 })
  return {
    ...handle,
    dispose: async () => {
      await handle.close()
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

export const TEST_COUNTY = '330521000000'

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    webDistDir: '/nonexistent',
    countyCode: TEST_COUNTY,
    publicRateLimitPerMinute: 0,
    loginRateLimitPerMinute: 0,
    trackingRateLimitPerMinute: 0,
    trackingCodeRateLimitPerMinute: 0,
    ...overrides,
  }
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const handle = await openTestDb()
  // The per-node caches of reference data belong to one database: a new one starts them empty.
  invalidateReferenceCaches()
  const ctx: AppContext = {
    db: handle.db,
    engine: handle.engine,
    config: testConfig(overrides),
    cipher: new PersonalDataCipher(randomBytes(32)),
  }
  const app = await buildApp(ctx)
  await app.ready()
  return {
    app,
    ctx,
    handle,
    close: async () => {
      await app.close()
      await handle.dispose()
    },
  }
}

/** A signed-in client: cookie and CSRF token applied to every request. */
export interface Session {
  cookie: string
  csrfToken: string
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>
  get(url: string): Promise<LightMyRequestResponse>
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'lx_session')!
  const csrfToken = res.json().csrfToken as string
  return sessionOf(app, `lx_session=${cookie.value}`, csrfToken)
}

export function sessionOf(app: FastifyInstance, cookie: string, csrfToken: string): Session {
  const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
      ...(body === undefined ? {} : Buffer.isBuffer(body) ? { payload: body } : { payload: body as object }),
    })
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
  }
}
