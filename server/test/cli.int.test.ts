import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { testEngine } from './engine.ts'

const run = promisify(execFile)
const main = path.resolve(import.meta.dirname, '..', 'src', 'main.ts')

async function lianxin(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], {
      env: {
        ...process.env,
        LIANXIN_DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
        LIANXIN_AUDIT_CHECKPOINT_FILE: path.join(dataDir, 'audit-checkpoints.jsonl'),
      },
      timeout: 120_000,
    })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, out: e.stdout + e.stderr }
  }
}

// The CLI runs against the embedded engine; the PostgreSQL pass of the suite skips it.
describe.runIf(testEngine() === 'pglite')('command line', () => {
  it('migrates, creates an admin, verifies the audit chain, backs up and restores', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-cli-'))
    const restored = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-cli-restored-'))
    try {
      expect((await lianxin(dir, 'migrate')).out).toContain('migrations up to date (pglite)')
      const weak = await lianxin(dir, 'admin', 'create', '--username', 'chief', '--password', 'short')
      expect(weak.code).not.toBe(0)
      const admin = await lianxin(
        dir,
        'admin',
        'create',
        '--username',
        'chief',
        '--password',
        'Chief-pass-2026',
      )
      expect(admin.code).toBe(0)
      // The admin's audit row is appended, not chained yet: the serving nodes' chainer (or audit chain) links it.
      const pending = await lianxin(dir, 'audit', 'verify')
      expect(pending.code).toBe(0)
      expect(pending.out).toMatch(/audit chain intact: 0 rows verified up to seq 0; 1 rows not yet chained/)
      const chain = await lianxin(dir, 'audit', 'chain')
      expect(chain.out).toMatch(/audit rows chained: 1, checkpoint at seq 1/)
      const checkpoints = path.join(dir, 'audit-checkpoints.jsonl')
      expect(fs.readFileSync(checkpoints, 'utf8').trim().split('\n')).toHaveLength(1)
      const verify = await lianxin(dir, 'audit', 'verify')
      expect(verify.code).toBe(0)
      expect(verify.out).toMatch(
        /audit chain intact: 1 rows verified up to seq 1; 0 rows not yet chained; matches /,
      )
      expect(verify.out).toContain(`${checkpoints} checkpoint of `)
      // A checkpoint kept elsewhere that saw a longer chain: the rows it saw are gone.
      const elsewhere = path.join(dir, 'elsewhere.jsonl')
      const head = JSON.parse(fs.readFileSync(checkpoints, 'utf8'))
      fs.writeFileSync(elsewhere, `${JSON.stringify({ ...head, headSeq: '5', chained: '5' })}\n`)
      const removed = await lianxin(dir, 'audit', 'verify', '--checkpoint', elsewhere)
      expect(removed.code).toBe(1)
      expect(removed.out).toMatch(
        new RegExp(
          `audit chain BROKEN at row seq=5: chain ends at seq 1 but checkpoint \\(${elsewhere}\\) of [-\\d]+T[\\d:.]+\\+08:00 recorded head seq 5 hash ${head.headHash}: rows removed`,
        ),
      )
      expect((await lianxin(dir, 'audit', 'verify', '--checkpoint', path.join(dir, 'none'))).code).toBe(1)
      expect((await lianxin(dir, 'audit', 'frobnicate')).code).toBe(2)
      const file = path.join(dir, 'backup.tar.gz')
      expect((await lianxin(dir, 'backup', file)).code).toBe(0)
      expect(fs.statSync(file).size).toBeGreaterThan(1000)
      expect((await lianxin(restored, 'restore', file)).code).toBe(0)
      expect((await lianxin(restored, 'audit', 'verify')).out).toMatch(/1 rows verified/)
      expect((await lianxin(restored, 'restore', file)).code).toBe(2)
      expect((await lianxin(dir, 'frobnicate')).code).toBe(2)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
      fs.rmSync(restored, { recursive: true, force: true })
    }
  }, 300_000)
})
