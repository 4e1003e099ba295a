import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Kysely, sql } from 'kysely'
import { Migrator } from 'kysely/migration'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createDb, type DbHandle, migrateToLatest } from '../src/db/index.ts'
import { migrations } from '../src/db/migrations/index.ts'
import { auditRowHash, GENESIS_HASH } from '../src/platform/audit.ts'
import { chainAuditLog, readCheckpointFile } from '../src/platform/audit-chain.ts'
import { verifyAuditChain } from '../src/platform/audit-verify.ts'
import { append, chainUntil, countRows, maintenance } from './audit-helpers.ts'
import { testDatabaseUrl, testEngine, withDatabase } from './engine.ts'
import { createTestApp, TEST_COUNTY, type TestApp } from './harness.ts'

describe('verify', () => {
  let fresh: TestApp
  beforeAll(async () => {
    fresh = await createTestApp()
  })
  afterAll(async () => fresh?.close())

  it('names a row whose content was changed under the maintenance switch', async () => {
    const { db } = fresh.ctx
    for (let i = 0; i < 3; i++) await append(db, 'test.tamper', { i })
    await chainUntil(db)
    const victim = (
      await db
        .selectFrom('audit_log')
        .select('seq')
        .where('action', '=', 'test.tamper')
        .orderBy('seq')
        .execute()
    )[1]!.seq
    await expect(
      db
        .updateTable('audit_log')
        .set({ detail: JSON.stringify({ i: 9 }) })
        .where('seq', '=', victim)
        .execute(),
    ).rejects.toThrow(/append-only/)
    await expect(
      db.updateTable('audit_chain').set({ hash: GENESIS_HASH }).where('seq', '=', victim).execute(),
    ).rejects.toThrow(/audit_chain is append-only/)
    await maintenance(db, (trx) =>
      trx
        .updateTable('audit_log')
        .set({ detail: JSON.stringify({ i: 9 }) })
        .where('seq', '=', victim)
        .execute(),
    )
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      firstBadSeq: String(victim),
      reason: 'row content does not match its hash',
    })
    // Put back, the row verifies again.
    await maintenance(db, (trx) =>
      trx
        .updateTable('audit_log')
        .set({ detail: JSON.stringify({ i: 1 }) })
        .where('seq', '=', victim)
        .execute(),
    )
    expect((await verifyAuditChain(db)).ok).toBe(true)
  })

  it('fails against the checkpoint when the tail is removed from the log and the chain', async () => {
    const { db } = fresh.ctx
    for (let i = 0; i < 5; i++) await append(db, 'test.tail', { i })
    await chainAuditLog(db, { checkpointEverySeconds: 0 })
    const head = (await verifyAuditChain(db)).head
    // The last row deleted from the log alone: its link names it.
    await maintenance(db, (trx) => trx.deleteFrom('audit_log').where('seq', '=', head.seq).execute())
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      firstBadSeq: head.seq,
      reason: 'row is missing: its chain link remains (deleted)',
    })
    // The last rows deleted from the log and the chain: the chain is shorter but intact; the checkpoint says so.
    const cut = String(BigInt(head.seq) - 2n)
    await maintenance(db, async (trx) => {
      await trx.deleteFrom('audit_chain').where('seq', '>', cut).execute()
      await trx.deleteFrom('audit_log').where('seq', '>', cut).execute()
    })
    const v = await verifyAuditChain(db)
    expect(v).toMatchObject({ ok: false, firstBadSeq: head.seq, checked: await countRows(db, 'audit_log') })
    expect(v.reason).toMatch(
      new RegExp(
        `^chain ends at seq ${cut} but checkpoint of \\d{4}-\\d\\d-\\d\\dT[\\d:.]+\\+08:00 recorded head seq ${head.seq} hash ${head.hash}: rows removed$`,
      ),
    )
    // The chainer refuses to extend a chain whose tail was removed.
    await append(db, 'test.after-cut')
    await expect(chainAuditLog(db)).rejects.toThrow(/rows were removed/)
  })

  it('refuses TRUNCATE; an emptied log and chain fail against the checkpoint', async () => {
    const other = await createTestApp()
    try {
      const { db } = other.ctx
      await append(db, 'test.truncate')
      await chainAuditLog(db, { checkpointEverySeconds: 0 })
      const head = (await verifyAuditChain(db)).head
      for (const table of ['audit_log', 'audit_chain', 'audit_checkpoints']) {
        await expect(sql`TRUNCATE ${sql.table(table)}`.execute(db)).rejects.toThrow(/append-only/)
      }
      expect((await verifyAuditChain(db)).ok).toBe(true)
      await maintenance(db, (trx) => sql`TRUNCATE audit_log, audit_chain`.execute(trx))
      const v = await verifyAuditChain(db)
      expect(v).toMatchObject({ ok: false, checked: 0, firstBadSeq: head.seq })
      expect(v.reason).toContain(`chain ends at seq 0 but checkpoint of `)
      expect(v.reason).toContain(`recorded head seq ${head.seq} hash ${head.hash}: rows removed`)
    } finally {
      await other.close()
    }
  })

  it('exports checkpoints to a file, which catches what the database checkpoints no longer show', async () => {
    const other = await createTestApp()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-ckpt-'))
    const file = path.join(dir, 'audit-checkpoints.jsonl')
    try {
      const { db } = other.ctx
      // A file that cannot be written: the run says so; the checkpoint is in the database all the same.
      await append(db, 'test.file', { n: 0 })
      const unwritable = await chainAuditLog(db, {
        checkpointEverySeconds: 0,
        checkpointFile: path.join(dir, 'missing-dir', 'x.jsonl'),
      })
      expect(unwritable).toMatchObject({ chained: 1, exportError: expect.stringContaining('ENOENT') })
      expect((await verifyAuditChain(db)).checkpoints[0]).toMatchObject({ headSeq: unwritable.checkpointSeq })

      await append(db, 'test.file', { n: 1 })
      const first = await chainAuditLog(db, { checkpointEverySeconds: 0, checkpointFile: file })
      await append(db, 'test.file', { n: 2 })
      await append(db, 'test.file', { n: 3 })
      // Not due yet: the head moved, but the last checkpoint is younger than the interval.
      expect(await chainAuditLog(db, { checkpointEverySeconds: 3600, checkpointFile: file })).toEqual({
        chained: 2,
      })
      const second = await chainAuditLog(db, {
        checkpointEverySeconds: 0,
        checkpointFile: file,
        now: new Date(Date.now() + 1000),
      })
      expect(second).toMatchObject({ chained: 0 })
      const lines = await readCheckpointFile(file)
      expect(lines.map((l) => l.headSeq)).toEqual([first.checkpointSeq, second.checkpointSeq])
      const head = (await verifyAuditChain(db)).head
      expect(lines[1]).toMatchObject({ headSeq: head.seq, headHash: head.hash })
      const external = async () => [{ source: file, checkpoints: await readCheckpointFile(file) }]
      expect(await verifyAuditChain(db, { external: await external() })).toMatchObject({ ok: true })

      // Someone removes the last row and every trace of it in the database, checkpoints included.
      await maintenance(db, async (trx) => {
        await trx.deleteFrom('audit_checkpoints').where('head_seq', '>=', head.seq).execute()
        await trx.deleteFrom('audit_chain').where('seq', '=', head.seq).execute()
        await trx.deleteFrom('audit_log').where('seq', '=', head.seq).execute()
      })
      expect((await verifyAuditChain(db)).ok).toBe(true)
      const v = await verifyAuditChain(db, { external: await external() })
      expect(v).toMatchObject({ ok: false, firstBadSeq: head.seq })
      expect(v.reason).toContain(`but checkpoint (${file}) of `)
      expect(v.reason).toContain(`recorded head seq ${head.seq} hash ${head.hash}: rows removed`)

      fs.appendFileSync(file, 'not json\n')
      await expect(readCheckpointFile(file)).rejects.toThrow(/line 3: not an audit checkpoint/)
    } finally {
      await other.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** An empty database (no migrations run yet), for the upgrade test. */
async function emptyDb(): Promise<DbHandle & { dispose(): Promise<void> }> {
  if (testEngine() === 'pglite') {
    const handle = await createDb({})
    return { ...handle, dispose: () => handle.close() }
  }
  const name = `${inject('postgresTemplate').replace('lianxin_tpl_', 'lianxin_t_')}_empty_${process.pid}`
  const admin = new pg.Client({ connectionString: testDatabaseUrl() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const handle = await createDb({ databaseUrl: withDatabase(testDatabaseUrl(), name), poolSize: 2 })
  return {
    ...handle,
    dispose: async () => {
      await handle.close()
      const c = new pg.Client({ connectionString: testDatabaseUrl() })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

describe('upgrading', () => {
  it('keeps the chain the old scheme wrote: it verifies, is checkpointed and grows', async () => {
    const handle = await emptyDb()
    try {
      const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } })
      const upTo = await migrator.migrateTo('2026112902_audit_no_truncate')
      expect(upTo.error).toBeUndefined()
      // As the old appendAudit wrote rows: linked and hashed in the transaction; number 3 rolled back.
      const old = handle.db as unknown as Kysely<any>
      let prev = GENESIS_HASH
      for (const seq of ['1', '2', '4', '5']) {
        await sql`SELECT nextval('audit_log_seq_seq')`.execute(old)
        const row = {
          seq,
          at: new Date(Date.UTC(2026, 10, 28, 1, 0, Number(seq))),
          actor_id: null,
          actor_name: 'old',
          action: 'test.old',
          target_type: 'test',
          target_id: null,
          result: 'success',
          request_id: null,
          detail: { seq: Number(seq), 中文: '旧' },
          county_code: TEST_COUNTY,
        }
        if (seq === '2') await sql`SELECT nextval('audit_log_seq_seq')`.execute(old)
        const hash = auditRowHash(prev, row)
        await old
          .insertInto('audit_log')
          .values({ ...row, detail: JSON.stringify(row.detail), prev_hash: prev, hash })
          .execute()
        prev = hash
      }
      await migrateToLatest(handle.db)
      const v = await verifyAuditChain(handle.db)
      expect(v).toMatchObject({ ok: true, checked: 4, unchained: 0, head: { seq: '5', hash: prev } })
      expect(v.checkpoints).toEqual([expect.objectContaining({ headSeq: '5', headHash: prev, chained: '4' })])
      await append(handle.db, 'test.new')
      expect(await chainAuditLog(handle.db, { checkpointEverySeconds: 0 })).toMatchObject({ chained: 1 })
      expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, checked: 5, unchained: 0 })
      // A row slipped in later at a number the chain has passed (3 was rolled back) is named.
      await old
        .insertInto('audit_log')
        .values({
          seq: '3',
          actor_name: 'mallory',
          action: 'test.forged',
          target_type: 'test',
          result: 'success',
          county_code: TEST_COUNTY,
        })
        .execute()
      expect(await verifyAuditChain(handle.db)).toMatchObject({
        ok: false,
        firstBadSeq: '3',
        reason: 'row is not in the chain, though rows after it are (inserted afterwards)',
      })
    } finally {
      await handle.dispose()
    }
  })
})
