import { type Expression, type SqlBool, sql } from 'kysely'
import type { Role } from '../../db/types.ts'
import type { Principal, RoleGrant } from '../../platform/access.ts'

/**
 * The in-app inbox (站内消息). In-app notifications are addressed to a user, a unit (its staff share them), a
 * region (the town or county congress staff managing it share them), a venue (its station staff share them) or a
 * deputy (items addressed to the deputy); a caller sees the union over their grants.
 * A shared message is one row; each reader has their own read state (notification_reads). A message about a
 * record that has moved on since is marked done (notify.ts, markMovedOn) and no longer counts as unread.
 * Webhook rows (SMS, robots) are not part of the inbox. Any signed-in account has its own inbox, with or without
 * a role; someone else's message is "not found", so its existence does not leak.
 */

type SharedInbox = { type: 'unit' | 'region' | 'venue' | 'deputy'; id: string | null }

/** The inboxes each role's grant shares, besides the account's own. */
const SHARED_INBOXES: Record<
  Role,
  (grant: RoleGrant, countyCode: string, principal: Principal) => SharedInbox[]
> = {
  county_admin: (g, countyCode) => [
    { type: 'region', id: g.regionCode },
    { type: 'region', id: countyCode },
  ],
  town_staff: (g) => [{ type: 'region', id: g.regionCode }],
  station_staff: (g) => [{ type: 'venue', id: g.venueId }],
  deputy: (_g, _county, p) => [{ type: 'deputy', id: p.deputyId }],
  unit_staff: (g) => [{ type: 'unit', id: g.unitId }],
  integrity_liaison: () => [],
}

/** The caller's inbox as one SQL condition on the notifications alias `n`. */
export function addressedTo(principal: Principal, countyCode: string): Expression<SqlBool> {
  const shared: Record<SharedInbox['type'], Set<string>> = {
    unit: new Set(),
    region: new Set(),
    venue: new Set(),
    deputy: new Set(),
  }
  for (const g of principal.grants) {
    for (const inbox of SHARED_INBOXES[g.role](g, countyCode, principal)) {
      if (inbox.id) shared[inbox.type].add(inbox.id)
    }
  }
  const parts: Expression<SqlBool>[] = [
    sql<SqlBool>`(n.recipient_type = 'user' AND n.recipient_id = ${principal.userId})`,
  ]
  for (const [type, ids] of Object.entries(shared)) {
    if (ids.size)
      parts.push(sql<SqlBool>`(n.recipient_type = ${type} AND n.recipient_id IN (${sql.join([...ids])}))`)
  }
  return sql<SqlBool>`(n.channel = 'in_app' AND (${sql.join(parts, sql` OR `)}))`
}
