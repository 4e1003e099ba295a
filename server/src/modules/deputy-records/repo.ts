import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { RecordEntryKind } from '../../db/types.ts'
import { cstInstant } from '../../platform/calendar.ts'
import { uuidv7 } from '../../platform/ids.ts'
import type { SqlScope } from '../../platform/scope.ts'
import { getDeputy, listDeputies } from '../deputies/repo.ts'

/**
 * The indicators of docs/domain.md "Deputies' records", computed from what the platform holds. A year is the
 * county's: days (`date` columns) from YYYY-01-01 to YYYY-12-31, instants from its first midnight in China
 * Standard Time to the next year's, whatever the server's time zone.
 */
export interface Indicators {
  dutySlotsHeld: number
  receptionsAttended: number
  peopleReceived: number
  roundsCompleted: number
  suggestionsReceived: number
  suggestionsClosed: number
  suggestionsResolved: number
  suggestionsRated: number
  suggestionsSatisfied: number
  /** Group activities: the module is not built yet (尚未启用), so null, never a zero. */
  groupActivities: null
  /** Monthly reports on the project sites the deputy leads (点位督查报告), months of the year. */
  siteReports: number
  trainings: number
  trainingHours: number
  proposals: number
  /** The platform's proposals (代表建议) of the year: led (submitted), co-signed, rated and satisfied. */
  proposalsLed: number
  proposalsCosigned: number
  proposalsRated: number
  proposalsSatisfied: number
  activities: number
}

export const emptyIndicators = (): Indicators => ({
  dutySlotsHeld: 0,
  receptionsAttended: 0,
  peopleReceived: 0,
  roundsCompleted: 0,
  suggestionsReceived: 0,
  suggestionsClosed: 0,
  suggestionsResolved: 0,
  suggestionsRated: 0,
  suggestionsSatisfied: 0,
  groupActivities: null,
  siteReports: 0,
  trainings: 0,
  trainingHours: 0,
  proposals: 0,
  proposalsLed: 0,
  proposalsCosigned: 0,
  proposalsRated: 0,
  proposalsSatisfied: 0,
  activities: 0,
})

/** The county's year: its days and its instants [start, end). */
export function yearBounds(year: number) {
  return {
    firstDay: `${year}-01-01`,
    lastDay: `${year}-12-31`,
    start: cstInstant(`${year}-01-01`, 0),
    end: cstInstant(`${year + 1}-01-01`, 0),
  }
}

const n = (value: unknown) => Number(value ?? 0)

/** Each deputy's indicators for the year (deputies without any activity get zeros). */
export async function indicatorsOf(
  db: Db,
  deputyIds: string[],
  year: number,
): Promise<Map<string, Indicators>> {
  const out = new Map(deputyIds.map((id) => [id, emptyIndicators()]))
  if (deputyIds.length === 0) return out
  const y = yearBounds(year)
  const [slots, receptions, rounds, suggestions, entries, reports, led, cosigned] = await Promise.all([
    db
      .selectFrom('duty_slot_deputies as sd')
      .innerJoin('duty_slots as s', 's.id', 'sd.slot_id')
      .where('sd.deputy_id', 'in', deputyIds)
      .where('s.status', '=', 'held')
      .where('s.day', '>=', y.firstDay)
      .where('s.day', '<=', y.lastDay)
      .groupBy('sd.deputy_id')
      .select(['sd.deputy_id', sql<string>`count(DISTINCT s.id)`.as('held')])
      .execute(),
    db
      .selectFrom('reception_deputies as rd')
      .innerJoin('receptions as r', 'r.id', 'rd.reception_id')
      .where('rd.deputy_id', 'in', deputyIds)
      .where('r.status', '=', 'closed')
      .where('r.started_at', '>=', y.start)
      .where('r.started_at', '<', y.end)
      .groupBy('rd.deputy_id')
      .select(['rd.deputy_id', sql<string>`count(*)`.as('attended'), sql<string>`sum(r.people)`.as('people')])
      .execute(),
    db
      .selectFrom('round_deputies as od')
      .innerJoin('rounds as o', 'o.id', 'od.round_id')
      .where('od.deputy_id', 'in', deputyIds)
      .where('o.status', '=', 'completed')
      .where('o.day', '>=', y.firstDay)
      .where('o.day', '<=', y.lastDay)
      .groupBy('od.deputy_id')
      .select(['od.deputy_id', sql<string>`count(*)`.as('completed')])
      .execute(),
    db
      .selectFrom('suggestions as s')
      .where('s.deputy_id', 'in', deputyIds)
      .where('s.received_at', '>=', y.start)
      .where('s.received_at', '<', y.end)
      .groupBy('s.deputy_id')
      .select([
        's.deputy_id',
        sql<string>`count(*)`.as('received'),
        sql<string>`count(*) FILTER (WHERE s.status = 'closed')`.as('closed'),
        sql<string>`count(*) FILTER (WHERE s.status = 'closed' AND s.outcome = 'A')`.as('resolved'),
        sql<string>`count(*) FILTER (WHERE s.rating IS NOT NULL)`.as('rated'),
        sql<string>`count(*) FILTER (WHERE s.rating IN ('satisfied', 'basically_satisfied'))`.as('satisfied'),
      ])
      .execute(),
    db
      .selectFrom('deputy_record_entries as e')
      .where('e.deputy_id', 'in', deputyIds)
      .where('e.retired_at', 'is', null)
      .where('e.day', '>=', y.firstDay)
      .where('e.day', '<=', y.lastDay)
      .groupBy(['e.deputy_id', 'e.kind'])
      .select([
        'e.deputy_id',
        'e.kind',
        sql<string>`sum(e.quantity)`.as('quantity'),
        sql<string | number | null>`sum(e.hours)`.as('hours'),
      ])
      .execute(),
    db
      .selectFrom('site_reports as r')
      .where('r.deputy_id', 'in', deputyIds)
      .where('r.month', '>=', `${year}-01`)
      .where('r.month', '<=', `${year}-12`)
      .groupBy('r.deputy_id')
      .select(['r.deputy_id', sql<string>`count(*)`.as('reports')])
      .execute(),
    // The platform's proposals (代表建议) of the year, once submitted: led, and the ratings of their answers.
    db
      .selectFrom('proposals as p')
      .where('p.lead_deputy_id', 'in', deputyIds)
      .where('p.year', '=', year)
      .where('p.submitted_at', 'is not', null)
      .groupBy('p.lead_deputy_id')
      .select([
        'p.lead_deputy_id',
        sql<string>`count(*)`.as('led'),
        sql<string>`count(*) FILTER (WHERE p.status = 'closed' AND p.rating IS NOT NULL)`.as('rated'),
        sql<string>`count(*) FILTER (WHERE p.status = 'closed' AND p.rating IN ('satisfied', 'basically_satisfied'))`.as(
          'satisfied',
        ),
      ])
      .execute(),
    db
      .selectFrom('proposal_cosigners as pc')
      .innerJoin('proposals as p', 'p.id', 'pc.proposal_id')
      .where('pc.deputy_id', 'in', deputyIds)
      .where('pc.status', '=', 'signed')
      .where('p.year', '=', year)
      .where('p.submitted_at', 'is not', null)
      .groupBy('pc.deputy_id')
      .select(['pc.deputy_id', sql<string>`count(*)`.as('cosigned')])
      .execute(),
  ])
  for (const r of led) {
    const x = out.get(r.lead_deputy_id)!
    x.proposalsLed = n(r.led)
    x.proposalsRated = n(r.rated)
    x.proposalsSatisfied = n(r.satisfied)
  }
  for (const r of cosigned) out.get(r.deputy_id)!.proposalsCosigned = n(r.cosigned)
  for (const r of reports) out.get(r.deputy_id!)!.siteReports = n(r.reports)
  for (const r of slots) out.get(r.deputy_id)!.dutySlotsHeld = n(r.held)
  for (const r of receptions) {
    const x = out.get(r.deputy_id)!
    x.receptionsAttended = n(r.attended)
    x.peopleReceived = n(r.people)
  }
  for (const r of rounds) out.get(r.deputy_id)!.roundsCompleted = n(r.completed)
  for (const r of suggestions) {
    const x = out.get(r.deputy_id!)!
    x.suggestionsReceived = n(r.received)
    x.suggestionsClosed = n(r.closed)
    x.suggestionsResolved = n(r.resolved)
    x.suggestionsRated = n(r.rated)
    x.suggestionsSatisfied = n(r.satisfied)
  }
  for (const r of entries) {
    const x = out.get(r.deputy_id)!
    if (r.kind === 'training') {
      x.trainings = n(r.quantity)
      x.trainingHours = Math.round(n(r.hours) * 10) / 10
    } else if (r.kind === 'proposal') x.proposals = n(r.quantity)
    else x.activities = n(r.quantity)
  }
  return out
}

/** A deputy as the record shows them (with the region path the policy needs). */
export const recordDeputy = getDeputy

/** The deputies in the scope (over the alias `d`), by code, with the list's filters. */
export function listRecordDeputies(
  db: Db,
  scope: SqlScope,
  query: { townCode?: string; q?: string; limit?: number; offset?: number },
) {
  return listDeputies(db, scope, {
    regionCode: query.townCode,
    q: query.q,
    limit: query.limit,
    offset: query.offset,
  })
}

function entrySelection(db: Db) {
  return db
    .selectFrom('deputy_record_entries as e')
    .leftJoin('users as u', 'u.id', 'e.created_by')
    .select([
      'e.id',
      'e.deputy_id',
      'e.kind',
      'e.day',
      'e.title',
      'e.quantity',
      'e.hours',
      'e.note',
      'e.created_by',
      'e.created_at',
      'e.updated_at',
      'e.retired_at',
      'e.version',
      'u.display_name as created_by_name',
    ])
}

export type EntryRow = Awaited<ReturnType<ReturnType<typeof entrySelection>['executeTakeFirstOrThrow']>>

/** A deputy's entries of the year still in force, by day. */
export function entriesOf(db: Db, deputyId: string, year: number) {
  const y = yearBounds(year)
  return entrySelection(db)
    .where('e.deputy_id', '=', deputyId)
    .where('e.retired_at', 'is', null)
    .where('e.day', '>=', y.firstDay)
    .where('e.day', '<=', y.lastDay)
    .orderBy('e.day')
    .orderBy('e.created_at')
    .execute()
}

export function getEntry(db: Db, id: string) {
  return entrySelection(db).where('e.id', '=', id).executeTakeFirst()
}

export interface EntryInput {
  kind: RecordEntryKind
  day: string
  title: string
  quantity: number
  hours: number | null
  note: string
}

export async function insertEntry(
  trx: Db,
  deputyId: string,
  input: EntryInput,
  countyCode: string,
  userId: string,
): Promise<string> {
  const id = uuidv7()
  await trx
    .insertInto('deputy_record_entries')
    .values({
      id,
      deputy_id: deputyId,
      ...input,
      county_code: countyCode,
      created_by: userId,
      updated_by: userId,
    })
    .execute()
  return id
}

/** Changes an entry still in force at the version read; false when it moved on (or was retired) meanwhile. */
export async function updateEntry(trx: Db, id: string, version: number, input: EntryInput, userId: string) {
  const res = await trx
    .updateTable('deputy_record_entries')
    .set({ ...input, updated_by: userId, updated_at: new Date(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('retired_at', 'is', null)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

export async function retireEntry(trx: Db, id: string, version: number, userId: string) {
  const now = new Date()
  const res = await trx
    .updateTable('deputy_record_entries')
    .set({ retired_at: now, retired_by: userId, updated_by: userId, updated_at: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('retired_at', 'is', null)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}
