import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { SubscriptionTarget } from '../../db/types.ts'

/** Subscriptions (关注): the rows, the targets' names, the feeds' items; the fan-out's SQL is in repo/fanout.ts. */

export * from './repo/fanout.ts'

export const SUBSCRIPTION_SUBJECT = 'subscription'

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url')

/** The followed target's name, or null when there is no such (active, published) target in the county. */
export async function targetName(
  db: Db,
  countyCode: string,
  type: SubscriptionTarget,
  id: string,
): Promise<string | null> {
  if (type === 'town') {
    const row = await db
      .selectFrom('regions')
      .select('name')
      .where('code', '=', id)
      .where('level', '=', 'town')
      .where('county_code', '=', countyCode)
      .where('active', '=', true)
      .executeTakeFirst()
    return row?.name ?? null
  }
  if (type === 'category') {
    const row = await db
      .selectFrom('categories')
      .select('name')
      .where('code', '=', id)
      .where('active', '=', true)
      .executeTakeFirst()
    return row?.name ?? null
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null
  const row = await db
    .selectFrom('suggestion_publications')
    .select('question')
    .where('suggestion_id', '=', id)
    .where('status', '=', 'published')
    .where('county_code', '=', countyCode)
    .executeTakeFirst()
  return row ? row.question.slice(0, 40) : null
}

/** Codes asked for one phone since `since` (the per-phone limit), the oldest first. */
export function requestsSince(db: Db, phoneHash: string, since: Date) {
  return db
    .selectFrom('subscriptions')
    .select('created_at')
    .where('phone_hash', '=', phoneHash)
    .where('created_at', '>', since)
    .orderBy('created_at')
    .execute()
}

export async function insertPending(
  trx: Db,
  row: {
    id: string
    targetType: SubscriptionTarget
    targetId: string
    phoneEnc: string
    phoneHash: string
    phoneMasked: string
    codeHash: string
    expiresAt: Date
    countyCode: string
  },
) {
  await trx
    .insertInto('subscriptions')
    .values({
      id: row.id,
      target_type: row.targetType,
      target_id: row.targetId,
      status: 'pending',
      phone_enc: row.phoneEnc,
      phone_hash: row.phoneHash,
      phone_masked: row.phoneMasked,
      code_hash: row.codeHash,
      code_expires_at: row.expiresAt,
      county_code: row.countyCode,
    })
    .execute()
}

/** The phone's latest pending subscription, locked for the attempt. */
export function latestPendingForUpdate(trx: Db, phoneHash: string) {
  return trx
    .selectFrom('subscriptions')
    .selectAll()
    .where('phone_hash', '=', phoneHash)
    .where('status', '=', 'pending')
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst()
}

export async function countFailedAttempt(trx: Db, id: string) {
  await trx
    .updateTable('subscriptions')
    .set({ attempts: sql<number>`attempts + 1` })
    .where('id', '=', id)
    .execute()
}

/**
 * Activates a confirmed subscription. When the phone already follows the target, that subscription stays (with
 * the new unsubscribe token) and the pending one ends: one active subscription per phone and target.
 */
export async function activate(
  trx: Db,
  pending: { id: string; phone_hash: string; target_type: SubscriptionTarget; target_id: string },
  token: (id: string) => string,
  now: Date,
): Promise<string> {
  const existing = await trx
    .selectFrom('subscriptions')
    .select('id')
    .where('phone_hash', '=', pending.phone_hash)
    .where('target_type', '=', pending.target_type)
    .where('target_id', '=', pending.target_id)
    .where('status', '=', 'active')
    .forUpdate()
    .executeTakeFirst()
  if (existing) {
    await trx
      .updateTable('subscriptions')
      .set({ status: 'ended', ended_at: now, code_hash: null })
      .where('id', '=', pending.id)
      .execute()
    return existing.id
  }
  await trx
    .updateTable('subscriptions')
    .set({
      status: 'active',
      confirmed_at: now,
      code_hash: null,
      unsubscribe_token_hash: tokenHash(token(pending.id)),
    })
    .where('id', '=', pending.id)
    .execute()
  return pending.id
}

export function byTokenForUpdate(trx: Db, token: string) {
  return trx
    .selectFrom('subscriptions')
    .selectAll()
    .where('unsubscribe_token_hash', '=', tokenHash(token))
    .forUpdate()
    .executeTakeFirst()
}

export async function end(trx: Db, id: string, now: Date) {
  await trx
    .updateTable('subscriptions')
    .set({ status: 'ended', ended_at: now })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .execute()
}

/** For the outbox: a subscription's messages reach its phone, decrypted at delivery only. */
export async function subscriptionContactsOf(db: Db, ids: string[]) {
  const map = new Map<string, { phoneEnc: string | null; reference: string | null }>()
  if (ids.length === 0) return map
  const rows = await db
    .selectFrom('subscriptions')
    .select(['id', 'phone_enc', 'status'])
    .where('id', 'in', ids)
    .execute()
  for (const r of rows)
    map.set(r.id, { phoneEnc: r.status === 'ended' ? null : r.phone_enc, reference: null })
  return map
}

export const FEED_SIZE = 50

/** A town's or a category's latest published items, newest first (the Atom feeds). */
export function feedItems(db: Db, countyCode: string, by: { town?: string; category?: string }) {
  let q = db
    .selectFrom('suggestion_publications as p')
    .leftJoin('regions as t', 't.code', 'p.town_code')
    .leftJoin('categories as c', 'c.code', 'p.category_code')
    .select([
      'p.suggestion_id',
      'p.question',
      'p.answer',
      'p.published_at',
      'p.answer_published_at',
      'p.updated_at',
      't.name as town_name',
      'c.name as category_name',
    ])
    .where('p.status', '=', 'published')
    .where('p.county_code', '=', countyCode)
  if (by.town) q = q.where('p.town_code', '=', by.town)
  if (by.category) q = q.where('p.category_code', '=', by.category)
  return q.orderBy('p.published_at', 'desc').orderBy('p.suggestion_id').limit(FEED_SIZE).execute()
}

export type FeedItem = Awaited<ReturnType<typeof feedItems>>[number]

/** Pending subscriptions never confirmed are of no use after a day: removed by the fan-out job's sweep. */
export async function dropStalePending(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('subscriptions')
    .where('status', '=', 'pending')
    .where('created_at', '<', before)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

export const SPENT_CODE_TEXT = '（验证码已失效）'

/** The SMS of a code that was used or has expired no longer carries it (as for recovery codes). */
export async function redactSpentCodes(db: Db, now: Date): Promise<number> {
  const result = await sql`
    UPDATE notifications SET
      body = ${SPENT_CODE_TEXT},
      status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END,
      last_error = CASE WHEN status = 'pending' THEN 'code expired before delivery' ELSE last_error END
    WHERE subject_type = ${SUBSCRIPTION_SUBJECT} AND kind = 'subscription.code'
      AND subject_id IN (SELECT id FROM subscriptions
        WHERE status <> 'pending' OR code_expires_at <= ${now} OR attempts >= 5)
      AND body <> ${SPENT_CODE_TEXT}`.execute(db)
  return Number(result.numAffectedRows ?? 0)
}

/** The demo's confirmed subscriptions, written as they are (stable ids; a second run adds nothing). */
export async function insertDemoSubscriptions(
  db: Db,
  rows: {
    id: string
    targetType: SubscriptionTarget
    targetId: string
    phoneEnc: string
    phoneHash: string
    phoneMasked: string
    confirmedAt: Date
    tokenHashOf: (id: string) => string
    countyCode: string
  }[],
): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('subscriptions')
    .values(
      rows.map((r) => ({
        id: r.id,
        target_type: r.targetType,
        target_id: r.targetId,
        status: 'active' as const,
        phone_enc: r.phoneEnc,
        phone_hash: r.phoneHash,
        phone_masked: r.phoneMasked,
        unsubscribe_token_hash: tokenHash(r.tokenHashOf(r.id)),
        created_at: r.confirmedAt,
        confirmed_at: r.confirmedAt,
        county_code: r.countyCode,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
}

/** A town's name and its latest published items with their states, for the public follow page. */
export async function townForFollow(db: Db, countyCode: string, code: string) {
  const town = await db
    .selectFrom('regions')
    .select(['code', 'name', 'name_en'])
    .where('code', '=', code)
    .where('level', '=', 'town')
    .where('county_code', '=', countyCode)
    .where('active', '=', true)
    .executeTakeFirst()
  if (!town) return null
  const latest = await db
    .selectFrom('suggestion_publications as p')
    .innerJoin('suggestions as s', 's.id', 'p.suggestion_id')
    .select(['p.suggestion_id', 'p.question', 'p.published_at', 'p.answer', 's.status', 's.merged_into_id'])
    .where('p.status', '=', 'published')
    .where('p.town_code', '=', code)
    .where('p.county_code', '=', countyCode)
    .orderBy('p.published_at', 'desc')
    .orderBy('p.suggestion_id')
    .limit(10)
    .execute()
  return { town, latest }
}
