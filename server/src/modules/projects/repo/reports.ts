import { sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { ReportedSiteStatus, SiteFinding } from '../../../db/types.ts'
import { uuidv7 } from '../../../platform/ids.ts'

/** Monthly reports (督查报告) of the lead deputies: one per site and month, amended by filing again. */

export interface ReportFields {
  month: string
  deputy_id: string | null
  filed_by: string | null
  filed_at: Date
  progress: number
  status: ReportedSiteStatus
  on_time: SiteFinding
  on_time_note: string
  quality: SiteFinding
  quality_note: string
  quantity: SiteFinding
  quantity_note: string
  problems: string
  opinion: string
  check_in_lat: number | null
  check_in_lng: number | null
}

/** Files the month's report of a site, or amends the one filed: answers its id and whether it amended one. */
export async function saveReport(
  trx: Db,
  siteId: string,
  countyCode: string,
  fields: ReportFields,
): Promise<{ id: string; amended: boolean }> {
  const row = await trx
    .insertInto('site_reports')
    .values({ id: uuidv7(), site_id: siteId, county_code: countyCode, ...fields })
    .onConflict((oc) =>
      oc.columns(['site_id', 'month']).doUpdateSet((eb) => ({
        deputy_id: eb.ref('excluded.deputy_id'),
        filed_by: eb.ref('excluded.filed_by'),
        filed_at: eb.ref('excluded.filed_at'),
        progress: eb.ref('excluded.progress'),
        status: eb.ref('excluded.status'),
        on_time: eb.ref('excluded.on_time'),
        on_time_note: eb.ref('excluded.on_time_note'),
        quality: eb.ref('excluded.quality'),
        quality_note: eb.ref('excluded.quality_note'),
        quantity: eb.ref('excluded.quantity'),
        quantity_note: eb.ref('excluded.quantity_note'),
        problems: eb.ref('excluded.problems'),
        opinion: eb.ref('excluded.opinion'),
        check_in_lat: eb.ref('excluded.check_in_lat'),
        check_in_lng: eb.ref('excluded.check_in_lng'),
        updated_at: sql`now()`,
      })),
    )
    .returning(['id', sql<boolean>`(xmax <> 0)`.as('amended')])
    .executeTakeFirstOrThrow()
  return { id: row.id, amended: Boolean(row.amended) }
}

export async function linkReportSuggestion(trx: Db, reportId: string, suggestionId: string) {
  await trx
    .updateTable('site_reports')
    .set({ suggestion_id: suggestionId })
    .where('id', '=', reportId)
    .execute()
}

const reportColumns = [
  'r.id',
  'r.site_id',
  'r.month',
  'r.filed_at',
  'r.deputy_id',
  'd.name as deputy_name',
  'r.progress',
  'r.status',
  'r.on_time',
  'r.on_time_note',
  'r.quality',
  'r.quality_note',
  'r.quantity',
  'r.quantity_note',
  'r.problems',
  'r.opinion',
  'r.check_in_lat',
  'r.check_in_lng',
  'r.suggestion_id',
  'sg.tracking_code',
  sql<
    string[]
  >`ARRAY(SELECT f.id::text FROM files f WHERE f.subject_type = 'site_report' AND f.subject_id = r.id ORDER BY f.created_at, f.id)`.as(
    'photo_ids',
  ),
] as const

const reportsBase = (db: Db) =>
  db
    .selectFrom('site_reports as r')
    .leftJoin('deputies as d', 'd.id', 'r.deputy_id')
    .leftJoin('suggestions as sg', 'sg.id', 'r.suggestion_id')

/** A site's reports, the latest month first. */
export function reportsOf(db: Db, siteId: string) {
  return reportsBase(db)
    .select(reportColumns)
    .where('r.site_id', '=', siteId)
    .orderBy('r.month', 'desc')
    .execute()
}
export type ReportRow = Awaited<ReturnType<typeof reportsOf>>[number]

/** The latest report of a site up to a month (inclusive), or the latest of all. */
export function latestReport(db: Db, siteId: string, upTo: string | null) {
  let q = reportsBase(db).select(reportColumns).where('r.site_id', '=', siteId)
  if (upTo) q = q.where('r.month', '<=', upTo)
  return q.orderBy('r.month', 'desc').limit(1).executeTakeFirst()
}

/** How many photos a report has (an amended month keeps those filed before; together at most REPORT_PHOTOS). */
export async function reportPhotoCount(db: Db, reportId: string): Promise<number> {
  const row = await db
    .selectFrom('files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject_type', '=', 'site_report')
    .where('subject_id', '=', reportId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Whether a file is a photo of a report of a site (for serving it). */
export async function reportOfSite(db: Db, siteId: string, reportId: string): Promise<boolean> {
  const row = await db
    .selectFrom('site_reports')
    .select('id')
    .where('id', '=', reportId)
    .where('site_id', '=', siteId)
    .executeTakeFirst()
  return Boolean(row)
}
