import { type Expression, type Insertable, type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { ReceptionIssuesTable, ReceptionStatus, ReceptionVisitorsTable } from '../../../db/types.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import type { TransitionEvent } from '../../../platform/workflow.ts'

/** The reception records' SQL: a record, its deputies, visitors and issues, the lists, the events. */

const receptionColumns = [
  'x.id',
  'x.kind',
  'x.status',
  'x.venue_id',
  'x.duty_slot_id',
  'x.round_stop_id',
  'x.region_code',
  'x.town_code',
  'x.started_at',
  'x.ended_at',
  'x.people',
  'x.note',
  'x.version',
  'x.county_code',
  'g.name as region_name',
  'g.path as region_path',
  'v.name as venue_name',
  'st.name as stop_name',
  'st.round_id',
  'r.title as round_title',
] as const

const receptionsBase = (db: Db) =>
  db
    .selectFrom('receptions as x')
    .innerJoin('regions as g', 'g.code', 'x.region_code')
    .leftJoin('venues as v', 'v.id', 'x.venue_id')
    .leftJoin('round_stops as st', 'st.id', 'x.round_stop_id')
    .leftJoin('rounds as r', 'r.id', 'st.round_id')

const withCounts = [
  sql<string[]>`ARRAY(SELECT deputy_id::text FROM reception_deputies WHERE reception_id = x.id)`.as(
    'deputy_ids',
  ),
  sql<number>`(SELECT count(*)::int FROM reception_visitors rv WHERE rv.reception_id = x.id)`.as(
    'visitor_count',
  ),
  sql<number>`(SELECT count(*)::int FROM reception_issues ri WHERE ri.reception_id = x.id)`.as('issue_count'),
] as const

export async function getReception(db: Db, id: string, forUpdate = false) {
  let q = receptionsBase(db).select(receptionColumns).select(withCounts).where('x.id', '=', id)
  if (forUpdate) q = q.forUpdate('x')
  return q.executeTakeFirst()
}
export type ReceptionRow = NonNullable<Awaited<ReturnType<typeof getReception>>>

export interface ReceptionListQuery {
  from: string
  to: string
  townCode?: string
  venueId?: string
  roundId?: string
  deputyId?: string
}

/** Records started in [from, to] (county days, as instants). */
export async function listReceptions(
  db: Db,
  scope: Expression<SqlBool>,
  q: ReceptionListQuery & { fromAt: Date; toAt: Date },
  limit = 500,
) {
  let query = receptionsBase(db)
    .select(receptionColumns)
    .select(withCounts)
    .where(scope)
    .where('x.started_at', '>=', q.fromAt)
    .where('x.started_at', '<', q.toAt)
  if (q.townCode) query = query.where('x.town_code', '=', q.townCode)
  if (q.venueId) query = query.where('x.venue_id', '=', q.venueId)
  if (q.roundId) query = query.where('st.round_id', '=', q.roundId)
  if (q.deputyId)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('reception_deputies as rd')
          .select('rd.deputy_id')
          .whereRef('rd.reception_id', '=', 'x.id')
          .where('rd.deputy_id', '=', q.deputyId!),
      ),
    )
  return query.orderBy('x.started_at', 'desc').limit(limit).execute()
}

export async function deputiesOfReceptions(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('reception_deputies as rd')
    .innerJoin('deputies as d', 'd.id', 'rd.deputy_id')
    .select(['rd.reception_id', 'd.id', 'd.name'])
    .where('rd.reception_id', 'in', ids)
    .orderBy('d.name')
    .execute()
}

export async function insertReception(
  trx: Db,
  row: {
    id: string
    kind: 'station' | 'mobile'
    venue_id: string | null
    duty_slot_id: string | null
    round_stop_id: string | null
    region_code: string
    town_code: string | null
    started_at: Date
    note: string
    county_code: string
    recorded_by: string
  },
  deputyIds: readonly string[],
) {
  await trx
    .insertInto('receptions')
    .values({ ...row, status: 'open' })
    .execute()
  await trx
    .insertInto('reception_deputies')
    .values(deputyIds.map((deputy_id) => ({ reception_id: row.id, deputy_id })))
    .execute()
}

/** The visitors already recorded among `ids`, with the record they belong to (a replay or a clash). */
export async function visitorsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('reception_visitors')
    .select(['id', 'reception_id', 'headcount'])
    .where('id', 'in', ids)
    .execute()
}

export async function issuesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db.selectFrom('reception_issues').select(['id', 'visitor_id']).where('id', 'in', ids).execute()
}

export async function insertVisitor(trx: Db, row: Insertable<ReceptionVisitorsTable>) {
  await trx.insertInto('reception_visitors').values(row).execute()
}

export async function insertIssue(trx: Db, row: Insertable<ReceptionIssuesTable>) {
  await trx.insertInto('reception_issues').values(row).execute()
}

/** People received = the sum of the visitors' head counts (docs/domain.md); the record's version moves on. */
export async function recountPeople(trx: Db, id: string) {
  await trx
    .updateTable('receptions')
    .set({
      people: sql`(SELECT coalesce(sum(headcount), 0) FROM reception_visitors WHERE reception_id = ${id})`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute()
}

export async function visitorsOf(db: Db, receptionId: string) {
  return db
    .selectFrom('reception_visitors')
    .select(['id', 'headcount', 'name_masked', 'phone_masked', 'note', 'recorded_at'])
    .where('reception_id', '=', receptionId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute()
}

export async function issuesOf(db: Db, receptionId: string) {
  return db
    .selectFrom('reception_issues as i')
    .leftJoin('suggestions as s', 's.id', 'i.suggestion_id')
    .select([
      'i.id',
      'i.visitor_id',
      'i.content',
      'i.disposition',
      'i.answer',
      'i.suggestion_id',
      's.tracking_code',
      's.status as suggestion_status',
    ])
    .where('i.reception_id', '=', receptionId)
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute()
}

/** A duty slot a station reception may keep: its venue, day and deputies. */
export async function slotForReception(db: Db, slotId: string) {
  return db
    .selectFrom('duty_slots')
    .select(['id', 'venue_id', 'day', 'status', 'starts_at'])
    .select(
      sql<string[]>`ARRAY(SELECT deputy_id::text FROM duty_slot_deputies WHERE slot_id = duty_slots.id)`.as(
        'deputy_ids',
      ),
    )
    .where('id', '=', slotId)
    .executeTakeFirst()
}

export async function venueForReception(db: Db, venueId: string) {
  return db
    .selectFrom('venues as v')
    .innerJoin('regions as g', 'g.code', 'v.region_code')
    .select([
      'v.id',
      'v.active',
      'v.region_code',
      'g.path as region_path',
      sql<string | null>`CASE WHEN g.level = 'town' THEN g.code ELSE g.parent_code END`.as('town_code'),
    ])
    .where('v.id', '=', venueId)
    .executeTakeFirst()
}

export async function writeReceptionEvent(trx: Db, e: TransitionEvent<ReceptionStatus>) {
  await trx
    .insertInto('reception_events')
    .values({
      id: uuidv7(),
      reception_id: e.subjectId,
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

/** A visitor's sealed contact (for an audited reveal). */
export async function visitorContact(db: Db, receptionId: string, visitorId: string) {
  return db
    .selectFrom('reception_visitors')
    .select(['name_enc', 'phone_enc'])
    .where('reception_id', '=', receptionId)
    .where('id', '=', visitorId)
    .executeTakeFirst()
}
