import type { Insertable, Selectable } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { SuggestionStatus, SuggestionsTable, Tier } from '../../../db/types.ts'
import type { TransitionEvent } from '../../../platform/workflow.ts'
import { OPEN } from '../workflow.ts'

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

/** The most specific limit row: tier and category, tier, category, then the default. */
export async function limitsFor(db: Db, tier: Tier | null, category: string | null): Promise<Limits> {
  const rows = await db.selectFrom('time_limits').selectAll().execute()
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

/** Where an item belongs: the venue, deputy, category and region look-ups of intake. */
export const placeOf = {
  venue: (db: Db, id: string) =>
    db.selectFrom('venues').select(['region_code', 'active']).where('id', '=', id).executeTakeFirst(),
  deputy: (db: Db, id: string) =>
    db.selectFrom('deputies').select(['region_code', 'active']).where('id', '=', id).executeTakeFirst(),
  category: (db: Db, code: string) =>
    db.selectFrom('categories').select('active').where('code', '=', code).executeTakeFirst(),
  region: (db: Db, code: string) =>
    db
      .selectFrom('regions')
      .select(['code', 'level', 'parent_code', 'county_code'])
      .where('code', '=', code)
      .executeTakeFirst(),
}

// ── writes ──────────────────────────────────────────────────────────────────────────────────────────────────

/** Inserts a new item; undefined when the tracking code is taken (the caller draws another). */
export function insertItem(trx: Db, values: Insertable<SuggestionsTable>) {
  return trx
    .insertInto('suggestions')
    .values(values)
    .onConflict((oc) => oc.column('tracking_code').doNothing())
    .returning(['id', 'tracking_code', 'status', 'received_at', 'same_day_due_at'])
    .executeTakeFirst()
}

export async function writeEvent(trx: Db, e: TransitionEvent<SuggestionStatus> | SubmitEvent): Promise<void> {
  await trx
    .insertInto('suggestion_events')
    .values({
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
    })
    .execute()
}

export type SubmitEvent = Omit<TransitionEvent<SuggestionStatus>, 'from'> & { from: null }

export async function saveDuplicates(trx: Db, id: string, found: { id: string; score: number }[]) {
  if (found.length === 0) return
  await trx
    .insertInto('suggestion_duplicates')
    .values(found.map((d) => ({ suggestion_id: id, candidate_id: d.id, score: d.score })))
    .execute()
}

/** Open, unmerged items of a village received since `since`, newest first: candidates for duplicates. */
export function duplicateCandidates(trx: Db, id: string, regionCode: string, since: Date, limit: number) {
  return trx
    .selectFrom('suggestions')
    .select(['id', 'search_text'])
    .where('region_code', '=', regionCode)
    .where('id', '!=', id)
    .where('merged_into_id', 'is', null)
    .where('status', 'in', OPEN)
    .where('received_at', '>=', since)
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute()
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
