import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { loadConfig } from '../src/config.ts'
import { createDb } from '../src/db/index.ts'
import { LOCK_FILE } from '../src/db/lock.ts'
import { openContext } from '../src/runtime.ts'
import { testDatabaseUrl, testEngine, withDatabase } from './engine.ts'

const run = promisify(execFile)
const main = path.resolve(import.meta.dirname, '..', 'src', 'main.ts')
const ADMIN_PASSWORD = 'Chief-pass-2026'
const SECOND_PASSWORD = 'Second-pass-2026'

function env(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LIANXIN_DATA_DIR: dataDir,
    DATABASE_URL: '',
    LIANXIN_DATA_KEY: '',
    LOG_LEVEL: 'warn',
    PORT: '0',
    HOST: '127.0.0.1',
    LIANXIN_WEB_DIST: '/nonexistent',
    LIANXIN_JOBS_INTERVAL_SECONDS: '0',
    ...extra,
  }
}

async function lianxin(processEnv: NodeJS.ProcessEnv, args: string[], timeout = 120_000) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], {
      env: processEnv,
      timeout,
    })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, out: e.stdout + e.stderr }
  }
}

/** `lianxin start` in a child process; resolves with its address once it serves. */
async function startServer(
  dataDir: string,
): Promise<{ proc: ChildProcess; url: string; exit: Promise<number | null> }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', main, 'start'], {
    env: env(dataDir, { LIANXIN_ADMIN_PASSWORD: ADMIN_PASSWORD }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exit = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  let out = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000)
    const onData = (d: Buffer) => {
      out += d
      const m = /serving at .*\((http:\/\/[\d.:]+), pglite\)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    proc.stdout!.on('data', onData)
    proc.stderr!.on('data', onData)
    void exit.then(() => reject(new Error(`server exited: ${out}`)))
  })
  return { proc, url, exit }
}

async function signIn(url: string, username: string, password: string): Promise<number> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  return res.status
}

describe.runIf(testEngine() === 'pglite')('one process per PGlite data directory', () => {
  it('refuses every command while a server holds the directory, and recovers from a killed one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-lock-int-'))
    const lockFile = path.join(dir, LOCK_FILE)
    const servers: ChildProcess[] = []
    try {
      const first = await startServer(dir)
      servers.push(first.proc)
      expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({
        pid: first.proc.pid,
        command: 'lianxin start',
      })

      const [create, verify, backup, second] = await Promise.all([
        lianxin(env(dir), ['admin', 'create', '--username', 'second1', '--password', SECOND_PASSWORD]),
        lianxin(env(dir), ['audit', 'verify']),
        lianxin(env(dir), ['backup', path.join(dir, 'backup.tar.gz')]),
        // Without the lock this one would serve on another port (PORT=0) and never exit.
        lianxin(env(dir, { LIANXIN_ADMIN_PASSWORD: ADMIN_PASSWORD }), ['start'], 45_000),
      ])
      for (const refused of [create, verify, backup, second]) {
        expect(refused.code, refused.out).toBe(3)
        expect(refused.out).toContain(
          `the data directory ${dir} is in use by lianxin start (pid ${first.proc.pid}`,
        )
        expect(refused.out).toContain(`进程号 ${first.proc.pid}`)
        expect(refused.out).not.toContain('EADDRINUSE')
      }
      expect(create.out).not.toMatch(/created/)
      expect(create.out).toContain('POST /api/users')
      expect(verify.out).toContain('PGlite database is single-process')
      expect(verify.out).toContain(
        'with PostgreSQL (DATABASE_URL) the command line runs alongside the server',
      )
      expect(fs.existsSync(path.join(dir, 'backup.tar.gz'))).toBe(false)
      expect(await signIn(first.url, 'admin', ADMIN_PASSWORD)).toBe(200)
      expect(await signIn(first.url, 'second1', SECOND_PASSWORD)).toBe(401)

      // A killed server leaves its lock behind; the next command finds it stale and takes it over.
      first.proc.kill('SIGKILL')
      await first.exit
      expect(fs.existsSync(lockFile)).toBe(true)
      const retry = await lianxin(env(dir), [
        'admin',
        'create',
        '--username',
        'second1',
        '--password',
        SECOND_PASSWORD,
      ])
      expect(retry.code, retry.out).toBe(0)
      expect(retry.out).toContain('county admin "second1" created')
      expect(fs.existsSync(lockFile)).toBe(false)

      // The account is real: the restarted server signs it in; SIGTERM stops the server and releases the lock.
      const restarted = await startServer(dir)
      servers.push(restarted.proc)
      expect(await signIn(restarted.url, 'second1', SECOND_PASSWORD)).toBe(200)
      restarted.proc.kill('SIGTERM')
      expect(await restarted.exit).toBe(0)
      expect(fs.existsSync(lockFile)).toBe(false)

      const handle = await createDb({ dataDir: dir })
      try {
        const users = await handle.db.selectFrom('users').select('username').orderBy('username').execute()
        expect(users.map((u) => u.username)).toEqual(['admin', 'second1'])
      } finally {
        await handle.close()
      }
    } finally {
      for (const s of servers) if (s.exitCode === null && s.signalCode === null) s.kill('SIGKILL')
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})

// PostgreSQL serves many processes: no lock file, and the command line runs alongside an open server context.
describe.runIf(testEngine() === 'postgres')('PostgreSQL data directory', () => {
  it('is not locked: a command runs while another process has the database open', async () => {
    const adminUrl = testDatabaseUrl()
    const template = inject('postgresTemplate')
    const name = `${template.replace('lianxin_tpl_', 'lianxin_t_')}_lock${randomBytes(3).toString('hex')}`
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-lock-pg-'))
    const databaseUrl = withDatabase(adminUrl, name)
    const dataKey = randomBytes(32).toString('base64')
    try {
      const ctx = await openContext(
        loadConfig({ DATABASE_URL: databaseUrl, LIANXIN_DATA_DIR: dir, LIANXIN_DATA_KEY: dataKey }),
      )
      try {
        const verify = await lianxin(env(dir, { DATABASE_URL: databaseUrl, LIANXIN_DATA_KEY: dataKey }), [
          'audit',
          'verify',
        ])
        expect(verify.code, verify.out).toBe(0)
        expect(verify.out).toContain('audit chain intact')
        expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false)
      } finally {
        await ctx.close()
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
