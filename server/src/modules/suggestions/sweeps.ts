import type { Expression, SqlBool } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { Tier } from '../../db/types.ts'
import { appendAudit } from '../../platform/audit.ts'
import { cstDay, loadCalendar, type WorkCalendar } from '../../platform/calendar.ts'
import type { Audit } from '../../platform/context.ts'
import type { Job, JobLogger } from '../../platform/jobs.ts'
import { enqueue, type OutboxMessage } from '../../platform/notify.ts'
import { closeUnratedNote, escalateNote, SYSTEM_ACTOR } from './actions/context.ts'
import { managerRegion } from './actions/messages.ts'
import { runAction } from './definition.ts'
import { type Limits, limitsFor, subjectOf } from './repo/items.ts'
import { dropCodesBefore, redactSpentCodes } from './repo/recovery.ts'
import {
  BATCH,
  type Cursor,
  claimOverdue,
  claimSameDayMissed,
  closingCandidates,
  escalationCandidates,
  lockIfStill,
  markReminded,
  minLimit,
  stillClosable,
  stillEscalatable,
} from './repo/timers.ts'
import type { Relation } from './workflow.ts'

/**
 * The closed loop's timers. Clocks are computed from stored instants (due_at, same_day_due_at, feedback_at),
 * never polled per item: each sweep selects what has crossed a limit at `now` and acts once.
 *
 * Concurrency (several app nodes sweep at once): reminders claim a batch with FOR UPDATE SKIP LOCKED and mark
 * it in the same transaction; escalations and closings lock one item with SKIP LOCKED, re-checking the
 * condition under the lock, and run the workflow action in that transaction. A row another node holds is
 * skipped; a row another node has just finished no longer matches. Transactions stay short (PGlite has one
 * connection and everything else waits for them).
 *
 * overdue_reminded_at means "reminded for the current limit": an item is reminded of a missed same-day step
 * when it is unset or older than same_day_due_at, and of a passed completion deadline when it is unset or
 * older than due_at (so a new deadline, after an extension or a reassignment, is reminded of once more).
 */

const systemRelations = () => new Set<Relation>(['system'])

export interface SweepContext {
  db: Db
  countyCode: string
  /** The working-day calendar; loaded (with the admin overrides) when absent. */
  calendar?: WorkCalendar
  log?: JobLogger
}

const DAY_MS = 86_400_000

const sameDayStep: Record<string, string> = {
  submitted: '当天受理',
  accepted: '当天流转',
  routed: '当天交办',
}

function systemAudit(trx: Db, countyCode: string): Audit {
  return (entry) =>
    appendAudit(trx, { actor: { id: null, name: 'system' }, requestId: null, countyCode }, entry)
}

const cstText = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

/** Memoised time limits for one sweep (time_limits is tiny, but an item at a time would re-read it). */
function limitsCache(db: Db) {
  const cache = new Map<string, Promise<Limits>>()
  return (tier: Tier | null, category: string | null) => {
    const key = `${tier ?? ''}|${category ?? ''}`
    let hit = cache.get(key)
    if (!hit) {
      hit = limitsFor(db, tier, category)
      cache.set(key, hit)
    }
    return hit
  }
}

// ── reminders ───────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Claims due items in batches with FOR UPDATE SKIP LOCKED (another node sweeping at once takes other rows),
 * marks them reminded and enqueues their messages in the same transaction, until a batch comes back short.
 */
async function remindInBatches<R extends { id: string }>(
  ctx: SweepContext,
  now: Date,
  claim: (trx: Db) => Promise<R[]>,
  messagesFor: (row: R) => OutboxMessage[],
): Promise<number> {
  let total = 0
  for (;;) {
    const n = await ctx.db.transaction().execute(async (trx) => {
      const rows = await claim(trx)
      if (rows.length === 0) return 0
      await markReminded(
        trx,
        rows.map((r) => r.id),
        now,
      )
      await enqueue(trx, ctx.countyCode, rows.flatMap(messagesFor))
      return rows.length
    })
    total += n
    if (n < BATCH) return total
  }
}

/** Reminds the lead unit and the managing region, once, of each item past its completion deadline. */
export function remindOverdue(ctx: SweepContext, now: Date): Promise<number> {
  return remindInBatches(
    ctx,
    now,
    (trx) => claimOverdue(trx, ctx.countyCode, now),
    (r) => {
      const base = {
        channel: 'in_app' as const,
        kind: 'suggestion.overdue',
        subject: subjectOf(r.id),
        title: `超期未办结 ${r.tracking_code}`,
        titleEn: `Overdue ${r.tracking_code}`,
        body: `办理期限 ${cstText(new Date(r.due_at!))} 已过，请尽快办理：${r.content.slice(0, 60)}`,
      }
      const messages: OutboxMessage[] = []
      if (r.lead_unit_id) messages.push({ ...base, recipientType: 'unit', recipientId: r.lead_unit_id })
      messages.push({ ...base, recipientType: 'region', recipientId: managerRegion(r, ctx.countyCode) })
      return messages
    },
  )
}

/** Reminds the region, once, of each item whose same-day step (accept, route, assign) was missed. */
export function remindSameDay(ctx: SweepContext, now: Date): Promise<number> {
  return remindInBatches(
    ctx,
    now,
    (trx) => claimSameDayMissed(trx, ctx.countyCode, now),
    (r) => [
      {
        channel: 'in_app',
        recipientType: 'region',
        recipientId: managerRegion(r, ctx.countyCode),
        kind: 'suggestion.same_day_overdue',
        subject: subjectOf(r.id),
        title: `${sameDayStep[r.status] ?? '当天办理'}已超时 ${r.tracking_code}`,
        titleEn: `Same-day step missed ${r.tracking_code}`,
        body: `时限 ${cstText(new Date(r.same_day_due_at))} 已过：${r.content.slice(0, 60)}`,
      },
    ],
  )
}

// ── escalation and closing: the workflow actions, as the system ──────────────────────────────────────────────

type Candidate = Cursor

/**
 * Runs a system action on each candidate in its own short transaction: lock the item with SKIP LOCKED while it
 * still matches `stillDue` (another node may be on it, or may just have done it), then run the action.
 */
async function runSystemAction(
  ctx: SweepContext & { calendar: WorkCalendar },
  candidate: Candidate,
  action: 'escalate' | 'close_unrated',
  stillDue: Expression<SqlBool>,
  note: string,
  now: Date,
): Promise<'done' | 'skipped' | 'failed'> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const locked = await lockIfStill(trx, candidate.id, stillDue)
      if (!locked) return 'skipped' as const
      await runAction(
        {
          trx,
          calendar: ctx.calendar,
          countyCode: ctx.countyCode,
          relationsFor: systemRelations,
          actor: SYSTEM_ACTOR,
          audit: systemAudit(trx, ctx.countyCode),
          now,
        },
        candidate.id,
        action,
        { note },
      )
      return 'done' as const
    })
  } catch (error) {
    // A workflow refusal or a conflict: the item is left as it is and looked at again on the next sweep.
    ctx.log?.warn({ suggestionId: candidate.id, action, err: error }, 'system action failed')
    return 'failed'
  }
}

/**
 * Escalates (督办) items still overdue `escalate_after_working_days` working days after their deadline: from the
 * office opening of that working day on. Each deadline is escalated once (a manual escalation after the deadline
 * passed counts).
 */
export async function escalateOverdue(
  ctx: SweepContext,
  now: Date,
): Promise<{ escalated: number; failed: number }> {
  const calendar = ctx.calendar ?? (await loadCalendar(ctx.db, ctx.countyCode))
  const limits = limitsCache(ctx.db)
  // n working days after the deadline's day lie at least n - 1 full calendar days after the deadline.
  const minDays = await minLimit(ctx.db, 'escalate_after_working_days')
  const latestDue = new Date(now.getTime() - Math.max(0, minDays - 1) * DAY_MS)
  let escalated = 0
  let failed = 0
  let cursor: Candidate | null = null
  for (;;) {
    const rows = await escalationCandidates(ctx.db, ctx.countyCode, latestDue, cursor)
    for (const r of rows) {
      const due = new Date(r.due_at!)
      const { escalateAfterWorkingDays: n } = await limits(r.tier, r.category_code)
      const escalateAt = calendar.opening(calendar.addWorkingDays(cstDay(due), n))
      if (now.getTime() < Math.max(escalateAt.getTime(), due.getTime() + 1)) continue
      const outcome = await runSystemAction(
        { ...ctx, calendar },
        { id: r.id, at: due },
        'escalate',
        // The deadline may have moved on (an approved extension) since the candidate was read.
        stillEscalatable(due),
        escalateNote(n),
        now,
      )
      if (outcome === 'done') escalated++
      if (outcome === 'failed') failed++
    }
    if (rows.length < BATCH) break
    const last = rows[rows.length - 1]!
    cursor = { id: last.id, at: new Date(last.due_at!) }
  }
  return { escalated, failed }
}

/** Closes answered items the citizen has not rated within the rating window (办结). */
export async function closeUnrated(
  ctx: SweepContext,
  now: Date,
): Promise<{ closed: number; failed: number }> {
  const calendar = ctx.calendar ?? (await loadCalendar(ctx.db, ctx.countyCode))
  const limits = limitsCache(ctx.db)
  const minDays = await minLimit(ctx.db, 'rating_window_days')
  const latest = new Date(now.getTime() - minDays * DAY_MS)
  let closed = 0
  let failed = 0
  let cursor: Candidate | null = null
  for (;;) {
    const rows = await closingCandidates(ctx.db, ctx.countyCode, latest, cursor)
    for (const r of rows) {
      const feedbackAt = new Date(r.feedback_at!)
      const { ratingWindowDays } = await limits(r.tier, r.category_code)
      if (now.getTime() - feedbackAt.getTime() <= ratingWindowDays * DAY_MS) continue
      const outcome = await runSystemAction(
        { ...ctx, calendar },
        { id: r.id, at: feedbackAt },
        'close_unrated',
        stillClosable(feedbackAt),
        closeUnratedNote(ratingWindowDays),
        now,
      )
      if (outcome === 'done') closed++
      if (outcome === 'failed') failed++
    }
    if (rows.length < BATCH) break
    const last = rows[rows.length - 1]!
    cursor = { id: last.id, at: new Date(last.feedback_at!) }
  }
  return { closed, failed }
}

/** The overdue sweep: completion reminders, missed same-day steps, then escalations. */
export async function sweepOverdue(ctx: SweepContext, now: Date) {
  const calendar = ctx.calendar ?? (await loadCalendar(ctx.db, ctx.countyCode))
  const reminded = await remindOverdue(ctx, now)
  const sameDayReminded = await remindSameDay(ctx, now)
  const { escalated, failed } = await escalateOverdue({ ...ctx, calendar }, now)
  return { reminded, sameDayReminded, escalated, failed }
}

export const overdueJob: Job = {
  name: 'overdue',
  run: (ctx, now, log) => sweepOverdue({ db: ctx.db, countyCode: ctx.config.countyCode, log }, now),
}

export const closeUnratedJob: Job = {
  name: 'close_unrated',
  run: (ctx, now, log) => closeUnrated({ db: ctx.db, countyCode: ctx.config.countyCode, log }, now),
}

/**
 * One-time codes: the outbox text of a spent one (expired or used) loses the code; the rows are kept a day (the
 * per-phone limit looks back an hour), then removed.
 */
export const RECOVERY_CODES_KEPT_MS = 24 * 3600_000

export const recoveryCodesJob: Job = {
  name: 'recovery_codes',
  run: async (ctx, now) => ({
    redacted: await redactSpentCodes(ctx.db, now),
    removed: await dropCodesBefore(ctx.db, new Date(now.getTime() - RECOVERY_CODES_KEPT_MS)),
  }),
}
