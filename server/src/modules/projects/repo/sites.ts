import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { SiteStatus } from '../../../db/types.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import { likePattern } from '../../../platform/paging.ts'
import type { TransitionEvent } from '../../../platform/workflow.ts'

/** The sites' SQL: a site with its project, place, unit and lead deputies; the lists; events. */

export interface SiteFields {
  name: string
  region_code: string
  town_code: string
  address: string
  lat: number
  lng: number
  unit_id: string | null
  plan_start: string | null
  plan_end: string | null
  investment: number | null
  milestones: { name: string; due: string; done: boolean }[]
}

const siteColumns = [
  's.id',
  's.project_id',
  's.name',
  's.town_code',
  's.region_code',
  's.address',
  's.lat',
  's.lng',
  's.unit_id',
  's.plan_start',
  's.plan_end',
  's.investment',
  's.milestones',
  's.status',
  's.progress',
  's.last_report_month',
  's.crossed_off_at',
  's.version',
  's.county_code',
  'p.name as project_name',
  'p.year',
  'p.seq as project_seq',
  'g.path as region_path',
  'g.name as region_name',
  't.name as town_name',
  'u.name as unit_name',
] as const

const sitesBase = (db: Db) =>
  db
    .selectFrom('project_sites as s')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .innerJoin('regions as g', 'g.code', 's.region_code')
    .innerJoin('regions as t', 't.code', 's.town_code')
    .leftJoin('units as u', 'u.id', 's.unit_id')

/** The lead deputies of the site `s`, in order, as "id|name" pairs. */
const leads = sql<
  string[]
>`ARRAY(SELECT sd.deputy_id::text || '|' || d.name FROM site_deputies sd JOIN deputies d ON d.id = sd.deputy_id WHERE sd.site_id = s.id ORDER BY sd.seq, d.name)`

export async function getSite(db: Db, id: string, forUpdate = false) {
  let q = sitesBase(db).select(siteColumns).select(leads.as('leads')).where('s.id', '=', id)
  if (forUpdate) q = q.forUpdate('s')
  const row = await q.executeTakeFirst()
  return row ? withDeputies(row) : undefined
}

function withDeputies<T extends { leads: string[] }>(row: T) {
  const deputies = row.leads.map((pair) => {
    const cut = pair.indexOf('|')
    return { id: pair.slice(0, cut), name: pair.slice(cut + 1) }
  })
  return { ...row, deputies, deputy_ids: deputies.map((d) => d.id) }
}
export type SiteRow = NonNullable<Awaited<ReturnType<typeof getSite>>>

export interface SiteListQuery {
  year?: number
  projectId?: string
  townCode?: string
  status?: SiteStatus
  deputyId?: string
  /** The month whose report is missing (YYYY-MM). */
  unreportedIn?: string
  q?: string
  limit?: number
  offset?: number
}

function filtered(db: Db, scope: Expression<SqlBool>, q: SiteListQuery) {
  let query = sitesBase(db).where(scope)
  if (q.year) query = query.where('p.year', '=', q.year)
  if (q.projectId) query = query.where('s.project_id', '=', q.projectId)
  if (q.townCode) query = query.where('s.town_code', '=', q.townCode)
  if (q.status) query = query.where('s.status', '=', q.status)
  if (q.deputyId)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('site_deputies as sd')
          .select('sd.site_id')
          .whereRef('sd.site_id', '=', 's.id')
          .where('sd.deputy_id', '=', q.deputyId!),
      ),
    )
  if (q.unreportedIn)
    query = query
      .where('s.status', '!=', 'crossed_off')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('site_reports as r')
              .select('r.id')
              .whereRef('r.site_id', '=', 's.id')
              .where('r.month', '=', q.unreportedIn!),
          ),
        ),
      )
  if (q.q) {
    const pattern = likePattern(q.q)
    query = query.where((eb) =>
      eb.or([
        eb('s.name', 'ilike', pattern),
        eb('s.address', 'ilike', pattern),
        eb('p.name', 'ilike', pattern),
      ]),
    )
  }
  return query
}

export async function listSites(db: Db, scope: Expression<SqlBool>, q: SiteListQuery) {
  const [rows, count] = await Promise.all([
    filtered(db, scope, q)
      .select(siteColumns)
      .select(leads.as('leads'))
      .orderBy('p.year', 'desc')
      .orderBy('p.seq')
      .orderBy('t.sort')
      .orderBy('s.name')
      .orderBy('s.id')
      .limit(q.limit ?? 50)
      .offset(q.offset ?? 0)
      .execute(),
    filtered(db, scope, q)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows: rows.map(withDeputies), total: Number(count.n) }
}

export async function insertSite(
  trx: Db,
  site: SiteFields & { id: string; project_id: string; county_code: string },
  deputyIds: string[],
) {
  await trx
    .insertInto('project_sites')
    .values({
      ...site,
      investment: site.investment === null ? null : String(site.investment),
      milestones: JSON.stringify(site.milestones),
      status: 'not_started',
      progress: 0,
    })
    .execute()
  await setSiteDeputies(trx, site.id, deputyIds)
}

export async function updateSite(trx: Db, id: string, fields: SiteFields, deputyIds: string[], now: Date) {
  await trx
    .updateTable('project_sites')
    .set({
      ...fields,
      investment: fields.investment === null ? null : String(fields.investment),
      milestones: JSON.stringify(fields.milestones),
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute()
  await setSiteDeputies(trx, id, deputyIds)
}

async function setSiteDeputies(trx: Db, siteId: string, deputyIds: string[]) {
  await trx.deleteFrom('site_deputies').where('site_id', '=', siteId).execute()
  if (deputyIds.length)
    await trx
      .insertInto('site_deputies')
      .values(deputyIds.map((deputy_id, i) => ({ site_id: siteId, deputy_id, seq: i + 1 })))
      .execute()
}

/** A site's event: the kernel's transition, with the site's progress after it (detail.progress). */
export async function writeSiteEvent(trx: Db, e: TransitionEvent<SiteStatus>) {
  const { progress, ...detail } = e.detail as { progress: number }
  await trx
    .insertInto('site_events')
    .values({
      id: uuidv7(),
      site_id: e.subjectId,
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      progress,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      public: e.public,
      note: e.note,
      detail: JSON.stringify(detail),
      created_at: e.at,
      county_code: e.countyCode,
    })
    .execute()
}

export function siteEvents(db: Db, siteId: string) {
  return db
    .selectFrom('site_events')
    .select(['id', 'action', 'from_status', 'to_status', 'progress', 'actor_name', 'note', 'created_at'])
    .where('site_id', '=', siteId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}
