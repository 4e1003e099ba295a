import { type Expression, type SqlBool, sql } from 'kysely'
import type { Principal } from '../../platform/access.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import { regionRelations, regionScope, regionWithin } from '../../platform/scope.ts'

/**
 * Who may do what with a project site (点位):
 * - reader: the directory's readers of the site's region subtree, the staff of its responsible unit, its lead
 *   deputies;
 * - lead: the site's lead deputies (领办代表), who file its monthly reports;
 * - keeper: county and town congress staff of its region (`reference.edit`), who place and plan sites, verify
 *   and cross them off (销号), reopen and correct them.
 */
export type SiteRelation = 'reader' | 'lead' | 'keeper'

export interface Placed {
  region_path: string
  unit_id: string | null
  deputy_ids: readonly string[]
}

function relationsTo(principal: Principal, row: Placed): ReadonlySet<SiteRelation> {
  const held = new Set<SiteRelation>(
    regionRelations<'reader' | 'keeper'>(principal, row.region_path, {
      reader: 'directory.browse',
      keeper: 'reference.edit',
    }),
  )
  if (row.unit_id && principal.grants.some((g) => g.role === 'unit_staff' && g.unitId === row.unit_id))
    held.add('reader')
  const leads = principal.deputyId !== null && row.deputy_ids.includes(principal.deputyId)
  if (leads && principal.grants.some((g) => g.role === 'deputy')) held.add('lead')
  if (held.size > 0) held.add('reader')
  return held
}

type SiteAction = 'read' | 'edit' | 'report' | 'verify'
export const sitePolicy: EntityPolicy<Placed, SiteRelation, SiteAction> = {
  entity: { zh: '项目点位', en: 'project site' },
  reach: 'projects.read',
  relations: relationsTo,
  scope(principal, alias) {
    const parts: Expression<SqlBool>[] = [regionScope(principal, 'directory.browse', `${alias}.region_code`)]
    const units = principal.grants.filter((g) => g.role === 'unit_staff' && g.unitId).map((g) => g.unitId!)
    if (units.length) parts.push(sql<SqlBool>`${sql.ref(`${alias}.unit_id`)} IN (${sql.join(units)})`)
    if (principal.deputyId)
      parts.push(
        sql<SqlBool>`EXISTS (SELECT 1 FROM site_deputies sd WHERE sd.site_id = ${sql.ref(`${alias}.id`)} AND sd.deputy_id = ${principal.deputyId})`,
      )
    return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`
  },
  abilities: { read: ['reader'], edit: ['keeper'], report: ['lead'], verify: ['keeper'] },
}

/** Placing and planning sites, crossing them off: county and town congress staff. */
export const keeping = { reach: 'projects.manage' } as const

/** A year's projects: the county's congress staff. */
export const planning = { reach: 'projects.plan' } as const

/** A year's projects are the county's: its congress staff (a county-wide `reference.edit`). */
export function keepsCountyProjects(principal: Principal, countyPath: string): boolean {
  return regionWithin(principal, 'reference.edit', countyPath)
}
