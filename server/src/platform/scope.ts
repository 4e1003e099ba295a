import { type Expression, type SqlBool, sql } from 'kysely'
import { type Principal, pathWithin, regionCodeInScope, regionPaths } from './access.ts'
import { type Capability, rolesOf } from './roles.ts'

/**
 * Region subtrees for the policies (platform/policy.ts). Most reference data (grids, venues, deputies, groups)
 * belongs to a region; a caller is related to such a record when they hold a role of a named set
 * (platform/roles.ts) over a subtree containing the record's region.
 */

/** The region subtrees over which the principal holds a role of the named set. */
export function pathsOf(principal: Principal, capability: Capability): string[] {
  return regionPaths(principal, rolesOf(capability))
}

/** Whether the region (by its path) lies in a subtree where the principal holds a role of the named set. */
export function regionWithin(
  principal: Principal,
  capability: Capability,
  regionPath: string | null | undefined,
): boolean {
  return Boolean(regionPath) && pathWithin(regionPath!, pathsOf(principal, capability))
}

/**
 * The caller's relations to a record in a region: each relation whose role set the caller holds over a subtree
 * containing the record's region.
 */
export function regionRelations<R extends string>(
  principal: Principal,
  regionPath: string | null | undefined,
  relations: Readonly<Record<R, Capability>>,
): ReadonlySet<R> {
  const held = new Set<R>()
  for (const [relation, capability] of Object.entries(relations) as [R, Capability][]) {
    if (regionWithin(principal, capability, regionPath)) held.add(relation)
  }
  return held
}

/** SQL: the region in `column` lies in a subtree where the principal holds a role of the named set. */
export function regionScope(
  principal: Principal,
  capability: Capability,
  column: string,
): Expression<SqlBool> {
  return regionCodeInScope(column, pathsOf(principal, capability))
}

/** A list's scope as SQL over the alias the repository gives its main table. */
export type SqlScope = (alias: string) => Expression<SqlBool>

/** The scope of a policy for one principal, for a repository's list. */
export function scopeFor(
  policy: { scope(principal: Principal, alias: string): Expression<SqlBool> },
  principal: Principal,
): SqlScope {
  return (alias) => policy.scope(principal, alias)
}

/** No restriction: public lists, and reference data listed county-wide. */
export const everywhere: SqlScope = () => sql<SqlBool>`true`

/** SQL for "the town of a region": the region itself for a town, its parent for a village. */
export const townCodeOf = (alias: string) =>
  sql<
    string | null
  >`CASE WHEN ${sql.ref(`${alias}.level`)} = 'town' THEN ${sql.ref(`${alias}.code`)} WHEN ${sql.ref(`${alias}.level`)} = 'village' THEN ${sql.ref(`${alias}.parent_code`)} END`
