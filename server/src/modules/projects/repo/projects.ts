import { sql } from 'kysely'
import type { Db } from '../../../db/index.ts'

/** The projects' SQL, and the counts that roll sites up to projects, towns and the year. */

export async function projectYears(db: Db, countyCode: string): Promise<number[]> {
  const rows = await db
    .selectFrom('projects')
    .select('year')
    .distinct()
    .where('county_code', '=', countyCode)
    .orderBy('year', 'desc')
    .execute()
  return rows.map((r) => r.year)
}

export function getProject(db: Db, id: string, forUpdate = false) {
  let q = db
    .selectFrom('projects as p')
    .leftJoin('units as u', 'u.id', 'p.lead_unit_id')
    .select([
      'p.id',
      'p.year',
      'p.seq',
      'p.name',
      'p.description',
      'p.lead_unit_id',
      'p.version',
      'p.county_code',
    ])
    .select('u.name as lead_unit_name')
    .where('p.id', '=', id)
  if (forUpdate) q = q.forUpdate('p')
  return q.executeTakeFirst()
}

/** The projects of a year with their sites counted by state (live). */
export function projectsOfYear(db: Db, countyCode: string, year: number) {
  return db
    .selectFrom('projects as p')
    .leftJoin('units as u', 'u.id', 'p.lead_unit_id')
    .leftJoin('project_sites as s', 's.project_id', 'p.id')
    .select(['p.id', 'p.year', 'p.seq', 'p.name', 'p.description', 'p.lead_unit_id', 'p.version'])
    .select('u.name as lead_unit_name')
    .select(countsOf('s'))
    .where('p.county_code', '=', countyCode)
    .where('p.year', '=', year)
    .groupBy(['p.id', 'u.name'])
    .orderBy('p.seq')
    .execute()
}

/** Counts by state and the mean progress of the sites aliased `alias` (a site table or a month-end table). */
export function countsOf(alias: string) {
  const status = sql.ref(`${alias}.status`)
  const n = (states: string[]) =>
    sql<string>`count(*) FILTER (WHERE ${status} IN (${sql.join(states.map((s) => sql.lit(s)))}))`
  return [
    sql<string>`count(${sql.ref(`${alias}.status`)})`.as('sites'),
    n(['not_started']).as('not_started'),
    n(['in_progress']).as('in_progress'),
    n(['completed', 'crossed_off']).as('completed'),
    n(['crossed_off']).as('crossed_off'),
    sql<string | null>`avg(${sql.ref(`${alias}.progress`)})`.as('average_progress'),
  ] as const
}

export async function nextProjectSeq(db: Db, countyCode: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('county_code', '=', countyCode)
    .where('year', '=', year)
    .executeTakeFirst()
  return Number(row?.seq ?? 0) + 1
}
