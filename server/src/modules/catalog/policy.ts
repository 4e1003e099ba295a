import { sql } from 'kysely'
import type { EntityPolicy } from '../../platform/policy.ts'

/**
 * Anyone reads the offered categories (the citizen's form lists them); the county's administrators see every
 * category, retired ones too, and create, rename, reorder, retire and restore them.
 */
export const categoryPolicy: EntityPolicy<unknown, 'administrator', 'read' | 'update'> = {
  entity: { zh: '意见类别', en: 'category' },
  reach: 'county.admin',
  relations: () => new Set(['administrator']),
  scope: () => sql`true`,
  abilities: { read: ['administrator'], update: ['administrator'] },
}
