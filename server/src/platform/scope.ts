import { sql } from 'kysely'
import type { Role } from '../db/types.ts'
import { type Caller, type Principal, regionPaths, requireRole } from './access.ts'

/** Roles that work with the reference data (regions, venues, deputies, groups, units). */
export const REFERENCE_READERS: Role[] = [
  'county_admin',
  'town_staff',
  'station_staff',
  'deputy',
  'unit_staff',
]
/** Roles that may change venues and grids within their region subtree. */
export const REFERENCE_EDITORS: Role[] = ['county_admin', 'town_staff']

export interface ReadScope {
  principal: Principal
  paths: string[]
}

export function referenceReadScope(caller: Caller): ReadScope {
  const principal = requireRole(caller, ...REFERENCE_READERS)
  return { principal, paths: regionPaths(principal, REFERENCE_READERS) }
}

/** SQL for "the town of a region": the region itself for a town, its parent for a village. */
export const townCodeOf = (alias: string) =>
  sql<
    string | null
  >`CASE WHEN ${sql.ref(`${alias}.level`)} = 'town' THEN ${sql.ref(`${alias}.code`)} WHEN ${sql.ref(`${alias}.level`)} = 'village' THEN ${sql.ref(`${alias}.parent_code`)} END`
