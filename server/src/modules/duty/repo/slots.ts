import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { DutySlotStatus } from '../../../db/types.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import type { TransitionEvent } from '../../../platform/workflow.ts'

/** The duty slots' SQL: the schedule's lists, a slot and its deputies, its events, the reminders. */

export interface SlotQuery {
  from: string
  to: string
  venueId?: string
  townCode?: string
  deputyId?: string
  /** Only the slots the public sees: scheduled, held and cancelled ones of active venues. */
  publicOnly?: boolean
}

const slotColumns = [
  's.id',
  's.rule_id',
  's.venue_id',
  's.rule_day',
  's.day',
  's.starts_at',
  's.ends_at',
  's.status',
  's.change_reason',
  's.manual',
  's.version',
  'v.name as venue_name',
  'v.kind as venue_kind',
  'v.address as venue_address',
  'g.path as region_path',
  'g.name as region_name',
] as const

const slotsBase = (db: Db) =>
  db
    .selectFrom('duty_slots as s')
    .innerJoin('venues as v', 'v.id', 's.venue_id')
    .innerJoin('regions as g', 'g.code', 'v.region_code')

export async function listSlots(db: Db, scope: Expression<SqlBool>, q: SlotQuery, limit = 500) {
  let query = slotsBase(db)
    .select(slotColumns)
    .select(sql<string | null>`CASE WHEN g.level = 'town' THEN g.code ELSE g.parent_code END`.as('town_code'))
    .where(scope)
    .where('s.day', '>=', q.from)
    .where('s.day', '<=', q.to)
  if (q.venueId) query = query.where('s.venue_id', '=', q.venueId)
  if (q.townCode)
    query = query.where((eb) =>
      eb.or([eb('g.code', '=', q.townCode!), eb('g.parent_code', '=', q.townCode!)]),
    )
  if (q.deputyId)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('duty_slot_deputies as sd')
          .select('sd.id')
          .whereRef('sd.slot_id', '=', 's.id')
          .where('sd.deputy_id', '=', q.deputyId!),
      ),
    )
  if (q.publicOnly) query = query.where('v.active', '=', true)
  return query.orderBy('s.starts_at').orderBy('v.name').limit(limit).execute()
}
export type SlotRow = Awaited<ReturnType<typeof listSlots>>[number]

/**
 * The next scheduled slot of each venue (or of each deputy) that has not ended by `now`, within `days` days:
 * what a venue's public page, poster and list show as "next duty".
 */
export async function nextSlots(
  db: Db,
  by: { venueIds?: string[]; deputyIds?: string[] },
  now: Date,
  toDay: string,
) {
  const venueIds = by.venueIds ?? []
  const deputyIds = by.deputyIds ?? []
  if (venueIds.length === 0 && deputyIds.length === 0) return []
  const key = venueIds.length ? sql<string>`s.venue_id` : sql<string>`sd.deputy_id`
  let q = slotsBase(db)
    .select(slotColumns)
    .select(sql<string | null>`CASE WHEN g.level = 'town' THEN g.code ELSE g.parent_code END`.as('town_code'))
    .select(key.as('for_id'))
    .distinctOn(key)
    .where('s.status', '=', 'scheduled')
    .where('s.ends_at', '>', now)
    .where('s.day', '<=', toDay)
    .where('v.active', '=', true)
  if (venueIds.length) q = q.where('s.venue_id', 'in', venueIds)
  else
    q = q.innerJoin('duty_slot_deputies as sd', 'sd.slot_id', 's.id').where('sd.deputy_id', 'in', deputyIds)
  return q.orderBy(key).orderBy('s.starts_at').execute()
}

export async function getSlot(db: Db, id: string, forUpdate = false) {
  let q = slotsBase(db)
    .select(slotColumns)
    .select(sql<string | null>`CASE WHEN g.level = 'town' THEN g.code ELSE g.parent_code END`.as('town_code'))
    .where('s.id', '=', id)
  if (forUpdate) q = q.forUpdate('s')
  return q.executeTakeFirst()
}

export async function deputiesOfSlots(db: Db, slotIds: string[]) {
  if (slotIds.length === 0) return []
  return db
    .selectFrom('duty_slot_deputies as sd')
    .innerJoin('deputies as d', 'd.id', 'sd.deputy_id')
    .leftJoin('deputies as o', 'o.id', 'sd.swapped_for')
    .select([
      'sd.id',
      'sd.slot_id',
      'd.id as deputy_id',
      'd.name',
      'o.name as swapped_for_name',
      'sd.reminded_at',
    ])
    .where('sd.slot_id', 'in', slotIds)
    .orderBy('d.name')
    .execute()
}

/** Replaces one deputy of a slot by another; false when the first is not on it or the second already is. */
export async function swapDeputy(trx: Db, slotId: string, outId: string, inId: string) {
  const taken = await trx
    .selectFrom('duty_slot_deputies')
    .select('id')
    .where('slot_id', '=', slotId)
    .where('deputy_id', '=', inId)
    .executeTakeFirst()
  if (taken) return false
  const res = await trx
    .updateTable('duty_slot_deputies')
    .set({ deputy_id: inId, swapped_for: outId, reminded_at: null })
    .where('slot_id', '=', slotId)
    .where('deputy_id', '=', outId)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

export async function writeSlotEvent(trx: Db, e: TransitionEvent<DutySlotStatus>) {
  await trx
    .insertInto('duty_slot_events')
    .values({
      id: uuidv7(),
      slot_id: e.subjectId,
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      note: e.note,
      detail: JSON.stringify(e.detail),
      created_at: e.at,
      county_code: e.countyCode,
    })
    .execute()
}

export async function slotEvents(db: Db, slotId: string) {
  return db
    .selectFrom('duty_slot_events')
    .select(['action', 'from_status', 'to_status', 'actor_name', 'note', 'detail', 'created_at'])
    .where('slot_id', '=', slotId)
    .orderBy('created_at')
    .execute()
}

/** Assignments of scheduled slots from `fromDay` to `toDay` whose deputy has not been reminded yet. */
export async function unremindedAssignments(db: Db, countyCode: string, fromDay: string, toDay: string) {
  return db
    .selectFrom('duty_slot_deputies as sd')
    .innerJoin('duty_slots as s', 's.id', 'sd.slot_id')
    .innerJoin('venues as v', 'v.id', 's.venue_id')
    .select([
      'sd.id',
      'sd.deputy_id',
      's.id as slot_id',
      's.day',
      's.starts_at',
      's.ends_at',
      'v.name as venue_name',
    ])
    .where('s.county_code', '=', countyCode)
    .where('s.status', '=', 'scheduled')
    .where('s.day', '>=', fromDay)
    .where('s.day', '<=', toDay)
    .where('sd.reminded_at', 'is', null)
    .execute()
}

export async function markReminded(trx: Db, ids: string[], now: Date) {
  if (ids.length === 0) return 0
  const res = await trx
    .updateTable('duty_slot_deputies')
    .set({ reminded_at: now })
    .where('id', 'in', ids)
    .where('reminded_at', 'is', null)
    .executeTakeFirst()
  return Number(res.numUpdatedRows)
}

/** Phones of the deputies behind duty assignments (the webhook reaches them at delivery time). */
export async function assignmentPhones(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('duty_slot_deputies as sd')
    .innerJoin('deputies as d', 'd.id', 'sd.deputy_id')
    .select(['sd.id', 'd.phone_enc'])
    .where('sd.id', 'in', ids)
    .execute()
}
