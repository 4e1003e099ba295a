import type { Role } from '../db/types.ts'
import type { Principal } from './access.ts'

/**
 * The named role sets, declared once. Every route guard, policy and the console's menu use these names (the
 * console receives them as `capabilities` with the signed-in user), so who may do what is written in one
 * place. A set answers "which roles may reach this kind of thing at all"; the entity's policy then decides,
 * row by row, what the caller is to a record (see platform/policy.ts).
 */
export const ROLE_SETS = {
  /** Take part in the closed loop: the queue, the detail, the actions their relation allows. */
  'suggestions.work': ['county_admin', 'town_staff', 'station_staff', 'deputy', 'unit_staff'],
  /** Record a citizen's opinion on their behalf (station reception, rounds, grid, mediation). */
  'suggestions.intake': ['county_admin', 'town_staff', 'station_staff', 'deputy'],
  /** Assign several routed items at once. */
  'suggestions.bulk_assign': ['county_admin', 'town_staff'],
  /** Review a consenting item for personal data and publish it with its answer (办理结果公开): its managers. */
  'suggestions.publish': ['county_admin', 'town_staff'],
  /** See the contact of a citizen one takes items in from, in clear (each reveal audited). */
  'contact.reveal': ['county_admin', 'town_staff', 'station_staff'],
  /** See a deputy's phone in clear, within one's region subtree (each reveal audited). */
  'deputy.contact': ['county_admin', 'town_staff'],
  /** Read the reference data: regions, grids, venues, deputies, groups, units. */
  'reference.read': ['county_admin', 'town_staff', 'station_staff', 'deputy', 'unit_staff'],
  /** The directory pages of the console (deputies, venues, groups). */
  'directory.browse': ['county_admin', 'town_staff', 'station_staff', 'deputy'],
  /** Change venues and grids, import spreadsheets, within one's region subtree. */
  'reference.edit': ['county_admin', 'town_staff'],
  /** Read the handling units. */
  'units.read': ['county_admin', 'town_staff', 'unit_staff'],
  /** Keep a venue's duty schedule (排班): county and town staff within their region, station staff at their venue. */
  'duty.edit': ['county_admin', 'town_staff', 'station_staff'],
  /** Record receptions and mobile rounds (接待记录 · 流动巡诊): staff in their region or venue, deputies their own. */
  'receptions.record': ['county_admin', 'town_staff', 'station_staff', 'deputy'],
  /** Deputies' records (履职档案): a deputy reads their own, county and town staff those of their region subtrees. */
  'records.read': ['county_admin', 'town_staff', 'deputy'],
  /** The records' list and export, and entries made by hand for any deputy: county and town staff. */
  'records.keep': ['county_admin', 'town_staff'],
  /**
   * Livelihood-project sites (领办督): staff of the region, the responsible unit's staff and the lead deputies
   * read them; a lead deputy reports on their own sites.
   */
  'projects.read': ['county_admin', 'town_staff', 'station_staff', 'deputy', 'unit_staff'],
  /** A year's projects (民生实事项目) are the county's: its congress staff add and rename them. */
  'projects.plan': ['county_admin'],
  /** Projects and sites placed and planned, verified and crossed off (销号): county and town congress staff. */
  'projects.manage': ['county_admin', 'town_staff'],
  /**
   * Deputies' proposals (代表建议): the lead deputy and co-signers, the county congress office, the units
   * assigned, and town staff for their deputies read them.
   */
  'proposals.read': ['county_admin', 'town_staff', 'deputy', 'unit_staff'],
  /** Draft a proposal from one's items, invite co-signers, submit it: deputies. */
  'proposals.draft': ['deputy'],
  /** Register (立案交办) or decline a submitted proposal: the county congress office (常委会办公室). */
  'proposals.register': ['county_admin'],
  /** Contact the deputy and answer a proposal assigned to one's unit. */
  'proposals.handle': ['unit_staff'],
  /** Accounts, calendar, time limits, the audit log, deputy import: the county's administrators. */
  'county.admin': ['county_admin'],
  /** Partner systems and their API keys (issue, list, revoke): the county's administrators. */
  'partners.admin': ['county_admin'],
  /** The integrity-monitoring module (廉情督). */
  'integrity.work': ['integrity_liaison'],
  /** Anyone signed in with a role. */
  'any.role': ['county_admin', 'town_staff', 'station_staff', 'deputy', 'unit_staff', 'integrity_liaison'],
} as const satisfies Record<string, readonly Role[]>

export type Capability = keyof typeof ROLE_SETS
export const CAPABILITIES = Object.keys(ROLE_SETS) as Capability[]

/** The roles of a named set, as a mutable list for the guards that take one. */
export const rolesOf = (capability: Capability): Role[] => [...ROLE_SETS[capability]]

export function holds(principal: Principal, capability: Capability): boolean {
  const roles: readonly Role[] = ROLE_SETS[capability]
  return principal.grants.some((g) => roles.includes(g.role))
}

/** The capabilities the principal holds, sent to the console so that it shows what the server allows. */
export function capabilitiesOf(principal: Principal): Capability[] {
  return CAPABILITIES.filter((c) => holds(principal, c))
}
