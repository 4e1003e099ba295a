import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../db/index.ts'
import type { AppContext } from './context.ts'
import { ENDED_SESSION_DAYS } from './sessions.ts'

/**
 * Background jobs: a small in-process scheduler that runs named jobs one after another every interval. Any
 * number of app nodes may run it at once: each job claims the rows it works on with `FOR UPDATE SKIP LOCKED`
 * (or does work that is idempotent, like deleting expired rows), so two nodes never process the same row twice.
 * Each run is recorded in `job_runs` (last start, last finish, last result) for operators.
 *
 * Every job takes `now` as a parameter, so tests call one sweep directly and drive time themselves.
 */

export interface JobLogger {
  info(obj: object, msg?: string): void
  warn(obj: object, msg?: string): void
  error(obj: object, msg?: string): void
}

export type JobResult = Record<string, unknown>

export interface Job {
  name: string
  run(ctx: AppContext, now: Date, log: JobLogger): Promise<JobResult>
  /**
   * A job that must run more often than the others (the audit chainer): its own timer, this many ms between
   * runs; 0 or absent = with the other jobs, once per tick.
   */
  everyMs?: (ctx: AppContext) => number
  /** Subscribes to a signal that work is waiting; the job's own timer then runs it within wakeDelayMs. */
  wake?: (signal: () => void) => () => void
  wakeDelayMs?: number
}

/**
 * A wake signal for a job (its `wake`): whoever leaves it work calls notify() after committing, and the job's own
 * timer runs it within its wakeDelayMs instead of at its next interval.
 */
export function wakeSignal(): { notify(): void; subscribe(listener: () => void): () => void } {
  const listeners = new Set<() => void>()
  return {
    notify() {
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const silentLogger: JobLogger = { info() {}, warn() {}, error() {} }

/** Runs one job now and records the run in job_runs; a failure is recorded and logged, never thrown. */
export async function runJob(
  ctx: AppContext,
  job: Job,
  now = new Date(),
  log: JobLogger = silentLogger,
): Promise<JobResult> {
  await ctx.db
    .insertInto('job_runs')
    .values({ name: job.name, last_started_at: now, last_result: JSON.stringify({}) })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_started_at: now }))
    .execute()
  let result: JobResult
  try {
    result = await job.run(ctx, now, log)
  } catch (error) {
    // Never log row contents here: they may carry personal data. The message and stack are enough.
    log.error({ job: job.name, err: error }, 'job failed')
    result = { error: error instanceof Error ? error.message : String(error) }
  }
  await ctx.db
    .updateTable('job_runs')
    .set({ last_finished_at: new Date(), last_result: JSON.stringify(result) })
    .where('name', '=', job.name)
    .execute()
  const worked = Object.entries(result).some(([k, v]) => k !== 'skipped' && typeof v === 'number' && v > 0)
  if (worked || 'error' in result) log.info({ job: job.name, result }, 'job ran')
  return result
}

export interface Scheduler {
  /** Runs every job once, now (also what each tick does). */
  tick(): Promise<void>
  /** Stops scheduling and waits for a running tick to finish. */
  stop(): Promise<void>
}

export interface SchedulerOptions {
  intervalMs: number
  /** Delay before the first tick (default: the smaller of 5 s and the interval). */
  firstDelayMs?: number
  log?: JobLogger
}

/**
 * Starts the scheduler: ticks never overlap (the next is planned when the previous one ends). Jobs with their own
 * interval (everyMs) run on their own timers instead, never overlapping themselves either.
 */
export function startScheduler(ctx: AppContext, jobs: Job[], options: SchedulerOptions): Scheduler {
  const log = options.log ?? silentLogger
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  let stopped = false
  const ownTimer = (job: Job) => (job.everyMs?.(ctx) ?? 0) > 0
  const ticked = jobs.filter((job) => !ownTimer(job))
  const loops = jobs
    .filter(ownTimer)
    .map((job) => startJobLoop(ctx, job, job.everyMs!(ctx), options.firstDelayMs, log))

  const tick = async () => {
    for (const job of ticked) {
      if (stopped) break
      await runJob(ctx, job, new Date(), log)
    }
  }
  const plan = (delay: number) => {
    if (stopped) return
    timer = setTimeout(() => {
      running = tick()
        .catch((error) => log.error({ err: error }, 'job tick failed'))
        .finally(() => {
          running = null
          plan(options.intervalMs)
        })
    }, delay)
    timer.unref()
  }
  plan(options.firstDelayMs ?? Math.min(5_000, options.intervalMs))
  log.info({ jobs: jobs.map((j) => j.name), intervalMs: options.intervalMs }, 'job scheduler started')

  return {
    tick,
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await Promise.all(loops.map((loop) => loop.stop()))
      if (running) await running
    },
  }
}

/** One job on its own timer: every `everyMs`, and within its wakeDelayMs after its wake signal. */
function startJobLoop(
  ctx: AppContext,
  job: Job,
  everyMs: number,
  firstDelayMs: number | undefined,
  log: JobLogger,
) {
  const wakeDelayMs = Math.min(job.wakeDelayMs ?? everyMs, everyMs)
  // It runs every second or so: only its failures are logged (job_runs keeps its last result).
  const quiet: JobLogger = { info() {}, warn: (o, m) => log.warn(o, m), error: (o, m) => log.error(o, m) }
  let timer: NodeJS.Timeout | null = null
  let dueAt = 0
  let running: Promise<void> | null = null
  let woken = false
  let stopped = false
  const plan = (delay: number) => {
    if (stopped) return
    if (timer) clearTimeout(timer)
    dueAt = Date.now() + delay
    timer = setTimeout(fire, delay)
    timer.unref()
  }
  const fire = () => {
    timer = null
    woken = false
    running = runJob(ctx, job, new Date(), quiet)
      .then(
        () => undefined,
        (error) => log.error({ job: job.name, err: error }, 'job run failed'),
      )
      .finally(() => {
        running = null
        // Woken while running: what was committed meanwhile is worked on soon, not a full interval later.
        plan(woken ? wakeDelayMs : everyMs)
      })
  }
  const unsubscribe = job.wake?.(() => {
    if (stopped) return
    if (running) woken = true
    else if (dueAt - Date.now() > wakeDelayMs) plan(wakeDelayMs)
  })
  plan(Math.min(firstDelayMs ?? 5_000, everyMs))
  return {
    async stop() {
      stopped = true
      unsubscribe?.()
      if (timer) clearTimeout(timer)
      if (running) await running
    },
  }
}

// ── housekeeping ────────────────────────────────────────────────────────────────────────────────────────────

const HOUR_MS = 3600_000
/** Uploaded photos never attached to an item (intake refuses photos older than this anyway). */
export const ORPHAN_FILE_HOURS = 24
/** Idempotency keys outlive any sensible client retry by a wide margin. */
export const IDEMPOTENCY_KEY_HOURS = 48
const DELETE_CHUNK = 1000

/**
 * Deletes rows of `table` matching `where`, a chunk at a time: short statements (PGlite has one connection
 * and everything waits for the running one), and rows another node is deleting right now are skipped.
 */
async function deleteInChunks(
  db: Db,
  table: 'files' | 'idempotency_keys' | 'sessions',
  key: string[],
  where: Expression<SqlBool>,
): Promise<number> {
  const columns = sql.raw(key.join(', '))
  let total = 0
  for (let i = 0; i < 1000; i++) {
    const result = await sql`DELETE FROM ${sql.table(table)} WHERE (${columns}) IN (
        SELECT ${columns} FROM ${sql.table(table)} WHERE ${where} LIMIT ${DELETE_CHUNK} FOR UPDATE SKIP LOCKED)`.execute(
      db,
    )
    const n = Number(result.numAffectedRows ?? 0)
    total += n
    if (n < DELETE_CHUNK) break
  }
  return total
}

/**
 * Housekeeping: orphaned uploads older than 24 h, idempotency keys older than 48 h, and sessions that timed out
 * (past their absolute expiry, or idle for longer than the idle timeout) more than ENDED_SESSION_DAYS ago.
 */
export async function sweepHousekeeping(
  db: Db,
  now: Date,
  options: { sessionIdleMinutes?: number } = {},
): Promise<{ orphanFiles: number; idempotencyKeys: number; sessions: number }> {
  const fileCutoff = new Date(now.getTime() - ORPHAN_FILE_HOURS * HOUR_MS)
  const keyCutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * HOUR_MS)
  const orphanFiles = await deleteInChunks(
    db,
    'files',
    ['id'],
    sql`subject_id IS NULL AND created_at < ${fileCutoff}`,
  )
  const idempotencyKeys = await deleteInChunks(
    db,
    'idempotency_keys',
    ['scope', 'key'],
    sql`created_at < ${keyCutoff}`,
  )
  // A timed-out session is kept for a while so that its cookie is still answered `session_expired`.
  const endedCutoff = new Date(now.getTime() - ENDED_SESSION_DAYS * 24 * HOUR_MS)
  const idleCutoff =
    options.sessionIdleMinutes !== undefined
      ? new Date(endedCutoff.getTime() - options.sessionIdleMinutes * 60_000)
      : null
  const sessions = await deleteInChunks(
    db,
    'sessions',
    ['id'],
    idleCutoff
      ? sql`(expires_at < ${endedCutoff} OR last_seen_at < ${idleCutoff})`
      : sql`expires_at < ${endedCutoff}`,
  )
  return { orphanFiles, idempotencyKeys, sessions }
}

export const housekeepingJob: Job = {
  name: 'housekeeping',
  run: (ctx, now) => sweepHousekeeping(ctx.db, now, { sessionIdleMinutes: ctx.config.sessionIdleMinutes }),
}
