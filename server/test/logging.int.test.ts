import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.ts'
import type { AppContext } from '../src/platform/context.ts'
import { PersonalDataCipher } from '../src/platform/crypto.ts'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { openTestDb, testConfig } from './harness.ts'

let handle: Awaited<ReturnType<typeof openTestDb>>
let lines: string[] = []
let app: Awaited<ReturnType<typeof buildApp>>

beforeAll(async () => {
  handle = await openTestDb()
  const ctx: AppContext = {
    db: handle.db,
    engine: handle.engine,
    config: { ...testConfig(), logLevel: 'debug' },
    cipher: new PersonalDataCipher(randomBytes(32)),
  }
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  app = await buildApp(ctx, { logger: true, logStream: stream })
  await app.ready()
})
afterAll(async () => {
  await app.close()
  await handle.dispose()
})

describe('logs', () => {
  it('carry request ids and never personal data, passwords, cookies or tokens', async () => {
    lines = []
    const { villageCode } = await buildTown(handle.db)
    const user = await buildUser(handle.db, { role: 'county_admin', regionCode: '330521000000' })
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
    })
    const cookie = login.cookies.find((c) => c.name === 'lx_session')!.value
    const sub = await app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': 'log-test-key-1' },
      payload: {
        content: '请修一下村口的路灯，谢谢',
        consent: true,
        regionCode: villageCode,
        contact: { name: '张三丰', phone: '13855556666' },
      },
    })
    expect(sub.statusCode).toBe(201)
    await app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${sub.json().trackingCode}`,
      headers: { 'x-access-token': sub.json().accessToken },
    })
    await app.inject({ method: 'GET', url: '/api/deputies', headers: { cookie: `lx_session=${cookie}` } })
    const log = lines.join('')
    expect(log).toContain('"reqId"')
    expect(lines.length).toBeGreaterThan(4)
    for (const secret of ['13855556666', '张三丰', TEST_PASSWORD, cookie, sub.json().accessToken]) {
      expect(log, `log leaks ${secret.slice(0, 4)}…`).not.toContain(secret)
    }
  })
})
