import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import { statusIn } from '../../../platform/workflow.ts'
import { CLOSABLE, HANDLING, SAME_DAY } from '../workflow.ts'

/**
 * The SQL of the loop's timers (sweeps.ts). Reminder batches are claimed with FOR UPDATE SKIP LOCKED;
 * escalation and closing candidates are paged by (instant, id) and each is locked again, still due, before
 * the workflow action runs on it.
 *
 * overdue_reminded_at means "reminded for the current limit": reminded of a missed same-day step when it is
 * unset or older than same_day_due_at, of a passed completion deadline when unset or older than due_at.
 */

export const BATCH = 100

export function claimOverdue(trx: Db, countyCode: string, now: Date) {
  return trx
    .selectFrom('suggestions')
    .select(['id', 'tracking_code', 'content', 'tier', 'town_code', 'lead_unit_id', 'due_at'])
    .where('county_code', '=', countyCode)
    .where('status', 'in', HANDLING)
    .where('due_at', '<', now)
    .where(sql<SqlBool>`(overdue_reminded_at IS NULL OR overdue_reminded_at < due_at)`)
    .orderBy('due_at')
    .limit(BATCH)
    .forUpdate()
    .skipLocked()
    .execute()
}

export function claimSameDayMissed(trx: Db, countyCode: string, now: Date) {
  return trx
    .selectFrom('suggestions')
    .select(['id', 'tracking_code', 'content', 'status', 'tier', 'town_code', 'same_day_due_at'])
    .where('county_code', '=', countyCode)
    .where('status', 'in', SAME_DAY)
    .where('same_day_due_at', '<', now)
    .where(sql<SqlBool>`(overdue_reminded_at IS NULL OR overdue_reminded_at < same_day_due_at)`)
    .orderBy('same_day_due_at')
    .limit(BATCH)
    .forUpdate()
    .skipLocked()
    .execute()
}

export async function markReminded(trx: Db, ids: string[], now: Date): Promise<void> {
  await trx.updateTable('suggestions').set({ overdue_reminded_at: now }).where('id', 'in', ids).execute()
}

export async function minLimit(db: Db, column: 'escalate_after_working_days' | 'rating_window_days') {
  const row = await db
    .selectFrom('time_limits')
    .select(sql<number | null>`min(${sql.ref(column)})`.as('n'))
    .executeTakeFirst()
  return row?.n ?? 0
}

export interface Cursor {
  id: string
  at: Date
}

/** Not escalated for the current deadline (a manual escalation after the deadline passed counts). */
const notEscalated = sql<SqlBool>`(escalated_at IS NULL OR escalated_at < due_at)`

/** Handled items whose deadline passed before `latestDue`, not yet escalated, after the cursor. */
export function escalationCandidates(db: Db, countyCode: string, latestDue: Date, cursor: Cursor | null) {
  let q = db
    .selectFrom('suggestions')
    .select(['id', 'due_at', 'tier', 'category_code'])
    .where('county_code', '=', countyCode)
    .where('status', 'in', HANDLING)
    .where('due_at', '<', latestDue)
    .where(notEscalated)
  if (cursor) q = q.where(sql<SqlBool>`(due_at, id) > (${cursor.at}, ${cursor.id})`)
  return q.orderBy('due_at').orderBy('id').limit(BATCH).execute()
}

/** Still to escalate for the deadline read (it may have moved on, after an approved extension). */
export const stillEscalatable = (due: Date): Expression<SqlBool> =>
  sql<SqlBool>`${statusIn('status', HANDLING)} AND due_at < ${new Date(due.getTime() + 1)} AND ${notEscalated}`

/** Answered items sent before `latest` that the citizen has not rated, after the cursor. */
export function closingCandidates(db: Db, countyCode: string, latest: Date, cursor: Cursor | null) {
  let q = db
    .selectFrom('suggestions')
    .select(['id', 'feedback_at', 'tier', 'category_code'])
    .where('county_code', '=', countyCode)
    .where('status', 'in', CLOSABLE)
    .where('feedback_at', '<', latest)
  if (cursor) q = q.where(sql<SqlBool>`(feedback_at, id) > (${cursor.at}, ${cursor.id})`)
  return q.orderBy('feedback_at').orderBy('id').limit(BATCH).execute()
}

export const stillClosable = (feedbackAt: Date): Expression<SqlBool> =>
  sql<SqlBool>`${statusIn('status', CLOSABLE)} AND feedback_at < ${new Date(feedbackAt.getTime() + 1)}`

/** Locks the item for a system action if it still matches; undefined when another node has it or did it. */
export function lockIfStill(trx: Db, id: string, still: Expression<SqlBool>) {
  return trx
    .selectFrom('suggestions')
    .select('id')
    .where('id', '=', id)
    .where(still)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst()
}

/**
 * Open items whose clock runs through [from, to): started before `to` and due (completion, else same-day) at or
 * after `from`; paged by id.
 */
export function clockCandidates(db: Db, countyCode: string, from: Date, to: Date, afterId: string | null) {
  let query = db
    .selectFrom('suggestions')
    .selectAll()
    .where('county_code', '=', countyCode)
    .where('status', 'in', [...SAME_DAY, ...HANDLING])
    .where('clock_start_at', '<', to)
    .where(sql<SqlBool>`coalesce(due_at, same_day_due_at) >= ${from}`)
    .orderBy('id')
    .limit(200)
  if (afterId) query = query.where('id', '>', afterId)
  return query.execute()
}
