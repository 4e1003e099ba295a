import { roleLabels } from '../../platform/access.ts'
import type { GrantRow, UserRow } from './repo.ts'

export function presentGrant(r: GrantRow) {
  return {
    role: r.role,
    roleName: roleLabels[r.role].zh,
    regionCode: r.region_code,
    venueId: r.venue_id,
    unitId: r.unit_id,
    scopeName: r.venue_name ?? r.unit_name ?? r.region_name ?? '',
  }
}

/** Accounts with their grants; never a password hash or a second-factor secret. */
export function presentUsers(rows: UserRow[], grants: GrantRow[]) {
  const byUser = new Map<string, GrantRow[]>()
  for (const g of grants) byUser.set(g.user_id, [...(byUser.get(g.user_id) ?? []), g])
  return rows.map((r) => presentUser(r, byUser.get(r.id) ?? []))
}

function presentUser(r: UserRow, grants: GrantRow[]) {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    deputyId: r.deputy_id,
    active: r.active,
    locked: Boolean(r.locked_until && new Date(r.locked_until).getTime() > Date.now()),
    totpEnabled: r.totp_enabled,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
    passwordMustChange: r.password_must_change,
    roles: grants.map(presentGrant),
  }
}
