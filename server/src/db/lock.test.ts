import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  acquireDataDirLock,
  assertDataDirFree,
  type DataDirLock,
  DataDirLockedError,
  describeLock,
  isLockFile,
  LOCK_FILE,
  type LockHolder,
  processStartOf,
} from './lock.ts'

const child = path.resolve(import.meta.dirname, '../../test/lock-child.ts')
const dirs: string[] = []
const locks: DataDirLock[] = []
const children: ChildProcess[] = []

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL')
  for (const l of locks.splice(0)) l.release()
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-lock-'))
  dirs.push(dir)
  return dir
}

function acquire(dir: string, options?: Parameters<typeof acquireDataDirLock>[1]): DataDirLock {
  const lock = acquireDataDirLock(dir, { command: 'lianxin-test', ...options })
  locks.push(lock)
  return lock
}

function writeLock(dir: string, holder: Partial<LockHolder>): string {
  const text = JSON.stringify({
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: '2026-11-29T04:00:00.000Z',
    command: 'lianxin demo',
    token: 'someone-else',
    ...holder,
  })
  fs.writeFileSync(path.join(dir, LOCK_FILE), text)
  return text
}

const lockText = (dir: string) => fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')

function lockedError(fn: () => unknown): DataDirLockedError {
  try {
    fn()
  } catch (error) {
    if (error instanceof DataDirLockedError) return error
    throw error
  }
  throw new Error('expected DataDirLockedError')
}

/** The pid of a process that has just exited. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', ''])
  return done.pid!
}

/** Starts lock-child.ts and resolves once it printed every line in `until`. */
function startChild(args: string[]): {
  proc: ChildProcess
  output: () => string
  waitFor(text: string): Promise<void>
} {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(proc)
  let out = ''
  proc.stdout!.on('data', (d) => {
    out += d
  })
  proc.stderr!.on('data', (d) => {
    out += d
  })
  return {
    proc,
    output: () => out,
    waitFor: (text) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (out.includes(text)) resolve()
          else if (proc.exitCode !== null) reject(new Error(`child exited: ${out}`))
          else setTimeout(check, 20)
        }
        check()
      }),
  }
}

const exited = (proc: ChildProcess) =>
  new Promise<void>((resolve) =>
    proc.exitCode !== null || proc.signalCode ? resolve() : proc.once('exit', () => resolve()),
  )

describe('data directory lock', () => {
  it('writes who holds it, refuses a second holder, and is gone after release', () => {
    const dir = tempDir()
    const lock = acquire(dir)
    const holder = JSON.parse(lockText(dir))
    expect(holder).toMatchObject({ pid: process.pid, hostname: os.hostname(), command: 'lianxin-test' })
    expect(Date.parse(holder.startedAt)).toBeGreaterThan(Date.now() - 60_000)
    const error = lockedError(() => acquireDataDirLock(dir))
    expect(error.holder?.pid).toBe(process.pid)
    expect(error.message).toContain(`pid ${process.pid}`)
    expect(() => assertDataDirFree(dir)).toThrow(DataDirLockedError)
    lock.release()
    lock.release()
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false)
    expect(() => assertDataDirFree(dir)).not.toThrow()
    acquire(dir)
  })

  it('refuses while the holder runs on this host, and takes over once it was killed', async () => {
    const dir = tempDir()
    const holder = startChild([dir, '600000'])
    await holder.waitFor('acquired')
    const before = lockText(dir)
    const error = lockedError(() => acquireDataDirLock(dir))
    expect(error.state).toBe('alive')
    expect(error.message).toContain(`lianxin-test child (pid ${holder.proc.pid}, since `)
    expect(error.message).toContain(dir)
    expect(lockText(dir)).toBe(before)
    holder.proc.kill('SIGKILL')
    await exited(holder.proc)
    expect(lockText(dir)).toBe(before) // SIGKILL leaves it behind: stale
    const lock = acquire(dir)
    expect(JSON.parse(lockText(dir)).token).toBe(lock.holder.token)
  }, 30_000)

  it('takes over the lock of a process that has exited', () => {
    const dir = tempDir()
    writeLock(dir, { pid: deadPid() })
    expect(() => assertDataDirFree(dir)).not.toThrow()
    const lock = acquire(dir)
    expect(JSON.parse(lockText(dir))).toMatchObject({ pid: process.pid, token: lock.holder.token })
  })

  it('takes over a leftover carrying our own pid from an earlier process (a restarted container)', () => {
    const dir = tempDir()
    writeLock(dir, { pid: process.pid, processStart: 'earlier', token: 'old' })
    const lock = acquire(dir)
    expect(JSON.parse(lockText(dir)).token).toBe(lock.holder.token)
  })

  it.runIf(fs.existsSync('/proc/self/stat'))(
    'tells a reused pid from its holder by the process start time',
    () => {
      const dir = tempDir()
      const alive = process.ppid
      writeLock(dir, { pid: alive, processStart: processStartOf(alive) })
      expect(lockedError(() => acquireDataDirLock(dir)).state).toBe('alive')
      writeLock(dir, { pid: alive, processStart: '1' })
      const lock = acquire(dir)
      expect(JSON.parse(lockText(dir)).token).toBe(lock.holder.token)
    },
  )

  it('refuses a lock from another host, naming the host and the file to delete', () => {
    const dir = tempDir()
    const text = writeLock(dir, { pid: 4242, hostname: 'other-node' })
    const error = lockedError(() => acquireDataDirLock(dir))
    expect(error.state).toBe('other-host')
    expect(error.message).toContain('on host other-node (pid 4242')
    expect(error.message).toContain(path.join(dir, LOCK_FILE))
    expect(lockText(dir)).toBe(text)
  })

  it('treats an unreadable lock as being written, and as debris once it is old', () => {
    const dir = tempDir()
    const file = path.join(dir, LOCK_FILE)
    fs.writeFileSync(file, '')
    expect(lockedError(() => acquireDataDirLock(dir)).state).toBe('unreadable')
    const old = new Date(Date.now() - 60_000)
    fs.utimesSync(file, old, old)
    const lock = acquire(dir)
    expect(JSON.parse(lockText(dir)).token).toBe(lock.holder.token)
  })

  it('lets only one of two starters that judged the same lock stale take it over', () => {
    const dir = tempDir()
    writeLock(dir, { pid: deadPid() })
    let second: DataDirLock | undefined
    // The first starter judged the lock stale; before it replaces it, a second one does the same and wins.
    const error = lockedError(() =>
      acquireDataDirLock(dir, {
        command: 'first',
        onStale: () => {
          if (!second) second = acquire(dir, { command: 'second' })
        },
      }),
    )
    expect(second).toBeDefined()
    expect(error.holder?.token).toBe(second!.holder.token)
    expect(JSON.parse(lockText(dir))).toMatchObject({ command: 'second', token: second!.holder.token })
  })

  it('clears a takeover left by a process that died in the middle of it', () => {
    const dir = tempDir()
    writeLock(dir, { pid: deadPid() })
    fs.writeFileSync(
      path.join(dir, `${LOCK_FILE}.takeover`),
      JSON.stringify({
        pid: deadPid(),
        hostname: os.hostname(),
        startedAt: '',
        command: 'takeover',
        token: 't',
      }),
    )
    const lock = acquire(dir)
    expect(JSON.parse(lockText(dir)).token).toBe(lock.holder.token)
    expect(fs.existsSync(path.join(dir, `${LOCK_FILE}.takeover`))).toBe(false)
  })

  it('gives a stale lock to exactly one of several processes racing for it', async () => {
    const dir = tempDir()
    const go = path.join(dir, 'go')
    writeLock(dir, { pid: deadPid() })
    const racers = Array.from({ length: 4 }, () => startChild([dir, '3000', go]))
    await Promise.all(racers.map((r) => r.waitFor('ready')))
    fs.writeFileSync(go, '')
    await Promise.all(racers.map((r) => r.waitFor('ed\n'))) // "acquired" or "locked"
    const outcomes = racers.map((r) => r.output().trim().split('\n').at(-1))
    expect(outcomes.filter((o) => o === 'acquired')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(3)
    const winner = racers[outcomes.indexOf('acquired')]!
    expect(JSON.parse(lockText(dir)).pid).toBe(winner.proc.pid)
  }, 60_000)

  it('is released when the holding process exits', async () => {
    const dir = tempDir()
    const holder = startChild([dir, '0'])
    await holder.waitFor('acquired')
    await exited(holder.proc)
    expect(holder.proc.exitCode).toBe(0)
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false)
  }, 30_000)

  it('says when the holder started in county time, whatever TZ the process runs in', () => {
    const holder: LockHolder = {
      pid: 1234,
      hostname: os.hostname(),
      startedAt: '2026-11-29T04:00:00.000Z',
      command: 'lianxin demo',
      token: 't',
    }
    const text = describeLock('/x/data', '/x/data/lianxin.lock', holder, 'alive')
    expect(text).toContain(
      'the data directory /x/data is in use by lianxin demo (pid 1234, since 2026-11-29 12:00 UTC+8)',
    )
    expect(text).toContain('进程号 1234')
  })

  it('keeps lock files out of copies of a data directory', () => {
    expect(isLockFile('/t/lianxin.lock')).toBe(true)
    expect(isLockFile('/t/lianxin.lock.takeover')).toBe(true)
    expect(isLockFile('/t/pgdata/base')).toBe(false)
    expect(isLockFile('/t/data.key')).toBe(false)
  })
})
