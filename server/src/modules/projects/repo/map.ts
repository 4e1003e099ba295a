import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { SiteStatus } from '../../../db/types.ts'
import { countsOf } from './projects.ts'

/**
 * The sites as the public sees them: live, or as they stood at a month end (site_month_ends, taken by the
 * month-end job from the sites' events, so a month's map never changes after it ended).
 */

export interface MapQuery {
  year: number
  /** A month end (YYYY-MM); null = now. */
  month: string | null
  projectId?: string
  townCode?: string
  /** The colour's states: completed includes crossed off. */
  status?: 'not_started' | 'in_progress' | 'completed'
}

const STATES: Record<NonNullable<MapQuery['status']>, SiteStatus[]> = {
  not_started: ['not_started'],
  in_progress: ['in_progress'],
  completed: ['completed', 'crossed_off'],
}

/** The sites of a year (or of a month end) with what the map shows of each. */
function shown(db: Db, countyCode: string, q: MapQuery) {
  let query = db
    .selectFrom('project_sites as s')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .innerJoin('regions as t', 't.code', 's.town_code')
    .leftJoin('units as u', 'u.id', 's.unit_id')
    .where('p.county_code', '=', countyCode)
    .where('p.year', '=', q.year)
  if (q.projectId) query = query.where('s.project_id', '=', q.projectId)
  if (q.townCode) query = query.where('s.town_code', '=', q.townCode)
  return query
}

const stateIn = (column: string, states: SiteStatus[]): Expression<SqlBool> =>
  sql<SqlBool>`${sql.ref(column)} IN (${sql.join(states.map((s) => sql.lit(s)))})`

export async function mapSites(db: Db, countyCode: string, q: MapQuery) {
  const base = shown(db, countyCode, q).select([
    's.id',
    's.name',
    's.project_id',
    'p.name as project_name',
    's.town_code',
    't.name as town_name',
    's.lat',
    's.lng',
    'u.name as unit_name',
    sql<
      string[]
    >`ARRAY(SELECT d.name FROM site_deputies sd JOIN deputies d ON d.id = sd.deputy_id WHERE sd.site_id = s.id ORDER BY sd.seq, d.name)`.as(
      'lead_names',
    ),
  ])
  if (q.month === null) {
    let live = base.select(['s.status', 's.progress', 's.last_report_month'])
    if (q.status) live = live.where(stateIn('s.status', STATES[q.status]))
    return live.orderBy('p.seq').orderBy('s.id').execute()
  }
  let past = base
    .innerJoin('site_month_ends as m', (j) => j.onRef('m.site_id', '=', 's.id').on('m.month', '=', q.month!))
    .select([
      'm.status',
      'm.progress',
      sql<
        string | null
      >`(SELECT max(r.month) FROM site_reports r WHERE r.site_id = s.id AND r.month <= ${q.month})`.as(
        'last_report_month',
      ),
    ])
  if (q.status) past = past.where(stateIn('m.status', STATES[q.status]))
  return past.orderBy('p.seq').orderBy('s.id').execute()
}
export type MapSiteRow = Awaited<ReturnType<typeof mapSites>>[number]

/** Counts by state for the year (or month end): overall, per project, per town. */
export async function mapCounts(db: Db, countyCode: string, q: MapQuery) {
  const alias = q.month === null ? 's' : 'm'
  const withMonth = <T>(query: T): T =>
    q.month === null
      ? query
      : ((query as any).innerJoin('site_month_ends as m', (j: any) =>
          j.onRef('m.site_id', '=', 's.id').on('m.month', '=', q.month),
        ) as T)
  const [total, byProject, byTown] = await Promise.all([
    withMonth(shown(db, countyCode, q))
      .select(countsOf(alias))
      .executeTakeFirstOrThrow(),
    withMonth(shown(db, countyCode, q))
      .select(['s.project_id', 'p.name', 'p.seq'])
      .select(countsOf(alias))
      .groupBy(['s.project_id', 'p.name', 'p.seq'])
      .orderBy('p.seq')
      .execute(),
    withMonth(shown(db, countyCode, q))
      .select(['s.town_code', 't.name', 't.sort'])
      .select(countsOf(alias))
      .groupBy(['s.town_code', 't.name', 't.sort'])
      .orderBy('t.sort')
      .orderBy('s.town_code')
      .execute(),
  ])
  return { total, byProject, byTown }
}

/** The month ends of a year already taken (the months the map can show as they were). */
export async function monthsTaken(db: Db, countyCode: string, year: number): Promise<string[]> {
  const rows = await db
    .selectFrom('site_month_ends')
    .select('month')
    .distinct()
    .where('county_code', '=', countyCode)
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .orderBy('month')
    .execute()
  return rows.map((r) => r.month)
}

/**
 * Takes a month end: each site of the month's year that existed at `end`, with its state and progress from its
 * last event before `end`, and whether its report for the month was in. Sites already taken are left as they
 * were (so several nodes, or a rerun, change nothing). Answers how many sites it took.
 */
export async function takeMonthEnd(db: Db, countyCode: string, month: string, end: Date): Promise<number> {
  const year = Number(month.slice(0, 4))
  const result = await sql`
    INSERT INTO site_month_ends (site_id, month, status, progress, reported, county_code, taken_at)
    SELECT s.id, ${month}, e.to_status, e.progress,
           EXISTS (SELECT 1 FROM site_reports r WHERE r.site_id = s.id AND r.month = ${month}), s.county_code, now()
    FROM project_sites s
    JOIN projects p ON p.id = s.project_id
    CROSS JOIN LATERAL (
      SELECT ev.to_status, ev.progress FROM site_events ev
      WHERE ev.site_id = s.id AND ev.created_at < ${end}
      ORDER BY ev.created_at DESC, ev.id DESC LIMIT 1
    ) e
    WHERE s.county_code = ${countyCode} AND p.year = ${year}
    ON CONFLICT (site_id, month) DO NOTHING`.execute(db)
  return Number(result.numAffectedRows ?? 0)
}

/** Whether any site of the month's year lacks its month end (a cheap check before taking it). */
export async function monthEndMissing(
  db: Db,
  countyCode: string,
  month: string,
  end: Date,
): Promise<boolean> {
  const row = await sql<{ missing: boolean }>`
    SELECT EXISTS (
      SELECT 1 FROM project_sites s JOIN projects p ON p.id = s.project_id
      WHERE s.county_code = ${countyCode} AND p.year = ${Number(month.slice(0, 4))} AND s.created_at < ${end}
        AND NOT EXISTS (SELECT 1 FROM site_month_ends m WHERE m.site_id = s.id AND m.month = ${month})
    ) AS missing`.execute(db)
  return Boolean(row.rows[0]?.missing)
}

/** The sites of a month's year still missing its report, with their lead deputies and towns (reminders). */
export function unreportedSites(db: Db, countyCode: string, month: string) {
  return db
    .selectFrom('project_sites as s')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .select(['s.id', 's.name', 's.town_code', 'p.name as project_name'])
    .select(
      sql<string[]>`ARRAY(SELECT sd.deputy_id::text FROM site_deputies sd WHERE sd.site_id = s.id)`.as(
        'deputy_ids',
      ),
    )
    .where('s.county_code', '=', countyCode)
    .where('p.year', '=', Number(month.slice(0, 4)))
    .where('s.status', '!=', 'crossed_off')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('site_reports as r')
            .select('r.id')
            .whereRef('r.site_id', '=', 's.id')
            .where('r.month', '=', month),
        ),
      ),
    )
    .orderBy('s.town_code')
    .orderBy('s.name')
    .execute()
}
