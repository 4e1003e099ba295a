import { type Expression, type SqlBool, sql } from 'kysely'
import { ROLES as ALL_ROLES } from '../db/enums.ts'
import type { Role } from '../db/types.ts'
import { AppError, forbidden, notFound, unauthenticated } from './errors.ts'

/**
 * The one access layer every module uses. A principal carries role grants, each with a scope:
 * a region subtree (county admin, town staff), a venue (station staff), a unit (unit staff) or the
 * deputy's own person. Reading outside one's scope answers 404; lacking the role answers 403.
 */
export interface RoleGrant {
  role: Role
  regionCode: string | null
  /** Path of the scope region ("county/town/..."), resolved at sign-in. */
  regionPath: string | null
  venueId: string | null
  unitId: string | null
}

export interface Principal {
  userId: string
  username: string
  displayName: string
  deputyId: string | null
  grants: RoleGrant[]
  sessionId: string
  csrfToken: string
  mfaPending: boolean
  /** The account holds a temporary password an administrator issued: it must set its own before anything else. */
  passwordMustChange: boolean
}

/** Every role, labelled in both languages; the table is exhaustive, so a new role cannot go unlabelled. */
export const roleLabels: Record<Role, { zh: string; en: string }> = {
  county_admin: { zh: '县人大常委会', en: 'County congress staff' },
  town_staff: { zh: '镇(街道)人大', en: 'Town congress staff' },
  station_staff: { zh: '联络站联络员', en: 'Liaison station staff' },
  deputy: { zh: '人大代表', en: 'Deputy' },
  unit_staff: { zh: '承办单位', en: 'Handling unit' },
  integrity_liaison: { zh: '纪委监委联络员', en: 'Integrity liaison' },
}

/** The roles, in the order of the label table (who may do what is in platform/roles.ts, by named sets). */
export const ROLES: readonly Role[] = ALL_ROLES

/**
 * What each role's grant is scoped to: a region (the county, or a town for town staff), a venue (station staff),
 * a unit (unit staff) or, for a deputy, the deputy the account belongs to.
 */
export type GrantScope = 'county' | 'town' | 'venue' | 'unit' | 'deputy'
export const grantScopeOf: Record<Role, GrantScope> = {
  county_admin: 'county',
  town_staff: 'town',
  station_staff: 'venue',
  deputy: 'deputy',
  unit_staff: 'unit',
  integrity_liaison: 'county',
}

/** Anything carrying the resolved caller: a Fastify request. */
export interface Caller {
  principal: Principal | null
  sessionExpired?: boolean
}

export function requirePrincipal(caller: Caller): Principal {
  const principal = caller.principal
  if (!principal) {
    if (caller.sessionExpired) {
      throw new AppError('session_expired', {
        zh: '登录已超时，请重新登录',
        en: 'Your session has expired; please sign in again',
      })
    }
    throw unauthenticated()
  }
  if (principal.mfaPending) {
    throw new AppError('totp_required', {
      zh: '请先完成两步验证设置',
      en: 'Two-factor authentication must be set up first',
    })
  }
  if (principal.passwordMustChange) {
    throw new AppError(
      'password_change_required',
      {
        zh: '请先修改管理员发放的临时密码',
        en: 'Change the temporary password an administrator issued first',
      },
      'password',
    )
  }
  return principal
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.grants.some((g) => roles.includes(g.role))
}

/** 401 when anonymous, 403 when the caller holds none of the roles. */
export function requireRole(caller: Caller, ...roles: Role[]): Principal {
  const p = requirePrincipal(caller)
  if (!hasRole(p, ...roles)) throw forbidden()
  return p
}

/** Region paths the principal may see among grants of the given roles. */
export function regionPaths(principal: Principal, roles: Role[]): string[] {
  return principal.grants.filter((g) => roles.includes(g.role) && g.regionPath).map((g) => g.regionPath!)
}

export function pathWithin(path: string, scopePaths: string[]): boolean {
  return scopePaths.some((scope) => path === scope || path.startsWith(`${scope}/`))
}

/**
 * Kysely filter: the row's region (column holding a region code) lies in one of the principal's subtrees.
 * Used by every list query so that scope is applied in SQL, not after the fact.
 */
export function regionCodeInScope(column: string, scopePaths: string[]): Expression<SqlBool> {
  if (scopePaths.length === 0) return sql<SqlBool>`false`
  const conditions = scopePaths.map((p) => sql`(r_scope.path = ${p} OR r_scope.path LIKE ${`${p}/%`})`)
  return sql<SqlBool>`${sql.ref(column)} IN (SELECT r_scope.code FROM regions r_scope WHERE ${sql.join(conditions, sql` OR `)})`
}

/** Throws 404 unless the record's region path lies in the scope; use after loading a single record. */
export function assertRegionInScope(
  regionPath: string | null | undefined,
  scopePaths: string[],
  what?: { zh: string; en: string },
): void {
  if (!regionPath || !pathWithin(regionPath, scopePaths)) throw notFound(what)
}
