import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db, type DbHandle } from '../src/db/index.ts'
import { scheduledJobs } from '../src/modules/index.ts'
import { appendAudit } from '../src/platform/audit.ts'
import { chainAuditLog } from '../src/platform/audit-chain.ts'
import { verifyAuditChain } from '../src/platform/audit-verify.ts'
import { startScheduler } from '../src/platform/jobs.ts'
import { append, chainUntil, countRows, system } from './audit-helpers.ts'
import { testDatabaseUrl, testEngine, withDatabase } from './engine.ts'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, TEST_COUNTY, type TestApp } from './harness.ts'

/** Other handles on the test file's database: more app instances (PGlite has one connection: the same one). */
async function moreInstances(t: TestApp, n: number): Promise<{ dbs: Db[]; close(): Promise<void> }> {
  if (t.ctx.engine === 'pglite')
    return { dbs: Array.from({ length: n }, () => t.ctx.db), close: async () => {} }
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(t.ctx.db)
  const handles: DbHandle[] = []
  for (let i = 0; i < n; i++) {
    handles.push(await createDb({ databaseUrl: withDatabase(testDatabaseUrl(), rows[0]!.name), poolSize: 3 }))
  }
  return {
    dbs: handles.map((h) => h.db),
    close: async () => void (await Promise.all(handles.map((h) => h.close()))),
  }
}

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t?.close())

describe('the audit chainer', () => {
  it('links the rows requests appended, and verify counts those not yet chained', async () => {
    const { db } = t.ctx
    await chainAuditLog(db)
    const { villageCode } = await buildTown(db)
    const admin = await buildUser(db, { role: 'county_admin', regionCode: TEST_COUNTY })
    const s = await login(t.app, admin.username, TEST_PASSWORD)
    for (let i = 0; i < 3; i++) {
      const res = await s.post('/api/venues', {
        code: `V-CH-${i}-${villageCode}`,
        kind: 'point',
        name: `链测试点${i}`,
        regionCode: villageCode,
      })
      expect(res.statusCode).toBe(201)
    }
    // The sign-in and three venues: appended, not chained yet (nothing hashed in the request).
    const before = await verifyAuditChain(db)
    expect(before).toMatchObject({ ok: true, unchained: 4 })
    expect(before.checked).toBe((await countRows(db, 'audit_log')) - 4)

    expect(await chainAuditLog(db, { checkpointEverySeconds: 0 })).toMatchObject({ chained: 4 })
    const after = await verifyAuditChain(db)
    expect(after).toMatchObject({ ok: true, unchained: 0, checked: await countRows(db, 'audit_log') })
    expect(after.checkpoints).toEqual([
      expect.objectContaining({ source: 'database', headSeq: after.head.seq }),
    ])
    // Nothing new: nothing chained, no new checkpoint.
    expect(await chainAuditLog(db, { checkpointEverySeconds: 0 })).toEqual({ chained: 0 })
  })

  it('runs on its own short timer on every node running jobs, and right after a command commits', async () => {
    const { db } = t.ctx
    const complete = async () => {
      for (let i = 0; i < 150; i++) {
        if ((await verifyAuditChain(db)).unchained === 0) return true
        await new Promise((r) => setTimeout(r, 20))
      }
      return false
    }
    const { villageCode } = await buildTown(db)
    const admin = await buildUser(db, { role: 'county_admin', regionCode: TEST_COUNTY })
    const s = await login(t.app, admin.username, TEST_PASSWORD)
    expect(await chainUntil(db)).toBeGreaterThan(0)
    // The other jobs every hour, the chainer every minute: only the signal of a committed command runs it soon.
    const slow = { ...t.ctx, config: { ...t.ctx.config, auditChainIntervalMs: 60_000 } }
    let scheduler = startScheduler(slow, scheduledJobs, { intervalMs: 3600_000, firstDelayMs: 3600_000 })
    try {
      const res = await s.post('/api/venues', {
        code: `V-WAKE-${villageCode}`,
        kind: 'point',
        name: '唤醒测试点',
        regionCode: villageCode,
      })
      expect(res.statusCode).toBe(201)
      expect(await complete()).toBe(true)
      // A row appended outside a command sends no signal: it waits for the timer.
      await append(db, 'test.no-signal')
      await new Promise((r) => setTimeout(r, 300))
      expect((await verifyAuditChain(db)).unchained).toBe(1)
    } finally {
      await scheduler.stop()
    }
    // With a short interval the timer alone chains it, while the other jobs still wait for their hourly tick.
    const fast = { ...t.ctx, config: { ...t.ctx.config, auditChainIntervalMs: 50 } }
    const logged: string[] = []
    const log = {
      info: (_o: object, m?: string) => logged.push(`info ${m}`),
      warn: (_o: object, m?: string) => logged.push(`warn ${m}`),
      error: (_o: object, m?: string) => logged.push(`error ${m}`),
    }
    scheduler = startScheduler(fast, scheduledJobs, { intervalMs: 3600_000, firstDelayMs: 3600_000, log })
    try {
      expect(await complete()).toBe(true)
    } finally {
      await scheduler.stop()
    }
    // Running every 50 ms, it logs only its failures (there were none), not each run that chained rows.
    expect(logged).toEqual(['info job scheduler started'])
    const runs = await db.selectFrom('job_runs').select('name').execute()
    expect(runs.map((r) => r.name)).toContain('audit.chain')
    expect(runs.map((r) => r.name)).not.toContain('housekeeping')
  })

  it('chains a burst of concurrent writers, some rolled back, with three chainers at once: no fork', async () => {
    const instances = await moreInstances(t, 3)
    try {
      const [a, b, c] = instances.dbs as [Db, Db, Db]
      const start = await countRows(t.ctx.db, 'audit_log')
      let committed = 0
      let writing = true
      const writer = async (db: Db, w: number) => {
        for (let i = 0; i < 25; i++) {
          const rollback = (w + i) % 5 === 0
          await db
            .transaction()
            .execute(async (trx) => {
              await appendAudit(trx, system, [
                { action: 'test.burst', targetType: 'test', detail: { w, i } },
                ...(i % 3 === 0
                  ? [{ action: 'test.burst', targetType: 'test', detail: { w, i, second: true } }]
                  : []),
              ])
              if (rollback) throw new Error('rolled back on purpose')
            })
            .then(
              () => {
                committed += i % 3 === 0 ? 2 : 1
              },
              (error) => {
                if (!rollback) throw error
              },
            )
        }
      }
      const runs: { chained: number; skipped?: number }[] = []
      const chainer = async (db: Db) => {
        while (writing) {
          runs.push(await chainAuditLog(db, { batchSize: 17, checkpointEverySeconds: 0 }))
          await new Promise((r) => setTimeout(r, 5))
        }
      }
      const writers = Promise.all([a, b, c, a, b, c, a, b].map((db, w) => writer(db, w))).finally(() => {
        writing = false
      })
      await Promise.all([writers, chainer(a), chainer(b), chainer(c)])
      expect(committed).toBeGreaterThanOrEqual(200)
      // Right after the burst the three keep running at the same time, as the nodes' timers do: the chain
      // completes (a rolled-back number is passed once the transactions older than the chainer have ended).
      for (let i = 0; i < 200 && (await verifyAuditChain(t.ctx.db)).unchained > 0; i++) {
        runs.push(
          ...(await Promise.all([a, b, c].map((db) => chainAuditLog(db, { checkpointEverySeconds: 0 })))),
        )
      }
      expect(runs.reduce((n, r) => n + r.chained, 0)).toBe(committed)
      const total = await countRows(t.ctx.db, 'audit_log')
      expect(total - start).toBe(committed)
      const v = await verifyAuditChain(t.ctx.db)
      expect(v).toMatchObject({ ok: true, unchained: 0, checked: total })
      expect(await countRows(t.ctx.db, 'audit_chain')).toBe(total)
    } finally {
      await instances.close()
    }
  })

  // Real concurrency (separate connections) is needed to hold one transaction open while another commits.
  it.runIf(testEngine() === 'postgres')(
    'waits at a number still in flight, and passes a rolled-back one',
    async () => {
      const { db } = t.ctx
      await chainUntil(db)
      const inFlight = async (outcome: 'commit' | 'rollback') => {
        let release!: () => void
        const released = new Promise<void>((r) => {
          release = r
        })
        let appended!: () => void
        const holding = new Promise<void>((r) => {
          appended = r
        })
        const done = db
          .transaction()
          .execute(async (trx) => {
            await appendAudit(trx, system, { action: 'test.slow', targetType: 'test' })
            appended()
            await released
            if (outcome === 'rollback') throw new Error('rolled back on purpose')
          })
          .catch(() => {})
        await holding
        return { release, done }
      }

      // A lower number commits after a higher one: the chain stops before the higher one until it does.
      const slow = await inFlight('commit')
      try {
        await append(db, 'test.fast') // not blocked by the open transaction: no lock
        const fast = await db
          .selectFrom('audit_log')
          .select('seq')
          .where('action', '=', 'test.fast')
          .executeTakeFirstOrThrow()
        for (let i = 0; i < 3; i++) {
          expect(await chainAuditLog(db)).toMatchObject({ chained: 0, waitingAtSeq: String(fast.seq) })
        }
        expect((await verifyAuditChain(db)).unchained).toBe(1)
      } finally {
        slow.release()
        await slow.done
      }
      expect(await chainUntil(db, 2)).toBe(2)

      // A number whose transaction rolls back: waited for while open, passed once it has ended.
      const doomed = await inFlight('rollback')
      try {
        await append(db, 'test.after-doomed')
        for (let i = 0; i < 3; i++) expect(await chainAuditLog(db)).toMatchObject({ chained: 0 })
      } finally {
        doomed.release()
        await doomed.done
      }
      expect(await chainUntil(db, 1)).toBe(1)
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, unchained: 0 })
    },
  )
})
