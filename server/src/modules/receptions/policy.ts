import { type Expression, type SqlBool, sql } from 'kysely'
import type { Principal } from '../../platform/access.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import { regionRelations, regionScope } from '../../platform/scope.ts'

/**
 * Who may do what with a round or a reception record. Both belong to a region (the round's town; the reception's
 * venue or stop) and, for station staff, to a venue:
 * - reader: the directory's readers of the region subtree, the deputies on the record, the venue's staff;
 * - planner (rounds): county and town congress staff of the region (`reference.edit`), the round's venue's staff;
 * - recorder: the planners, the deputies on the round or reception, and the staff of the reception's venue.
 */
export type ReceptionRelation = 'reader' | 'planner' | 'recorder'

export interface Placed {
  region_path: string
  venue_id: string | null
  deputy_ids: readonly string[]
}

function relationsTo(principal: Principal, row: Placed): ReadonlySet<ReceptionRelation> {
  const held = new Set<ReceptionRelation>(
    regionRelations<'reader' | 'planner'>(principal, row.region_path, {
      reader: 'directory.browse',
      planner: 'reference.edit',
    }),
  )
  if (held.has('planner')) held.add('recorder')
  const venueStaff = principal.grants.some((g) => g.role === 'station_staff' && g.venueId === row.venue_id)
  if (venueStaff && row.venue_id) {
    held.add('planner')
    held.add('recorder')
  }
  const onIt = principal.deputyId !== null && row.deputy_ids.includes(principal.deputyId)
  if (onIt && principal.grants.some((g) => g.role === 'deputy')) held.add('recorder')
  if (held.size > 0) held.add('reader')
  return held
}

/** The SQL twin of relationsTo for a list: region scope, one's venue, or a deputy on it (by `deputies` table). */
function scopeOf(
  principal: Principal,
  alias: string,
  regionColumn: string,
  deputiesTable: string,
  key: string,
) {
  const parts: Expression<SqlBool>[] = [
    regionScope(principal, 'directory.browse', `${alias}.${regionColumn}`),
  ]
  const venues = principal.grants
    .filter((g) => g.role === 'station_staff' && g.venueId)
    .map((g) => g.venueId!)
  if (venues.length) parts.push(sql<SqlBool>`${sql.ref(`${alias}.venue_id`)} IN (${sql.join(venues)})`)
  if (principal.deputyId)
    parts.push(
      sql<SqlBool>`EXISTS (SELECT 1 FROM ${sql.table(deputiesTable)} d WHERE d.${sql.ref(key)} = ${sql.ref(`${alias}.id`)} AND d.deputy_id = ${principal.deputyId})`,
    )
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`
}

type RoundAction = 'read' | 'plan' | 'record'
export const roundPolicy: EntityPolicy<Placed, ReceptionRelation, RoundAction> = {
  entity: { zh: '流动巡诊', en: 'mobile round' },
  reach: 'directory.browse',
  relations: relationsTo,
  scope: (principal, alias) => scopeOf(principal, alias, 'town_code', 'round_deputies', 'round_id'),
  abilities: { read: ['reader'], plan: ['planner'], record: ['recorder'] },
}

type ReceptionAction = 'read' | 'record'
export const receptionPolicy: EntityPolicy<Placed, ReceptionRelation, ReceptionAction> = {
  entity: { zh: '接待记录', en: 'reception record' },
  reach: 'directory.browse',
  relations: relationsTo,
  scope: (principal, alias) => scopeOf(principal, alias, 'region_code', 'reception_deputies', 'reception_id'),
  abilities: { read: ['reader'], record: ['recorder'] },
}

/** Recording first needs the role set (a unit's staff never record receptions). */
export const recording = { reach: 'receptions.record' } as const
/** Planning rounds: those who keep the duty schedule. */
export const planning = { reach: 'duty.edit' } as const
