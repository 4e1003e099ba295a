import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { RoundStatus, RoundStopKind } from '../../../db/types.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import type { TransitionEvent } from '../../../platform/workflow.ts'

/** The rounds' SQL: a round, its deputies and stops, the lists, check-ins, events. */

export interface StopRow {
  kind: RoundStopKind
  name: string
  region_code: string
  address: string
  starts_at: Date
  ends_at: Date
}

export interface RoundFields {
  title: string
  day: string
  venue_id: string | null
  note: string
}

const roundColumns = [
  'r.id',
  'r.title',
  'r.town_code',
  'r.venue_id',
  'r.day',
  'r.status',
  'r.note',
  'r.summary',
  'r.version',
  'r.county_code',
  'g.name as town_name',
  'g.path as region_path',
  'v.name as venue_name',
] as const

const roundsBase = (db: Db) =>
  db
    .selectFrom('rounds as r')
    .innerJoin('regions as g', 'g.code', 'r.town_code')
    .leftJoin('venues as v', 'v.id', 'r.venue_id')

export async function getRound(db: Db, id: string, forUpdate = false) {
  let q = roundsBase(db)
    .select(roundColumns)
    .select(
      sql<string[]>`ARRAY(SELECT deputy_id::text FROM round_deputies WHERE round_id = r.id)`.as('deputy_ids'),
    )
    .where('r.id', '=', id)
  if (forUpdate) q = q.forUpdate('r')
  return q.executeTakeFirst()
}
export type RoundRow = NonNullable<Awaited<ReturnType<typeof getRound>>>

export interface RoundListQuery {
  from: string
  to: string
  townCode?: string
  deputyId?: string
  publicOnly?: boolean
}

export async function listRounds(db: Db, scope: Expression<SqlBool>, q: RoundListQuery, limit = 300) {
  let query = roundsBase(db)
    .select(roundColumns)
    .select(
      sql<string[]>`ARRAY(SELECT deputy_id::text FROM round_deputies WHERE round_id = r.id)`.as('deputy_ids'),
    )
    .where(scope)
    .where('r.day', '>=', q.from)
    .where('r.day', '<=', q.to)
  if (q.townCode) query = query.where('r.town_code', '=', q.townCode)
  if (q.deputyId)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('round_deputies as rd')
          .select('rd.deputy_id')
          .whereRef('rd.round_id', '=', 'r.id')
          .where('rd.deputy_id', '=', q.deputyId!),
      ),
    )
  return query.orderBy('r.day').orderBy('r.title').limit(limit).execute()
}

export async function deputiesOfRounds(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('round_deputies as rd')
    .innerJoin('deputies as d', 'd.id', 'rd.deputy_id')
    .select(['rd.round_id', 'd.id', 'd.name'])
    .where('rd.round_id', 'in', ids)
    .orderBy('d.name')
    .execute()
}

export async function stopsOfRounds(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('round_stops as s')
    .innerJoin('regions as g', 'g.code', 's.region_code')
    .select([
      's.id',
      's.round_id',
      's.seq',
      's.kind',
      's.name',
      's.region_code',
      'g.name as region_name',
      's.address',
      's.starts_at',
      's.ends_at',
      's.checked_in_at',
      's.check_in_lat',
      's.check_in_lng',
      's.happened',
    ])
    .select([
      sql<number>`(SELECT count(*)::int FROM receptions x WHERE x.round_stop_id = s.id)`.as('receptions'),
      sql<number>`(SELECT coalesce(sum(x.people), 0)::int FROM receptions x WHERE x.round_stop_id = s.id)`.as(
        'people',
      ),
    ])
    .where('s.round_id', 'in', ids)
    .orderBy('s.round_id')
    .orderBy('s.seq')
    .execute()
}
export type StopListRow = Awaited<ReturnType<typeof stopsOfRounds>>[number]

/** A stop with what a reception at it needs: its round, the round's deputies, region and town. */
export async function getStop(db: Db, stopId: string) {
  return db
    .selectFrom('round_stops as s')
    .innerJoin('rounds as r', 'r.id', 's.round_id')
    .innerJoin('regions as g', 'g.code', 's.region_code')
    .select([
      's.id',
      's.round_id',
      's.name',
      's.region_code',
      'r.town_code',
      'r.venue_id',
      'r.status as round_status',
      'r.title as round_title',
      'g.path as region_path',
    ])
    .select(
      sql<string[]>`ARRAY(SELECT deputy_id::text FROM round_deputies WHERE round_id = r.id)`.as('deputy_ids'),
    )
    .where('s.id', '=', stopId)
    .executeTakeFirst()
}

export async function insertRound(
  trx: Db,
  row: RoundFields & { id: string; town_code: string; county_code: string; created_by: string },
  deputyIds: readonly string[],
  stops: readonly StopRow[],
) {
  await trx
    .insertInto('rounds')
    .values({ ...row, status: 'planned' })
    .execute()
  await writeMembers(trx, row.id, deputyIds, stops)
}

/** A planned round's fields, deputies and stops replaced (stops are only replaced before any check-in). */
export async function replaceRound(
  trx: Db,
  id: string,
  fields: RoundFields,
  deputyIds: readonly string[],
  stops: readonly StopRow[],
) {
  await trx
    .updateTable('rounds')
    .set({ ...fields, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
  await trx.deleteFrom('round_deputies').where('round_id', '=', id).execute()
  await trx.deleteFrom('round_stops').where('round_id', '=', id).execute()
  await writeMembers(trx, id, deputyIds, stops)
}

async function writeMembers(trx: Db, id: string, deputyIds: readonly string[], stops: readonly StopRow[]) {
  await trx
    .insertInto('round_deputies')
    .values(deputyIds.map((deputy_id) => ({ round_id: id, deputy_id })))
    .execute()
  await trx
    .insertInto('round_stops')
    .values(stops.map((s, i) => ({ ...s, id: uuidv7(), round_id: id, seq: i + 1 })))
    .execute()
}

export async function stopOfRound(db: Db, roundId: string, stopId: string) {
  return db
    .selectFrom('round_stops')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('id', '=', stopId)
    .executeTakeFirst()
}

export async function setStop(
  trx: Db,
  stopId: string,
  set: {
    checked_in_at?: Date
    checked_in_by?: string | null
    check_in_lat?: number | null
    check_in_lng?: number | null
    happened?: string
  },
) {
  await trx.updateTable('round_stops').set(set).where('id', '=', stopId).execute()
}

export async function writeRoundEvent(trx: Db, e: TransitionEvent<RoundStatus>) {
  await trx
    .insertInto('round_events')
    .values({
      id: uuidv7(),
      round_id: e.subjectId,
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

export async function roundEvents(db: Db, roundId: string) {
  return db
    .selectFrom('round_events')
    .select(['action', 'to_status', 'actor_name', 'note', 'created_at'])
    .where('round_id', '=', roundId)
    .orderBy('created_at')
    .execute()
}

/** A region with what a round's town and stops are checked against. */
export async function regionInfo(db: Db, code: string) {
  return db
    .selectFrom('regions')
    .select(['code', 'level', 'parent_code', 'path', 'active', 'county_code'])
    .where('code', '=', code)
    .executeTakeFirst()
}

/**
 * The next round (planned or underway, not yet over, up to `until`) of each venue or deputy named: its first stop's
 * start, its last stop's end, its mobile venue, its deputies. Rounds without a venue are left out.
 */
export async function nextRounds(
  db: Db,
  by: { venueIds?: string[]; deputyIds?: string[] },
  now: Date,
  until: string,
) {
  const venueIds = by.venueIds ?? []
  const deputyIds = by.deputyIds ?? []
  if (venueIds.length === 0 && deputyIds.length === 0) return []
  const forId = venueIds.length ? sql`r.venue_id` : sql`rd.deputy_id`
  const join = deputyIds.length ? sql`JOIN round_deputies rd ON rd.round_id = r.id` : sql``
  const filter = venueIds.length
    ? sql`r.venue_id IN (${sql.join(venueIds)})`
    : sql`rd.deputy_id IN (${sql.join(deputyIds)})`
  const rows = await sql<{
    for_id: string
    round_id: string
    venue_id: string
    venue_name: string
    first_at: Date
    last_at: Date
  }>`SELECT DISTINCT ON (${forId}) ${forId} AS for_id, r.id AS round_id, r.venue_id, v.name AS venue_name,
        w.first_at, w.last_at
      FROM rounds r ${join}
      JOIN venues v ON v.id = r.venue_id
      JOIN LATERAL (SELECT min(starts_at) AS first_at, max(ends_at) AS last_at FROM round_stops WHERE round_id = r.id) w ON true
      WHERE ${filter} AND r.status IN ('planned', 'underway') AND r.day <= ${until} AND w.last_at >= ${now}
      ORDER BY ${forId}, w.first_at`.execute(db)
  return rows.rows
}
