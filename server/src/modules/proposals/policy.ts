import { type Expression, type SqlBool, sql } from 'kysely'
import { type Principal, pathWithin, regionCodeInScope, regionPaths } from '../../platform/access.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import type { ProposalRow } from './repo.ts'
import { PROPOSAL_TRANSITIONS, type ProposalAction, type ProposalRelation } from './workflow.ts'

/**
 * Who may do what with a proposal (the relations: workflow.ts). The office and the lead deputy's town staff see
 * a proposal once it has been submitted; a draft is its lead deputy's and invited co-signers' only.
 */
export type Related = Pick<
  ProposalRow,
  'status' | 'lead_deputy_id' | 'lead_region_path' | 'submitted_at' | 'cosigners' | 'units' | 'county_code'
>

export function relationsOf(principal: Principal, row: Related): ReadonlySet<ProposalRelation> {
  const held = new Set<ProposalRelation>()
  const roles = new Set(principal.grants.map((g) => g.role))
  const deputyId = roles.has('deputy') ? principal.deputyId : null
  if (deputyId) {
    if (row.lead_deputy_id === deputyId) held.add('lead')
    const mine = row.cosigners.find((c) => c.deputy_id === deputyId)
    if (mine && row.status !== 'draft') {
      held.add('reader')
      if (mine.status === 'invited') held.add('invitee')
      if (mine.status === 'signed') held.add('cosigner')
    }
  }
  if (row.submitted_at) {
    if (pathWithin(row.lead_region_path, regionPaths(principal, ['county_admin']))) held.add('office')
    if (pathWithin(row.lead_region_path, regionPaths(principal, ['town_staff']))) held.add('reader')
    for (const g of principal.grants) {
      if (g.role !== 'unit_staff' || !g.unitId) continue
      const unit = row.units.find((u) => u.unit_id === g.unitId)
      if (unit) held.add(unit.role === 'lead' ? 'lead_unit' : 'co_unit')
    }
  }
  if (held.size > 0) held.add('reader')
  return held
}

/** The SQL twin of relationsOf over the alias of `proposals` (the lead deputy joined as `d`). */
export function visibleTo(principal: Principal, alias: string): Expression<SqlBool> {
  const col = (c: string) => sql.ref(`${alias}.${c}`)
  const parts: Expression<SqlBool>[] = []
  const roles = new Set(principal.grants.map((g) => g.role))
  if (roles.has('deputy') && principal.deputyId) {
    parts.push(sql<SqlBool>`${col('lead_deputy_id')} = ${principal.deputyId}`)
    parts.push(
      sql<SqlBool>`(${col('status')} <> 'draft' AND EXISTS (SELECT 1 FROM proposal_cosigners pc WHERE pc.proposal_id = ${col('id')} AND pc.deputy_id = ${principal.deputyId}))`,
    )
  }
  const offices = regionPaths(principal, ['county_admin', 'town_staff'])
  if (offices.length)
    parts.push(
      sql<SqlBool>`(${col('submitted_at')} IS NOT NULL AND EXISTS (SELECT 1 FROM deputies dl WHERE dl.id = ${col('lead_deputy_id')} AND ${regionCodeInScope('dl.region_code', offices)}))`,
    )
  const units = principal.grants.filter((g) => g.role === 'unit_staff' && g.unitId).map((g) => g.unitId!)
  if (units.length)
    parts.push(
      sql<SqlBool>`(${col('submitted_at')} IS NOT NULL AND EXISTS (SELECT 1 FROM proposal_units pu WHERE pu.proposal_id = ${col('id')} AND pu.unit_id IN (${sql.join(units)})))`,
    )
  if (parts.length === 0) return sql<SqlBool>`false`
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`
}

export type ProposalAbility = ProposalAction | 'read' | 'edit'

export const proposalPolicy: EntityPolicy<Related, ProposalRelation, ProposalAbility> = {
  entity: { zh: '代表建议', en: 'deputy proposal' },
  reach: 'proposals.read',
  relations: relationsOf,
  scope: visibleTo,
  abilities: {
    read: ['reader'],
    edit: ['lead'],
    ...(Object.fromEntries(Object.entries(PROPOSAL_TRANSITIONS).map(([a, t]) => [a, t.by])) as Record<
      ProposalAction,
      readonly ProposalRelation[]
    >),
  },
}

/** Drafting: deputies. */
export const drafting = { reach: 'proposals.draft' } as const
