import { sql } from 'kysely'
import type { EntityPolicy } from '../../platform/policy.ts'
import { regionRelations, regionScope } from '../../platform/scope.ts'

/** Regions are public geography: every reference reader reads all of them (citizens too, in the public module). */
export const regionPolicy: EntityPolicy<unknown, 'reader', 'read'> = {
  entity: { zh: '区划', en: 'region' },
  reach: 'reference.read',
  relations: () => new Set(['reader']),
  scope: () => sql`true`,
  abilities: { read: ['reader'] },
}

/** Grids belong to a village: readers see those in their region subtrees. */
export const gridPolicy: EntityPolicy<{ region_path: string }, 'reader', 'read'> = {
  entity: { zh: '网格', en: 'grid' },
  reach: 'reference.read',
  relations: (principal, row) => regionRelations(principal, row.region_path, { reader: 'reference.read' }),
  scope: (principal, alias) => regionScope(principal, 'reference.read', `${alias}.region_code`),
  abilities: { read: ['reader'] },
}
