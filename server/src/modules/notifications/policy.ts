import { type Expression, type SqlBool, sql } from 'kysely'
import type { Role } from '../../db/types.ts'
import type { Principal, RoleGrant } from '../../platform/access.ts'

/**
 * The in-app inbox (站内消息). In-app notifications are addressed to a user, a unit (its staff share them) or a
 * region (the town or county congress staff managing it share them); a caller sees the union over their grants.
 * A unit's or region's message is one row shared by its staff; each reader has their own read state
 * (notification_reads).
 * Webhook rows (SMS, robots) are not part of the inbox. Any signed-in account has its own inbox, with or without
 * a role; someone else's message is "not found", so its existence does not leak.
 */

type SharedInbox = { type: 'unit' | 'region'; id: string | null }

/** The inboxes each role's grant shares, besides the account's own. */
const SHARED_INBOXES: Record<Role, (grant: RoleGrant, countyCode: string) => SharedInbox[]> = {
  county_admin: (g, countyCode) => [
    { type: 'region', id: g.regionCode },
    { type: 'region', id: countyCode },
  ],
  town_staff: (g) => [{ type: 'region', id: g.regionCode }],
  station_staff: () => [],
  deputy: () => [],
  unit_staff: (g) => [{ type: 'unit', id: g.unitId }],
  integrity_liaison: () => [],
}

/** The caller's inbox as one SQL condition on the notifications alias `n`. */
export function addressedTo(principal: Principal, countyCode: string): Expression<SqlBool> {
  const units = new Set<string>()
  const regions = new Set<string>()
  for (const g of principal.grants) {
    for (const inbox of SHARED_INBOXES[g.role](g, countyCode)) {
      if (inbox.id) (inbox.type === 'unit' ? units : regions).add(inbox.id)
    }
  }
  const parts: Expression<SqlBool>[] = [
    sql<SqlBool>`(n.recipient_type = 'user' AND n.recipient_id = ${principal.userId})`,
  ]
  if (units.size)
    parts.push(sql<SqlBool>`(n.recipient_type = 'unit' AND n.recipient_id IN (${sql.join([...units])}))`)
  if (regions.size)
    parts.push(sql<SqlBool>`(n.recipient_type = 'region' AND n.recipient_id IN (${sql.join([...regions])}))`)
  return sql<SqlBool>`(n.channel = 'in_app' AND (${sql.join(parts, sql` OR `)}))`
}
