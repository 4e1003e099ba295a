import { sql } from 'kysely'
import type { EntityPolicy } from '../../platform/policy.ts'

/**
 * Handling units are listed county-wide to every reference reader: any of them may be the addressee of a routed
 * item, so town staff must see county departments too. The platform types (一室四平台) are read the same way.
 */
export const unitPolicy: EntityPolicy<unknown, 'reader', 'read'> = {
  entity: { zh: '承办单位', en: 'unit' },
  reach: 'reference.read',
  relations: () => new Set(['reader']),
  scope: () => sql`true`,
  abilities: { read: ['reader'] },
}
