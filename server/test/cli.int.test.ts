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
      env: { ...process.env, LIANXIN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
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
      const verify = await lianxin(dir, 'audit', 'verify')
      expect(verify.code).toBe(0)
      expect(verify.out).toMatch(/audit chain intact: 1 rows verified/)
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
