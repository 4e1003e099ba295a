import { type RawBuilder, sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { SuggestionStatus } from '../../db/types.ts'
import { uuidv7 } from '../../platform/ids.ts'

/**
 * Support (附议): the rows, the counts and the threshold. What other modules may use: `supportCounts` (the
 * published answers' list and page), `supportCountSql` and `highAttentionSql` (the staff queue's column, filter and
 * order) and `DEFAULT_SUPPORT_THRESHOLD`.
 *
 * The count of an item is its own supports, plus each item merged into it (a duplicate is a citizen raising the
 * same matter), plus the supports those had before they were merged.
 */

export const DEFAULT_SUPPORT_THRESHOLD = 10

/**
 * States in which an item takes supports: open and not yet answered. Once the answer has reached the citizen
 * (answered on the spot, answer sent, closed) or the item was rejected or merged, it is no longer being handled;
 * an item reopened by its citizen is handled again and takes supports again.
 */
export const SUPPORTABLE: readonly SuggestionStatus[] = [
  'submitted',
  'accepted',
  'routed',
  'assigned',
  'signed',
  'in_progress',
  'replied',
  'reviewed',
]

/** The support count of the item `s.id` (any alias), as an SQL expression. */
export const supportCountSql = (alias = 's'): RawBuilder<number> =>
  sql<number>`((SELECT count(*) FROM suggestion_supports sp WHERE sp.suggestion_id = ${sql.ref(`${alias}.id`)})
    + (SELECT count(*) FROM suggestions m WHERE m.merged_into_id = ${sql.ref(`${alias}.id`)})
    + (SELECT count(*) FROM suggestion_supports sp JOIN suggestions m ON m.id = sp.suggestion_id
        WHERE m.merged_into_id = ${sql.ref(`${alias}.id`)}))::int`

/** The threshold of the item `s`'s county, as an SQL expression. */
export const thresholdSql = (alias = 's'): RawBuilder<number> =>
  sql<number>`coalesce((SELECT cs.support_priority_threshold FROM county_settings cs
    WHERE cs.county_code = ${sql.ref(`${alias}.county_code`)}), ${DEFAULT_SUPPORT_THRESHOLD})`

/** Whether the item `s` has reached its county's threshold (关注度高). */
export const highAttentionSql = (alias = 's') =>
  sql<boolean>`(${supportCountSql(alias)} >= ${thresholdSql(alias)})`

/** The support counts of several items, by id (0 for an item nobody supported). */
export async function supportCounts(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(ids.map((id) => [id, 0]))
  if (ids.length === 0) return counts
  const rows = await db
    .selectFrom('suggestions as s')
    .select(['s.id', supportCountSql('s').as('count')])
    .where('s.id', 'in', [...ids])
    .execute()
  for (const r of rows) counts.set(r.id, Number(r.count))
  return counts
}

export async function supportThreshold(db: Db, countyCode: string): Promise<number> {
  const row = await db
    .selectFrom('county_settings')
    .select('support_priority_threshold')
    .where('county_code', '=', countyCode)
    .executeTakeFirst()
  return row?.support_priority_threshold ?? DEFAULT_SUPPORT_THRESHOLD
}

/** The item behind a published answer: its state, tier and region, and whether its publication is live. */
export async function publishedItem(db: Db, countyCode: string, id: string) {
  return db
    .selectFrom('suggestions as s')
    .innerJoin('suggestion_publications as p', 'p.suggestion_id', 's.id')
    .select([
      's.id',
      's.status',
      's.tier',
      's.town_code',
      's.merged_into_id',
      's.tracking_code',
      'p.status as publication_status',
    ])
    .where('s.id', '=', id)
    .where('s.county_code', '=', countyCode)
    .executeTakeFirst()
}

/** Whether this device (or phone) already supports the item. */
export async function existingSupport(db: Db, id: string, deviceHash: string, phoneHash: string | null) {
  return db
    .selectFrom('suggestion_supports')
    .select(['device_hash', 'phone_hash'])
    .where('suggestion_id', '=', id)
    .where((eb) =>
      phoneHash
        ? eb.or([eb('device_hash', '=', deviceHash), eb('phone_hash', '=', phoneHash)])
        : eb('device_hash', '=', deviceHash),
    )
    .executeTakeFirst()
}

/** Inserts a support; false when the device or the phone already supports the item (a concurrent twin). */
export async function insertSupport(
  trx: Db,
  row: { suggestionId: string; deviceHash: string; phoneHash: string | null; countyCode: string },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('suggestion_supports')
    .values({
      id: uuidv7(),
      suggestion_id: row.suggestionId,
      device_hash: row.deviceHash,
      phone_hash: row.phoneHash,
      county_code: row.countyCode,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst()
  return inserted !== undefined
}

/**
 * Claims the one alert of an item that reached the threshold: true for the one transaction that inserted the
 * claim (a concurrent support waits on the primary key and then finds it taken).
 */
export async function claimAlert(
  trx: Db,
  row: { suggestionId: string; count: number; threshold: number; countyCode: string },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('support_alerts')
    .values({
      suggestion_id: row.suggestionId,
      support_count: row.count,
      threshold: row.threshold,
      county_code: row.countyCode,
    })
    .onConflict((oc) => oc.column('suggestion_id').doNothing())
    .returning('suggestion_id')
    .executeTakeFirst()
  return inserted !== undefined
}

/** The county's threshold saved (the county's settings row is made with default office hours when missing). */
export async function saveThreshold(
  trx: Db,
  countyCode: string,
  threshold: number,
  defaultOfficeHours: unknown,
  updatedBy: string | null,
): Promise<void> {
  await trx
    .insertInto('county_settings')
    .values({
      county_code: countyCode,
      office_hours: JSON.stringify(defaultOfficeHours),
      support_priority_threshold: threshold,
      updated_by: updatedBy,
    })
    .onConflict((oc) =>
      oc.column('county_code').doUpdateSet({
        support_priority_threshold: threshold,
        updated_by: updatedBy,
        updated_at: new Date(),
      }),
    )
    .execute()
}

/** How an item's count is made up, for staff: its own supports and its merged duplicates with theirs. */
export async function supportBreakdown(db: Db, id: string) {
  const row = await db
    .selectFrom('suggestions as s')
    .select([
      sql<number>`(SELECT count(*) FROM suggestion_supports sp WHERE sp.suggestion_id = s.id)::int`.as(
        'direct',
      ),
      sql<number>`(SELECT count(*) FROM suggestions m WHERE m.merged_into_id = s.id)::int`.as('merged'),
      supportCountSql('s').as('total'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst()
  return {
    direct: Number(row?.direct ?? 0),
    merged: Number(row?.merged ?? 0),
    total: Number(row?.total ?? 0),
  }
}

/** The demo's supports, written as they are (seeded devices). */
export async function insertSupports(
  trx: Db,
  rows: { suggestionId: string; deviceHash: string; createdAt: Date; countyCode: string }[],
): Promise<void> {
  if (rows.length === 0) return
  await trx
    .insertInto('suggestion_supports')
    .values(
      rows.map((r) => ({
        id: uuidv7(),
        suggestion_id: r.suggestionId,
        device_hash: r.deviceHash,
        phone_hash: null,
        created_at: r.createdAt,
        county_code: r.countyCode,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
}
