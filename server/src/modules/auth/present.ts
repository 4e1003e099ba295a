import { type Principal, roleLabels } from '../../platform/access.ts'
import { capabilitiesOf } from '../../platform/roles.ts'

/** The signed-in account, its grants with their scopes' names, and what the console may offer it. */
export function presentMe(principal: Principal, scopeNames: string[], totpEnabled: boolean) {
  return {
    id: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    deputyId: principal.deputyId,
    roles: principal.grants.map((g, i) => ({
      role: g.role,
      roleName: roleLabels[g.role].zh,
      regionCode: g.regionCode,
      venueId: g.venueId,
      unitId: g.unitId,
      scopeName: scopeNames[i] ?? '',
    })),
    csrfToken: principal.csrfToken,
    mfaPending: principal.mfaPending,
    passwordMustChange: principal.passwordMustChange,
    // A session that must enrol a second factor or replace a temporary password may do nothing else yet.
    capabilities: principal.mfaPending || principal.passwordMustChange ? [] : capabilitiesOf(principal),
    totpEnabled,
  }
}
