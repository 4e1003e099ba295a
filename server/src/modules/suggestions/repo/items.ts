import type { Insertable, Selectable } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type {
  AuditLogTable,
  IdempotencyKeysTable,
  NotificationsTable,
  SuggestionEventsTable,
  SuggestionStatus,
  SuggestionsTable,
  Tier,
} from '../../../db/types.ts'
import { insertTogether } from '../../../platform/insert-together.ts'
import { referenceCache } from '../../../platform/reference-cache.ts'
import type { TransitionEvent } from '../../../platform/workflow.ts'

export type SuggestionRow = Selectable<SuggestionsTable>

export interface UnitLink {
  unit_id: string
  role: 'lead' | 'co'
}

/** An item with what its relations depend on: the units handling it now. */
export interface LoadedItem {
  item: SuggestionRow
  units: UnitLink[]
}

export const SUBJECT_TYPE = 'suggestion'
export const subjectOf = (id: string) => ({ type: SUBJECT_TYPE, id })

export async function loadItem(db: Db, id: string, forUpdate = false): Promise<LoadedItem | null> {
  let q = db.selectFrom('suggestions').selectAll().where('id', '=', id)
  if (forUpdate) q = q.forUpdate()
  const item = await q.executeTakeFirst()
  if (!item) return null
  const units = await db
    .selectFrom('suggestion_units')
    .select(['unit_id', 'role'])
    .where('suggestion_id', '=', id)
    .where('active', '=', true)
    .execute()
  return { item, units }
}

export async function getItem(db: Db, id: string): Promise<SuggestionRow | undefined> {
  return db.selectFrom('suggestions').selectAll().where('id', '=', id).executeTakeFirst()
}

// ── time limits ─────────────────────────────────────────────────────────────────────────────────────────────

export interface Limits {
  completionWorkingDays: number
  maxExtensionWorkingDays: number
  escalateAfterWorkingDays: number
  ratingWindowDays: number
}

/** The time limits table, whole: a few rows per tier and category, read once a minute (reference-cache.ts). */
const timeLimits = referenceCache({
  name: 'suggestions.time_limits',
  invalidatedBy: ['time_limits'],
  load: (db: Db, _key: 'all') => db.selectFrom('time_limits').selectAll().execute(),
})

/** The most specific limit row: tier and category, tier, category, then the default. */
export async function limitsFor(db: Db, tier: Tier | null, category: string | null): Promise<Limits> {
  const rows = (await timeLimits.get(db, 'all')) ?? []
  const pick =
    rows.find((r) => r.tier === tier && r.category_code === (category ?? '')) ??
    rows.find((r) => r.tier === tier && r.category_code === '') ??
    rows.find((r) => r.tier === 'default' && r.category_code === (category ?? '')) ??
    rows.find((r) => r.tier === 'default' && r.category_code === '')
  if (!pick)
    return {
      completionWorkingDays: 5,
      maxExtensionWorkingDays: 5,
      escalateAfterWorkingDays: 2,
      ratingWindowDays: 7,
    }
  return {
    completionWorkingDays: pick.completion_working_days,
    maxExtensionWorkingDays: pick.max_extension_working_days,
    escalateAfterWorkingDays: pick.escalate_after_working_days,
    ratingWindowDays: pick.rating_window_days,
  }
}

/**
 * Where an item belongs: the venue, deputy, category and region look-ups of intake, cached per node
 * (reference-cache.ts: a change on this node is seen at once, on another within a minute).
 */
export const placeOf = {
  venue: referenceCache({
    name: 'suggestions.venues',
    invalidatedBy: ['venue'],
    load: (db: Db, id: string) =>
      db.selectFrom('venues').select(['region_code', 'active']).where('id', '=', id).executeTakeFirst(),
  }),
  deputy: referenceCache({
    name: 'suggestions.deputies',
    invalidatedBy: ['deputy'],
    load: (db: Db, id: string) =>
      db.selectFrom('deputies').select(['region_code', 'active']).where('id', '=', id).executeTakeFirst(),
  }),
  category: referenceCache({
    name: 'suggestions.categories',
    invalidatedBy: ['category'],
    load: (db: Db, code: string) =>
      db.selectFrom('categories').select('active').where('code', '=', code).executeTakeFirst(),
  }),
  region: referenceCache({
    name: 'suggestions.regions',
    invalidatedBy: ['region'],
    load: (db: Db, code: string) =>
      db
        .selectFrom('regions')
        .select(['code', 'level', 'parent_code', 'county_code', 'active'])
        .where('code', '=', code)
        .executeTakeFirst(),
  }),
}

// ── writes ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The suggestion_events row of an event. */
export function eventRow(
  e: TransitionEvent<SuggestionStatus> | SubmitEvent,
): Insertable<SuggestionEventsTable> {
  return {
    suggestion_id: e.subjectId,
    at: e.at,
    action: e.action,
    from_status: e.from,
    to_status: e.to,
    actor_id: e.actor.id,
    actor_name: e.actor.name,
    actor_role: e.actor.role,
    public: e.public,
    note: e.note,
    detail: JSON.stringify(e.detail),
    county_code: e.countyCode,
  }
}

export async function writeEvent(trx: Db, e: TransitionEvent<SuggestionStatus> | SubmitEvent): Promise<void> {
  await trx.insertInto('suggestion_events').values(eventRow(e)).execute()
}

export type SubmitEvent = Omit<TransitionEvent<SuggestionStatus>, 'from'> & { from: null }

/** Everything a submission writes, row by row (intake.ts builds them). */
export interface SubmissionRows {
  item: Insertable<SuggestionsTable> & { id: string }
  event: Insertable<SuggestionEventsTable>
  outbox: Insertable<NotificationsTable>[]
  audit: Insertable<AuditLogTable>
  /** The Idempotency-Key, claimed and filled with the response (public submissions). */
  key?: Insertable<IdempotencyKeysTable>
}

/**
 * Writes a submission in ONE statement (a data-modifying CTE): the item, its first event, its outbox rows, its
 * place in the duplicates queue, its audit row and, for a public submission, its idempotency key. The parts run
 * together and stand or fall together: a tracking code or a key taken before fails the whole statement
 * (unique violations the caller tells apart, intake.ts).
 */
export async function insertSubmission(db: Db, w: SubmissionRows): Promise<void> {
  await insertTogether(db, [
    { table: 'suggestions', rows: [w.item] },
    { table: 'suggestion_events', rows: [w.event] },
    {
      table: 'suggestion_duplicate_checks',
      rows: [{ suggestion_id: w.item.id, county_code: w.item.county_code }],
    },
    { table: 'audit_log', rows: [w.audit] },
    { table: 'notifications', rows: w.outbox },
    { table: 'idempotency_keys', rows: w.key ? [w.key] : [] },
  ])
}

// ── what the workflow's handlers read and change beyond the row (see definition.ts) ─────────────────────────

export function unitsByIds(db: Db, ids: string[]) {
  return db.selectFrom('units').select(['id', 'region_code', 'active']).where('id', 'in', ids).execute()
}

/** Items merged into this one: they follow it and get its answer. */
export function followersOf(db: Db, id: string) {
  return db
    .selectFrom('suggestions')
    .select(['id', 'tracking_code', 'contact_phone_enc'])
    .where('merged_into_id', '=', id)
    .execute()
}

/** Ends the current assignment; with `unitIds`, starts a new one (the first is the lead unit). */
export async function setUnitLinks(trx: Db, id: string, unitIds: string[], now: Date): Promise<void> {
  await trx.updateTable('suggestion_units').set({ active: false }).where('suggestion_id', '=', id).execute()
  if (unitIds.length === 0) return
  await trx
    .insertInto('suggestion_units')
    .values(
      unitIds.map((u, i) => ({
        suggestion_id: id,
        unit_id: u,
        role: i === 0 ? ('lead' as const) : ('co' as const),
        assigned_at: now,
      })),
    )
    .execute()
}

/** Items merged into `fromId` follow the new root instead. */
export async function remerge(trx: Db, fromId: string, root: string): Promise<void> {
  await trx
    .updateTable('suggestions')
    .set({ merged_into_id: root })
    .where('merged_into_id', '=', fromId)
    .execute()
}

/** For the outbox: the encrypted phone and the tracking code behind each item (citizen notifications). */
export async function contactsOf(db: Db, ids: string[]) {
  const rows = ids.length
    ? await db
        .selectFrom('suggestions')
        .select(['id', 'tracking_code', 'contact_phone_enc'])
        .where('id', 'in', ids)
        .execute()
    : []
  return new Map(rows.map((r) => [r.id, { phoneEnc: r.contact_phone_enc, reference: r.tracking_code }]))
}
