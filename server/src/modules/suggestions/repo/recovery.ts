import { sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import { hashToken } from '../codes.ts'

/** Recovery by phone: the one-time codes, the items behind a phone and the access keys issued to their owner. */

export const RECOVERY_SUBJECT = 'recovery_code'

/** Codes requested for one phone since `since` (the per-phone limit), the oldest first. */
export async function codesSince(db: Db, phoneHash: string, since: Date) {
  return db
    .selectFrom('recovery_codes')
    .select(['created_at'])
    .where('phone_hash', '=', phoneHash)
    .where('created_at', '>', since)
    .orderBy('created_at')
    .execute()
}

/** Whether any item of this county carries this phone. */
export async function hasItemsForPhone(db: Db, countyCode: string, phoneHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('suggestions')
    .select('id')
    .where('contact_phone_hash', '=', phoneHash)
    .where('county_code', '=', countyCode)
    .limit(1)
    .executeTakeFirst()
  return row !== undefined
}

export async function insertCode(
  trx: Db,
  row: { id: string; phoneHash: string; codeHash: string; expiresAt: Date; countyCode: string },
) {
  await trx
    .insertInto('recovery_codes')
    .values({
      id: row.id,
      phone_hash: row.phoneHash,
      code_hash: row.codeHash,
      expires_at: row.expiresAt,
      county_code: row.countyCode,
    })
    .execute()
}

/** The phone's latest code, locked for the attempt. */
export function latestCodeForUpdate(trx: Db, phoneHash: string) {
  return trx
    .selectFrom('recovery_codes')
    .selectAll()
    .where('phone_hash', '=', phoneHash)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst()
}

export async function countFailedAttempt(trx: Db, id: string) {
  await trx
    .updateTable('recovery_codes')
    .set({ attempts: sql<number>`attempts + 1` })
    .where('id', '=', id)
    .execute()
}

export async function markCodeUsed(trx: Db, id: string, now: Date) {
  await trx.updateTable('recovery_codes').set({ used_at: now }).where('id', '=', id).execute()
}

/** The items behind a phone, newest first, with the status their citizen follows (a merged item's primary's). */
export function itemsForPhone(db: Db, countyCode: string, phoneHash: string, limit = 50) {
  return db
    .selectFrom('suggestions as s')
    .leftJoin('suggestions as p', 'p.id', 's.merged_into_id')
    .select([
      's.id',
      's.tracking_code',
      's.received_at',
      's.content',
      sql<string>`coalesce(p.status, s.status)`.as('status'),
    ])
    .where('s.contact_phone_hash', '=', phoneHash)
    .where('s.county_code', '=', countyCode)
    .orderBy('s.received_at', 'desc')
    .limit(limit)
    .execute()
}

/** New access keys for items (their hashes stored); the original link's key keeps working. */
export async function issueAccessKeys(
  trx: Db,
  countyCode: string,
  keys: { suggestionId: string; token: string }[],
) {
  if (keys.length === 0) return
  await trx
    .insertInto('suggestion_access_keys')
    .values(
      keys.map((k) => ({
        id: uuidv7(),
        suggestion_id: k.suggestionId,
        token_hash: hashToken(k.token),
        county_code: countyCode,
      })),
    )
    .execute()
}

/** Whether `tokenHash` is one of the keys issued on recovery for this item. */
export async function hasAccessKey(db: Db, suggestionId: string, tokenHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('suggestion_access_keys')
    .select('id')
    .where('suggestion_id', '=', suggestionId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * For the outbox: a code's message reaches the phone it was asked for. The phone is not stored with the code:
 * it is the encrypted phone of the newest item carrying the same phone hash (a code is only sent when one exists).
 */
export async function recoveryContactsOf(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, { phoneEnc: string | null; reference: string | null }>()
  const rows = await db
    .selectFrom('recovery_codes as c')
    .select([
      'c.id',
      (eb) =>
        eb
          .selectFrom('suggestions as s')
          .select('s.contact_phone_enc')
          .whereRef('s.contact_phone_hash', '=', 'c.phone_hash')
          .where('s.contact_phone_enc', 'is not', null)
          .orderBy('s.received_at', 'desc')
          .limit(1)
          .as('phone_enc'),
    ])
    .where('c.id', 'in', ids)
    .execute()
  return new Map(rows.map((r) => [r.id, { phoneEnc: r.phone_enc ?? null, reference: null }]))
}

export const EXPIRED_CODE_TEXT = '（验证码已失效）'

/**
 * The SMS of a code that has expired or been used no longer carries the code: its outbox text is replaced, and one
 * that could not be delivered in time is given up (the citizen asks for a new code). The codes of the last day are
 * the only ones whose messages may still hold one; each is found through the subject index.
 */
export async function redactSpentCodes(db: Db, now: Date): Promise<number> {
  const result = await sql`
    UPDATE notifications SET
      body = ${EXPIRED_CODE_TEXT},
      status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END,
      last_error = CASE WHEN status = 'pending' THEN 'code expired before delivery' ELSE last_error END
    WHERE subject_type = ${RECOVERY_SUBJECT}
      AND subject_id IN (SELECT id FROM recovery_codes WHERE expires_at <= ${now} OR used_at IS NOT NULL)
      AND body <> ${EXPIRED_CODE_TEXT}`.execute(db)
  return Number(result.numAffectedRows ?? 0)
}

/** Codes asked for more than a day ago are of no use: removed by the sweep (recoveryCodesJob). */
export async function dropCodesBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('recovery_codes').where('created_at', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
