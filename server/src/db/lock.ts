import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * One process per PGlite data directory. PGlite is an embedded, single-process engine: a second process opening
 * the same files works on its own copy of the pages, and whatever it "commits" is lost or corrupts the other's.
 * So the directory carries a lock file, created exclusively before PGlite opens it and removed on close and at
 * process exit. A lock left by a process that no longer runs on this host is stale and is taken over.
 */

export const LOCK_FILE = 'lianxin.lock'
/** Held for the few milliseconds it takes to replace a stale lock, so that two starters cannot both do it. */
const TAKEOVER_FILE = 'lianxin.lock.takeover'
/** A lock file that cannot be read is someone's lock being written; after this long it is debris. */
const UNREADABLE_GRACE_MS = 10_000

export interface LockHolder {
  pid: number
  hostname: string
  /** ISO timestamp. */
  startedAt: string
  /** What holds the directory, e.g. "lianxin demo". */
  command: string
  /** Linux: the holder's start time in clock ticks since boot (/proc/<pid>/stat), which tells a reused pid. */
  processStart?: string
  /** Random per lock: tells two locks of the same pid apart. */
  token: string
}

export type HolderState = 'alive' | 'dead' | 'other-host' | 'unreadable'

export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked'
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder | null,
    readonly state: Exclude<HolderState, 'dead'>,
  ) {
    super(describeLock(dataDir, lockFile, holder, state))
    this.name = 'DataDirLockedError'
  }
}

export interface DataDirLock {
  readonly dataDir: string
  readonly file: string
  readonly holder: LockHolder
  /** Removes the lock file if it is still this lock's; idempotent. */
  release(): void
}

export interface AcquireOptions {
  /** Named in the lock file and in other processes' errors; never put secrets (arguments) here. */
  command?: string
  /** Test seam: called when a lock was judged stale, just before it is taken over. */
  onStale?: (holder: LockHolder | null) => void
}

/** Locks held by this process, by lock file path: released at exit, and "alive" for our own pid. */
const held = new Map<string, { text: string; token: string }>()
let exitHookInstalled = false

/** Takes the data directory's lock or throws DataDirLockedError naming the process that holds it. */
export function acquireDataDirLock(dataDir: string, options: AcquireOptions = {}): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, LOCK_FILE)
  const holder: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command: options.command ?? `node ${path.basename(process.argv[1] ?? '')}`.trim(),
    processStart: processStartOf(process.pid),
    token: randomBytes(12).toString('hex'),
  }
  const text = `${JSON.stringify(holder, null, 2)}\n`
  for (let attempt = 0; attempt < 200; attempt++) {
    if (createExclusive(file, text)) {
      held.set(file, { text, token: holder.token })
      installExitHook()
      return { dataDir, file, holder, release: () => releaseLock(file, text) }
    }
    const current = readText(file)
    if (current === null) continue // released in between: try again
    const { holder: other, state } = inspect(file, current)
    if (state !== 'dead') throw new DataDirLockedError(dataDir, file, other, state)
    options.onStale?.(other)
    if (!removeStale(dataDir, file, current)) sleep(10)
  }
  throw new Error(`could not lock the data directory ${dataDir}: the lock file keeps changing`)
}

/** Throws DataDirLockedError when a live process holds the directory; takes nothing. */
export function assertDataDirFree(dataDir: string): void {
  const file = path.join(dataDir, LOCK_FILE)
  const current = readText(file)
  if (current === null) return
  const { holder, state } = inspect(file, current)
  if (state !== 'dead') throw new DataDirLockedError(dataDir, file, holder, state)
}

/** For copying a data directory (test templates): lock files belong to a process, never to a copy. */
export function isLockFile(file: string): boolean {
  return path.basename(file).startsWith(LOCK_FILE)
}

export function parseHolder(text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>
    if (!Number.isSafeInteger(v.pid) || (v.pid as number) <= 0) return null
    if (typeof v.hostname !== 'string' || typeof v.token !== 'string') return null
    return {
      pid: v.pid as number,
      hostname: v.hostname,
      startedAt: typeof v.startedAt === 'string' ? v.startedAt : '',
      command: typeof v.command === 'string' ? v.command : 'another process',
      processStart: typeof v.processStart === 'string' ? v.processStart : undefined,
      token: v.token,
    }
  } catch {
    return null
  }
}

/** Whether the holder still runs: only a process on this host can be checked. */
export function holderState(holder: LockHolder): Exclude<HolderState, 'unreadable'> {
  if (holder.hostname !== os.hostname()) return 'other-host'
  if (holder.pid === process.pid) {
    if ([...held.values()].some((h) => h.token === holder.token)) return 'alive'
    // Another thread of this process (same start time), or a leftover of an earlier process that had our pid (a
    // restarted container often gets the same one).
    const start = processStartOf(process.pid)
    return start && holder.processStart === start ? 'alive' : 'dead'
  }
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'dead'
    // EPERM: a process of another user runs under that pid.
  }
  const start = processStartOf(holder.pid)
  if (holder.processStart && start && start !== holder.processStart) return 'dead' // the pid was reused
  return 'alive'
}

function inspect(file: string, text: string): { holder: LockHolder | null; state: HolderState } {
  const holder = parseHolder(text)
  if (holder) return { holder, state: holderState(holder) }
  // Being written right now (exclusive create, then write), or debris of a crash between the two.
  const age = ageMs(file)
  return { holder: null, state: age !== null && age > UNREADABLE_GRACE_MS ? 'dead' : 'unreadable' }
}

/**
 * Removes a stale lock whose content is still `staleText`. Only the holder of the takeover file removes a lock
 * that is not its own, and it re-reads the lock under it: two starters that both judged the same lock stale cannot
 * both replace it (the second finds the first one's live lock). Returns false when the takeover file was busy.
 */
function removeStale(dataDir: string, file: string, staleText: string): boolean {
  const guard = path.join(dataDir, TAKEOVER_FILE)
  const mine = JSON.stringify({
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command: 'takeover',
    processStart: processStartOf(process.pid),
    token: randomBytes(12).toString('hex'),
  } satisfies LockHolder)
  if (!createExclusive(guard, mine)) {
    clearAbandonedTakeover(guard)
    return false
  }
  try {
    if (readText(file) === staleText) fs.rmSync(file, { force: true })
  } finally {
    if (readText(guard) === mine) fs.rmSync(guard, { force: true })
  }
  return true
}

/** A takeover file whose process died inside its few milliseconds is removed (checked by content, as above). */
function clearAbandonedTakeover(guard: string): void {
  const text = readText(guard)
  if (text === null) return
  const { state } = inspect(guard, text)
  if (state === 'dead' && readText(guard) === text) fs.rmSync(guard, { force: true })
}

function releaseLock(file: string, text: string): void {
  if (held.get(file)?.text !== text) return
  held.delete(file)
  if (readText(file) === text) fs.rmSync(file, { force: true })
}

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const [file, { text }] of [...held]) releaseLock(file, text)
  })
}

/** Creates `file` with `text` unless it exists; the content is on disk before the function returns. */
function createExclusive(file: string, text: string): boolean {
  let fd: number
  try {
    fd = fs.openSync(file, 'wx', 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    fs.writeSync(fd, text)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  return true
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function ageMs(file: string): number | null {
  try {
    return Date.now() - fs.statSync(file).mtimeMs
  } catch {
    return null
  }
}

/** Linux: field 22 of /proc/<pid>/stat (start time in ticks since boot); undefined elsewhere. */
export function processStartOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so count from the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** The county's clock (UTC+8, no daylight saving), whatever TZ the process runs in. */
function countyTime(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return '?'
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')} UTC+8`
}

export function describeLock(
  dataDir: string,
  lockFile: string,
  holder: LockHolder | null,
  state: Exclude<HolderState, 'dead'>,
): string {
  if (!holder || state === 'unreadable') {
    return (
      `数据目录 ${dataDir} 正被另一个进程锁定（锁文件 ${lockFile} 无法读取）；若确认没有 lianxin 进程在使用它，请删除该文件。\n` +
      `the data directory ${dataDir} is locked by another process (unreadable lock file ${lockFile}); if no lianxin process uses it, delete that file`
    )
  }
  const since = countyTime(holder.startedAt)
  if (state === 'other-host') {
    return (
      `数据目录 ${dataDir} 正被主机 ${holder.hostname} 上的 ${holder.command} 使用（进程号 ${holder.pid}，自 ${since} 起）；本机无法判断它是否仍在运行：若已停止，请删除 ${lockFile}。\n` +
      `the data directory ${dataDir} is in use by ${holder.command} on host ${holder.hostname} (pid ${holder.pid}, since ${since}); this host cannot tell whether it still runs: if it does not, delete ${lockFile}`
    )
  }
  return (
    `数据目录 ${dataDir} 正被 ${holder.command} 使用（进程号 ${holder.pid}，自 ${since} 起）：请先停止该进程。\n` +
    `the data directory ${dataDir} is in use by ${holder.command} (pid ${holder.pid}, since ${since}): stop it first`
  )
}
