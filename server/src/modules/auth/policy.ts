import type { RoleGrant } from '../../platform/access.ts'
import { rolesOf } from '../../platform/roles.ts'

/**
 * Signing in and the account's own security settings concern the caller alone: any signed-in account may change
 * its password and second factor. The one rule by role: when the installation requires it (LIANXIN_REQUIRE_2FA),
 * the county's administrators must hold a second factor, enrolling before anything else and never turning it off.
 */
export function secondFactorRequired(grants: readonly RoleGrant[], require2fa: boolean): boolean {
  const administrators = rolesOf('county.admin')
  return require2fa && grants.some((g) => administrators.includes(g.role))
}
