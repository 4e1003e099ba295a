import type { Expression, SqlBool } from 'kysely'
import { sql } from 'kysely'
import { OUTCOMES, PROPOSAL_STATUSES, RATINGS } from '../../../db/enums.ts'
import type { Db } from '../../../db/index.ts'
import type { Outcome, ProposalStatus, Rating } from '../../../db/types.ts'

/** What a proposal may grow from: items the deputy sees (the loop's scope), reports on sites the deputy leads. */
export async function visibleSuggestionIds(db: Db, scope: Expression<SqlBool>, ids: string[]) {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('suggestions as s')
    .select('s.id')
    .where('s.id', 'in', ids)
    .where(scope)
    .execute()
  return rows.map((r) => r.id)
}

export async function ledSiteReportIds(db: Db, deputyId: string, ids: string[]) {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('site_reports as r')
    .innerJoin('site_deputies as sd', 'sd.site_id', 'r.site_id')
    .select('r.id')
    .where('r.id', 'in', ids)
    .where('sd.deputy_id', '=', deputyId)
    .execute()
  return rows.map((r) => r.id)
}

export interface ProposalFigures {
  year: number
  total: number
  byStatus: Record<ProposalStatus, number>
  byOutcome: Record<Outcome, number>
  ratings: Record<Rating, number>
  /** Proposals whose first rating was unsatisfied and that were handled again. */
  rehandled: number
}

/**
 * The county's figures on a year's proposals: how many in each state, the answers by outcome class, the final
 * ratings (drafts and withdrawn proposals are counted in their states, never in the answers).
 */
export async function proposalFigures(db: Db, countyCode: string, year: number): Promise<ProposalFigures> {
  const rows = await db
    .selectFrom('proposals')
    .where('county_code', '=', countyCode)
    .where('year', '=', year)
    .groupBy(['status', 'outcome', 'rating', 'first_rating'])
    .select(['status', 'outcome', 'rating', 'first_rating', sql<string>`count(*)`.as('n')])
    .execute()
  const zero = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
  const out: ProposalFigures = {
    year,
    total: 0,
    byStatus: zero(PROPOSAL_STATUSES),
    byOutcome: zero(OUTCOMES),
    ratings: zero(RATINGS),
    rehandled: 0,
  }
  for (const r of rows) {
    const n = Number(r.n)
    out.total += n
    out.byStatus[r.status] += n
    if (r.outcome) out.byOutcome[r.outcome] += n
    if (r.rating && r.status === 'closed') out.ratings[r.rating] += n
    if (r.first_rating === 'dissatisfied' && r.status !== 'answered') out.rehandled += n
  }
  return out
}
