import { type Expression, type SqlBool, sql } from 'kysely'
import type { Principal } from '../../platform/access.ts'
import { type EntityPolicy, may } from '../../platform/policy.ts'
import { holds } from '../../platform/roles.ts'
import type { LoadedItem } from './repo/items.ts'
import { type Action, ATTACH_STATES, type Relation, TRANSITIONS } from './workflow.ts'

/**
 * Who may do what with a suggestion. Relations come from the caller's grants (see docs/domain.md "Actors"):
 * - county staff: intake and manager of every item of the county;
 * - town staff of the item's town: intake, and manager of town-tier (and not yet routed) items;
 * - station staff of the item's venue, and the deputy it is addressed to: intake and follower;
 * - staff of a unit handling it now: lead_unit or co_unit.
 * Citizens (tracking code + token) and the timer sweeps are given their relation by their routes.
 */
export type SuggestionAbility = Action | 'reveal_contact' | 'attach'

const abilities: Record<SuggestionAbility, readonly Relation[]> = {
  ...(Object.fromEntries(Object.entries(TRANSITIONS).map(([a, t]) => [a, t.by])) as Record<
    Action,
    readonly Relation[]
  >),
  // Contact in clear: intake staff only, and only roles of the contact.reveal set (not deputies).
  reveal_contact: ['intake'],
  // Photos with the reply: the lead unit while handling, the manager until the answer is sent.
  attach: ['lead_unit', 'manager'],
}

/** What relations depend on: the item's place and tier, and the units handling it now. */
export interface RelatedItem {
  item: Pick<LoadedItem['item'], 'town_code' | 'tier' | 'venue_id' | 'deputy_id'>
  units: readonly LoadedItem['units'][number][]
}

export function relationsOf(principal: Principal | null, { item, units }: RelatedItem): Set<Relation> {
  const relations = new Set<Relation>()
  if (!principal) return relations
  for (const g of principal.grants) {
    switch (g.role) {
      case 'county_admin':
        relations.add('intake')
        relations.add('manager')
        break
      case 'town_staff':
        if (g.regionCode && g.regionCode === item.town_code) {
          relations.add('intake')
          if (item.tier === null || item.tier === 'town') relations.add('manager')
        }
        break
      case 'station_staff':
        if (g.venueId && g.venueId === item.venue_id) {
          relations.add('intake')
          relations.add('follower')
        }
        break
      case 'deputy':
        if (principal.deputyId && principal.deputyId === item.deputy_id) {
          relations.add('intake')
          relations.add('follower')
        }
        break
      case 'unit_staff':
        for (const u of units) {
          if (u.unit_id === g.unitId) relations.add(u.role === 'lead' ? 'lead_unit' : 'co_unit')
        }
        break
      default:
        break
    }
  }
  return relations
}

/** The items a principal may see, as one SQL condition on the given alias (the union of their grants). */
export function visibleTo(principal: Principal, alias = 's'): Expression<SqlBool> {
  const col = (c: string) => sql.ref(`${alias}.${c}`)
  const parts: Expression<SqlBool>[] = []
  for (const g of principal.grants) {
    if (g.role === 'county_admin') parts.push(sql<SqlBool>`${col('county_code')} = ${g.regionCode}`)
    if (g.role === 'town_staff' && g.regionCode)
      parts.push(sql<SqlBool>`${col('town_code')} = ${g.regionCode}`)
    if (g.role === 'station_staff' && g.venueId) parts.push(sql<SqlBool>`${col('venue_id')} = ${g.venueId}`)
    if (g.role === 'deputy' && principal.deputyId)
      parts.push(sql<SqlBool>`${col('deputy_id')} = ${principal.deputyId}`)
    if (g.role === 'unit_staff' && g.unitId) {
      parts.push(
        sql<SqlBool>`EXISTS (SELECT 1 FROM suggestion_units su WHERE su.suggestion_id = ${col('id')} AND su.unit_id = ${g.unitId} AND su.active)`,
      )
    }
  }
  if (parts.length === 0) return sql<SqlBool>`false`
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`
}

export const suggestionPolicy: EntityPolicy<LoadedItem, Relation, SuggestionAbility> = {
  entity: { zh: '意见建议', en: 'suggestion' },
  reach: 'suggestions.work',
  relations: relationsOf,
  scope: visibleTo,
  abilities,
}

/** Recording an opinion on a citizen's behalf, and assigning several routed items at once: by role set. */
export const INTAKE = { reach: 'suggestions.intake' } as const
export const BULK_ASSIGN = { reach: 'suggestions.bulk_assign' } as const

/** Whether the caller may see the citizen's contact in clear (and so is offered the reveal). */
export function mayRevealContact(principal: Principal, relations: ReadonlySet<Relation>): boolean {
  return holds(principal, 'contact.reveal') && may(suggestionPolicy, relations, 'reveal_contact')
}

/**
 * Whether the caller may attach a photo to the reply now: the lead unit once it has signed and while handling,
 * the manager while the reply is being handled, reviewed or not yet sent. Null when the state is the obstacle
 * (409), false when the caller's relation is (403).
 */
export function mayAttach(item: LoadedItem['item'], relations: ReadonlySet<Relation>): boolean | null {
  if (!may(suggestionPolicy, relations, 'attach')) return false
  const inState = (r: 'lead_unit' | 'manager') => relations.has(r) && ATTACH_STATES[r].includes(item.status)
  return inState('lead_unit') || inState('manager') ? true : null
}
