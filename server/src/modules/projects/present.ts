import type { Db } from '../../db/index.ts'
import type { SiteStatus } from '../../db/types.ts'
import type { Principal } from '../../platform/access.ts'
import { filesOf } from '../../platform/files.ts'
import { allowedActions } from '../../platform/workflow.ts'
import { type SiteRelation, sitePolicy } from './policy.ts'
import { getSite, type ReportRow, reportsOf, type SiteRow, siteEvents } from './repo.ts'
import { colourOf, monthOf, SITE_TRANSITIONS, siteLabels } from './workflow.ts'

/** Rows → responses: sites, their reports and history. */

/** The purpose of the photos of a site: its reports' and its verification's. */
export const REPORT_PHOTO = 'site_report_photo'
/** Photos one monthly report may carry (filed at once or over amendments). */
export const REPORT_PHOTOS = 9

const iso = (d: Date | string) => new Date(d).toISOString()
const person = (id: string | null, name: string | null) => (id && name ? { id, name } : null)

export function presentSiteSummary(row: SiteRow, now = new Date()) {
  return {
    id: row.id,
    name: row.name,
    projectId: row.project_id,
    projectName: row.project_name,
    year: row.year,
    townCode: row.town_code,
    townName: row.town_name,
    regionCode: row.region_code,
    regionName: row.region_name,
    address: row.address,
    location: { lat: row.lat, lng: row.lng },
    unit: person(row.unit_id, row.unit_name),
    leadDeputies: row.deputies,
    status: row.status,
    colour: colourOf(row.status),
    progress: row.progress,
    lastReportMonth: row.last_report_month,
    reportedThisMonth: row.last_report_month === monthOf(now),
    version: row.version,
  }
}

/** The URL of a report's photo: public, as the map's detail card shows it. */
export const photoUrl = (siteId: string, fileId: string) =>
  `/api/public/projects/sites/${siteId}/photos/${fileId}`

export function presentReport(r: ReportRow) {
  const finding = (finding: ReportRow['on_time'], note: string) => ({ finding, note })
  return {
    id: r.id,
    month: r.month,
    filedAt: iso(r.filed_at),
    deputy: person(r.deputy_id, r.deputy_name),
    progress: r.progress,
    status: r.status,
    onTime: finding(r.on_time, r.on_time_note),
    quality: finding(r.quality, r.quality_note),
    quantity: finding(r.quantity, r.quantity_note),
    problems: r.problems,
    opinion: r.opinion,
    photos: r.photo_ids.map((id) => ({ id, url: photoUrl(r.site_id, id) })),
    checkIn:
      r.check_in_lat !== null && r.check_in_lng !== null
        ? { lat: r.check_in_lat, lng: r.check_in_lng }
        : null,
    suggestion:
      r.suggestion_id && r.tracking_code ? { id: r.suggestion_id, trackingCode: r.tracking_code } : null,
  }
}

export interface EventRow {
  id: string
  action: string
  from_status: string | null
  to_status: string
  progress: number
  actor_name: string
  note: string | null
  created_at: Date | string
}

const CREATED = { zh: '建立点位', en: 'Site placed' }

export function presentEvent(e: EventRow, lang: 'zh' | 'en' = 'zh') {
  const label =
    e.action === 'create'
      ? CREATED
      : (SITE_TRANSITIONS[e.action as keyof typeof SITE_TRANSITIONS]?.label ?? CREATED)
  return {
    id: e.id,
    action: e.action,
    label: `${label[lang]} · ${siteLabels[e.to_status as SiteStatus][lang]}`,
    fromStatus: e.from_status as SiteStatus | null,
    toStatus: e.to_status as SiteStatus,
    progress: e.progress,
    actorName: e.actor_name,
    note: e.note,
    at: iso(e.created_at),
  }
}

export function presentSite(
  row: SiteRow,
  reports: ReportRow[],
  events: EventRow[],
  evidence: string[],
  relations: ReadonlySet<SiteRelation>,
) {
  return {
    ...presentSiteSummary(row),
    plan: {
      start: row.plan_start,
      end: row.plan_end,
      investment: row.investment === null ? null : Number(row.investment),
      milestones: row.milestones as { name: string; due: string; done: boolean }[],
    },
    crossedOffAt: row.crossed_off_at ? iso(row.crossed_off_at) : null,
    evidence: evidence.map((id) => ({ id, url: photoUrl(row.id, id) })),
    reports: reports.map(presentReport),
    events: events.map((e) => presentEvent(e)),
    allowedActions: allowedActions(SITE_TRANSITIONS, row.status, relations),
    editable: relations.has('keeper'),
  }
}

/** A site as the caller sees it in the console (after a check that the caller may read it). */
export async function readSite(db: Db, principal: Principal, id: string) {
  const row = (await getSite(db, id))!
  const [reports, events, evidence] = await Promise.all([
    reportsOf(db, id),
    siteEvents(db, id),
    filesOf(db, { type: 'site', id }, [REPORT_PHOTO]),
  ])
  return presentSite(
    row,
    reports,
    events,
    evidence.map((f) => f.id),
    sitePolicy.relations(principal, row),
  )
}
