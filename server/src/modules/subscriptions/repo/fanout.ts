import { sql } from 'kysely'
import type { Db } from '../../../db/index.ts'

/**
 * The fan-out's SQL: its cursor row, the public updates after the cursor, and the subscribers of each update.
 *
 * An update is one of: an item published (followers of its town and of its category), its answer published, or
 * a public status change after publication (followers of the item). Updates are read in (time, key) order.
 */

export const FANOUT_STATE = 'subscription.fanout'

/** Times are kept as the database's exact text (microseconds), so the cursor never re-reads an update. */
export interface Cursor {
  afterAt: string
  afterKey: string
  afterSubscription: string | null
}

export type UpdateKind = 'published' | 'answered' | 'status'

export interface Update {
  at: string
  key: string
  kind: UpdateKind
  suggestion_id: string
  town_code: string | null
  category_code: string | null
  question: string
  to_status: string | null
}

/**
 * Locks the cursor row (made on first use at the earliest active subscription, so history is never sent):
 * null when another node holds it — that node is fanning out, this one skips.
 */
export async function lockCursor(trx: Db, now: Date): Promise<Cursor | null> {
  const earliest = await trx
    .selectFrom('subscriptions')
    .select(sql<string | null>`min(confirmed_at)::text`.as('at'))
    .where('status', '=', 'active')
    .executeTakeFirst()
  await trx
    .insertInto('subscription_fanout_state')
    .values({
      name: FANOUT_STATE,
      after_at: earliest?.at ? sql`${earliest.at}::timestamptz` : now,
      after_key: '',
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const row = await trx
    .selectFrom('subscription_fanout_state')
    .select(['after_key', 'after_subscription', sql<string>`after_at::text`.as('after_at')])
    .where('name', '=', FANOUT_STATE)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst()
  if (!row) return null
  return {
    afterAt: row.after_at,
    afterKey: row.after_key,
    afterSubscription: row.after_subscription,
  }
}

export async function saveCursor(trx: Db, cursor: Cursor): Promise<void> {
  await trx
    .updateTable('subscription_fanout_state')
    .set({
      after_at: sql`${cursor.afterAt}::timestamptz`,
      after_key: cursor.afterKey,
      after_subscription: cursor.afterSubscription,
      updated_at: new Date(),
    })
    .where('name', '=', FANOUT_STATE)
    .execute()
}

/** The updates after the cursor and no later than `until`, in order. */
export async function updatesAfter(
  db: Db,
  countyCode: string,
  cursor: Cursor,
  until: Date,
  limit: number,
): Promise<Update[]> {
  const { rows } = await sql<Update>`
    SELECT u.at::text AS at, u.key, u.kind, u.suggestion_id, u.town_code, u.category_code, u.question,
      u.to_status FROM (
      SELECT p.published_at AS at, 'p:' || p.suggestion_id AS key, 'published' AS kind, p.suggestion_id,
        p.town_code, p.category_code, p.question, NULL AS to_status
      FROM suggestion_publications p
      WHERE p.status = 'published' AND p.county_code = ${countyCode}
        AND p.published_at >= ${cursor.afterAt}::timestamptz AND p.published_at <= ${until}
      UNION ALL
      SELECT p.answer_published_at, 'a:' || p.suggestion_id, 'answered', p.suggestion_id,
        p.town_code, p.category_code, p.question, NULL
      FROM suggestion_publications p
      WHERE p.status = 'published' AND p.county_code = ${countyCode} AND p.answer_published_at IS NOT NULL
        AND p.answer_published_at >= ${cursor.afterAt}::timestamptz AND p.answer_published_at <= ${until}
      UNION ALL
      SELECT e.at, 'e:' || e.id, 'status', e.suggestion_id, p.town_code, p.category_code, p.question,
        e.to_status
      FROM suggestion_events e
      JOIN suggestion_publications p ON p.suggestion_id = e.suggestion_id AND p.status = 'published'
      WHERE p.county_code = ${countyCode} AND e.public AND e.at > p.published_at
        AND e.from_status IS DISTINCT FROM e.to_status
        AND e.at >= ${cursor.afterAt}::timestamptz AND e.at <= ${until}
    ) u
    WHERE (u.at, u.key) > (${cursor.afterAt}::timestamptz, ${cursor.afterKey}::text)
      OR (u.at = ${cursor.afterAt}::timestamptz AND u.key = ${cursor.afterKey}::text
        AND ${cursor.afterSubscription}::uuid IS NOT NULL)
    ORDER BY u.at, u.key
    LIMIT ${limit}`.execute(db)
  return rows
}

/**
 * The active subscriptions an update reaches, after `afterId`, in id order: a published item reaches its town's
 * and its category's followers (a phone following both gets it once, through the town), the item's own news its
 * followers. Subscriptions confirmed after the update do not get it.
 */
export async function subscribersOf(db: Db, update: Update, afterId: string | null, limit: number) {
  const published = update.kind === 'published'
  const { rows } = await sql<{ id: string; target_type: string; target_id: string }>`
    SELECT s.id, s.target_type, s.target_id FROM subscriptions s
    WHERE s.status = 'active' AND s.confirmed_at <= ${update.at}::timestamptz
      AND (${afterId}::uuid IS NULL OR s.id > ${afterId}::uuid)
      AND (
        (${published} AND s.target_type = 'town' AND s.target_id = ${update.town_code ?? ''})
        OR (${published} AND s.target_type = 'category' AND s.target_id = ${update.category_code ?? ''}
          AND NOT EXISTS (SELECT 1 FROM subscriptions o WHERE o.status = 'active'
            AND o.phone_hash = s.phone_hash AND o.target_type = 'town'
            AND o.target_id = ${update.town_code ?? ''} AND o.confirmed_at <= ${update.at}::timestamptz))
        OR (NOT ${published} AND s.target_type = 'item' AND s.target_id = ${update.suggestion_id})
      )
    ORDER BY s.id
    LIMIT ${limit}`.execute(db)
  return rows
}
