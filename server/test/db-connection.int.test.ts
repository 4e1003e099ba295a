import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../src/db/index.ts'
import { testDatabaseUrl, testEngine, withDatabase } from './engine.ts'
import { createTestApp, type TestApp } from './harness.ts'

/**
 * A PostgreSQL connection the server ends while it sits idle in the pool (a restart, a failover, an
 * administrator's terminate) must not crash the process: the pool reports it and opens another one.
 */
describe.runIf(testEngine() === 'postgres')('a lost PostgreSQL connection', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(async () => t.close())

  it('is reported, not thrown, and the next query opens a new one', async () => {
    const { rows } = await sql<{ db: string }>`SELECT current_database() AS db`.execute(t.ctx.db)
    const handle = await createDb({ databaseUrl: withDatabase(testDatabaseUrl(), rows[0]!.db), poolSize: 2 })
    const warnings: string[] = []
    const onWarning = (w: Error & { code?: string }) => {
      if (w.code === 'LIANXIN_PG_CONNECTION_LOST') warnings.push(w.message)
    }
    process.on('warning', onWarning)
    try {
      const before = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(handle.db)
      const pid = before.rows[0]!.pid
      const admin = new pg.Client({ connectionString: testDatabaseUrl() })
      await admin.connect()
      await admin.query('SELECT pg_terminate_backend($1)', [pid])
      await admin.end()
      for (let i = 0; i < 50 && warnings.length === 0; i++) await new Promise((r) => setTimeout(r, 20))
      expect(warnings.join()).toContain('57P01')
      const after = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(handle.db)
      expect(after.rows[0]!.pid).not.toBe(pid)
    } finally {
      process.off('warning', onWarning)
      await handle.close()
    }
  })
})
