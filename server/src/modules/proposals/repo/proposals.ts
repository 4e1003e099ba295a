import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { CosignerStatus, ProposalSourceType, ProposalStatus, UnitLinkRole } from '../../../db/types.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import type { TransitionEvent } from '../../../platform/workflow.ts'

/** The proposals' SQL: a proposal with its lead deputy, co-signers, units and sources; the list; events. */

const proposalColumns = [
  'p.id',
  'p.year',
  'p.number',
  'p.title',
  'p.reason',
  'p.measures',
  'p.category_code',
  'p.lead_deputy_id',
  'p.created_by',
  'p.status',
  'p.required_cosigners',
  'p.submitted_at',
  'p.registered_at',
  'p.due_on',
  'p.not_registered_reason',
  'p.contacted_at',
  'p.contact_method',
  'p.contact_with',
  'p.contact_note',
  'p.answer',
  'p.outcome',
  'p.answered_at',
  'p.first_rating',
  'p.rating',
  'p.rated_at',
  'p.closed_at',
  'p.county_code',
  'p.created_at',
  'p.updated_at',
  'p.version',
  'd.name as lead_name',
  'g.path as lead_region_path',
  'c.name as category_name',
] as const

const base = (db: Db) =>
  db
    .selectFrom('proposals as p')
    .innerJoin('deputies as d', 'd.id', 'p.lead_deputy_id')
    .innerJoin('regions as g', 'g.code', 'd.region_code')
    .leftJoin('categories as c', 'c.code', 'p.category_code')

export interface Cosigner {
  deputy_id: string
  name: string
  status: CosignerStatus
  responded_at: Date | null
}
export interface ProposalUnit {
  unit_id: string
  name: string
  role: UnitLinkRole
}

export async function getProposal(db: Db, id: string, forUpdate = false) {
  let q = base(db).select(proposalColumns).where('p.id', '=', id)
  if (forUpdate) q = q.forUpdate('p')
  const row = await q.executeTakeFirst()
  if (!row) return undefined
  const [cosigners, units, sources] = await Promise.all([
    db
      .selectFrom('proposal_cosigners as pc')
      .innerJoin('deputies as d', 'd.id', 'pc.deputy_id')
      .select(['pc.deputy_id', 'd.name', 'pc.status', 'pc.responded_at'])
      .where('pc.proposal_id', '=', id)
      .orderBy('pc.seq')
      .orderBy('d.name')
      .execute(),
    db
      .selectFrom('proposal_units as pu')
      .innerJoin('units as u', 'u.id', 'pu.unit_id')
      .select(['pu.unit_id', 'u.name', 'pu.role'])
      .where('pu.proposal_id', '=', id)
      .orderBy('pu.role', 'desc')
      .orderBy('u.name')
      .execute(),
    db
      .selectFrom('proposal_sources')
      .select(['source_type', 'source_id'])
      .where('proposal_id', '=', id)
      .orderBy('seq')
      .execute(),
  ])
  return { ...row, cosigners: cosigners as Cosigner[], units: units as ProposalUnit[], sources }
}
export type ProposalRow = NonNullable<Awaited<ReturnType<typeof getProposal>>>

export interface ProposalListQuery {
  status?: ProposalStatus
  year?: number
  /** The proposals the deputy leads or was invited to co-sign. */
  deputyId?: string
  limit?: number
  offset?: number
}

function filtered(db: Db, scope: Expression<SqlBool>, q: ProposalListQuery) {
  let query = base(db).where(scope)
  if (q.status) query = query.where('p.status', '=', q.status)
  if (q.year) query = query.where('p.year', '=', q.year)
  if (q.deputyId) {
    const deputyId = q.deputyId
    query = query.where((eb) =>
      eb.or([
        eb('p.lead_deputy_id', '=', deputyId),
        eb.exists(
          eb
            .selectFrom('proposal_cosigners as pc')
            .select('pc.deputy_id')
            .whereRef('pc.proposal_id', '=', 'p.id')
            .where('pc.deputy_id', '=', deputyId),
        ),
      ]),
    )
  }
  return query
}

export async function listProposals(db: Db, scope: Expression<SqlBool>, q: ProposalListQuery) {
  const [rows, count] = await Promise.all([
    filtered(db, scope, q)
      .select(proposalColumns)
      .select([
        sql<string>`(SELECT count(*) FROM proposal_cosigners pc WHERE pc.proposal_id = p.id AND pc.status = 'signed')`.as(
          'signed',
        ),
        sql<
          string | null
        >`(SELECT u.name FROM proposal_units pu JOIN units u ON u.id = pu.unit_id WHERE pu.proposal_id = p.id AND pu.role = 'lead')`.as(
          'lead_unit_name',
        ),
      ])
      .orderBy('p.year', 'desc')
      .orderBy('p.updated_at', 'desc')
      .orderBy('p.id')
      .limit(q.limit ?? 50)
      .offset(q.offset ?? 0)
      .execute(),
    filtered(db, scope, q)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(count.n) }
}
export type ProposalListRow = Awaited<ReturnType<typeof listProposals>>['rows'][number]

export interface ProposalText {
  title: string
  reason: string
  measures: string
  category_code: string | null
}

export interface ProposalSource {
  type: ProposalSourceType
  id: string
}

export async function insertProposal(
  trx: Db,
  p: ProposalText & {
    id: string
    year: number
    lead_deputy_id: string
    created_by: string | null
    required_cosigners: number
    county_code: string
    created_at?: Date
  },
  sources: ProposalSource[],
  cosignerIds: string[],
) {
  await trx
    .insertInto('proposals')
    .values({ ...p, status: 'draft', updated_at: p.created_at ?? new Date() })
    .execute()
  await setSources(trx, p.id, sources)
  await addCosigners(trx, p.id, cosignerIds)
}

export async function updateProposal(
  trx: Db,
  id: string,
  version: number,
  text: ProposalText,
  sources: ProposalSource[],
  cosignerIds: string[],
  now: Date,
): Promise<boolean> {
  const res = await trx
    .updateTable('proposals')
    .set({ ...text, updated_at: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  if (Number(res.numUpdatedRows) !== 1) return false
  await setSources(trx, id, sources)
  await trx
    .deleteFrom('proposal_cosigners')
    .where('proposal_id', '=', id)
    .where('deputy_id', 'not in', cosignerIds.length ? cosignerIds : ['00000000-0000-0000-0000-000000000000'])
    .execute()
  await addCosigners(trx, id, cosignerIds)
  return true
}

async function setSources(trx: Db, id: string, sources: ProposalSource[]) {
  await trx.deleteFrom('proposal_sources').where('proposal_id', '=', id).execute()
  if (sources.length)
    await trx
      .insertInto('proposal_sources')
      .values(sources.map((s, i) => ({ proposal_id: id, source_type: s.type, source_id: s.id, seq: i + 1 })))
      .execute()
}

/** Invites deputies not invited yet (in order); answers those newly invited. */
export async function addCosigners(trx: Db, id: string, deputyIds: string[]): Promise<string[]> {
  if (deputyIds.length === 0) return []
  const existing = await trx
    .selectFrom('proposal_cosigners')
    .select(['deputy_id', 'seq'])
    .where('proposal_id', '=', id)
    .execute()
  const known = new Set(existing.map((e) => e.deputy_id))
  const fresh = [...new Set(deputyIds)].filter((d) => !known.has(d))
  const start = existing.reduce((m, e) => Math.max(m, e.seq), 0)
  if (fresh.length)
    await trx
      .insertInto('proposal_cosigners')
      .values(
        fresh.map((deputy_id, i) => ({ proposal_id: id, deputy_id, seq: start + i + 1, status: 'invited' })),
      )
      .execute()
  return fresh
}

export async function setCosignerStatus(
  trx: Db,
  id: string,
  deputyId: string,
  status: CosignerStatus,
  now: Date,
) {
  await trx
    .updateTable('proposal_cosigners')
    .set({ status, responded_at: now })
    .where('proposal_id', '=', id)
    .where('deputy_id', '=', deputyId)
    .execute()
}

export async function setProposalUnits(trx: Db, id: string, leadUnitId: string, coUnitIds: string[]) {
  await trx.deleteFrom('proposal_units').where('proposal_id', '=', id).execute()
  await trx
    .insertInto('proposal_units')
    .values([
      { proposal_id: id, unit_id: leadUnitId, role: 'lead' as const },
      ...coUnitIds.map((unit_id) => ({ proposal_id: id, unit_id, role: 'co' as const })),
    ])
    .execute()
}

/** The next registration number of the year (立案号). */
export async function nextNumber(trx: Db, countyCode: string, year: number): Promise<number> {
  const row = await trx
    .selectFrom('proposals')
    .select(sql<number | null>`max(number)`.as('n'))
    .where('county_code', '=', countyCode)
    .where('year', '=', year)
    .executeTakeFirst()
  return Number(row?.n ?? 0) + 1
}

/** The co-signatures the county requires before submission (county_settings; 0 when unset). */
export async function requiredCosigners(db: Db, countyCode: string): Promise<number> {
  const row = await db
    .selectFrom('county_settings')
    .select('proposal_min_cosigners')
    .where('county_code', '=', countyCode)
    .executeTakeFirst()
  return row?.proposal_min_cosigners ?? 0
}

/** The proposal tier's completion limit in working days, when the county has set one (time_limits). */
export async function proposalLimitDays(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('time_limits')
    .select('completion_working_days')
    .where('tier', '=', 'proposal')
    .where('category_code', '=', '')
    .executeTakeFirst()
  return row?.completion_working_days ?? null
}

export async function activeUnits(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .where('active', '=', true)
    .execute()
}

export async function writeProposalEvent(trx: Db, e: TransitionEvent<ProposalStatus>) {
  await trx
    .insertInto('proposal_events')
    .values({
      id: uuidv7(),
      proposal_id: e.subjectId,
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      public: e.public,
      note: e.note,
      detail: JSON.stringify(e.detail),
      created_at: e.at,
      county_code: e.countyCode,
    })
    .execute()
}

export function proposalEvents(db: Db, id: string) {
  return db
    .selectFrom('proposal_events')
    .select(['id', 'action', 'from_status', 'to_status', 'actor_name', 'note', 'detail', 'created_at'])
    .where('proposal_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/** The sources as the detail shows them: an item's tracking code and text, a site report's site and month. */
export interface SourceSummary {
  type: ProposalSourceType
  id: string
  label: string
  text: string
}

export async function sourceSummaries(
  db: Db,
  sources: { source_type: string; source_id: string }[],
): Promise<SourceSummary[]> {
  const items = sources.filter((s) => s.source_type === 'suggestion').map((s) => s.source_id)
  const reports = sources.filter((s) => s.source_type === 'site_report').map((s) => s.source_id)
  const [a, b] = await Promise.all([
    items.length
      ? db
          .selectFrom('suggestions')
          .select(['id', 'tracking_code', 'content', 'status'])
          .where('id', 'in', items)
          .execute()
      : [],
    reports.length
      ? db
          .selectFrom('site_reports as r')
          .innerJoin('project_sites as s', 's.id', 'r.site_id')
          .select(['r.id', 'r.month', 's.name', 'r.problems'])
          .where('r.id', 'in', reports)
          .execute()
      : [],
  ])
  return sources.flatMap((s): SourceSummary[] => {
    if (s.source_type === 'suggestion') {
      const i = a.find((x) => x.id === s.source_id)
      return i ? [{ type: 'suggestion', id: i.id, label: i.tracking_code, text: i.content }] : []
    }
    const r = b.find((x) => x.id === s.source_id)
    return r ? [{ type: 'site_report', id: r.id, label: `${r.name} · ${r.month}`, text: r.problems }] : []
  })
}
