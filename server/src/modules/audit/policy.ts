import { sql } from 'kysely'
import type { EntityPolicy } from '../../platform/policy.ts'

/** The audit log is read by the county's administrators, all of it; nobody changes it (the table refuses). */
export const auditLogPolicy: EntityPolicy<unknown, 'auditor', 'read'> = {
  entity: { zh: '审计日志', en: 'audit log' },
  reach: 'county.admin',
  relations: () => new Set(['auditor']),
  scope: () => sql`true`,
  abilities: { read: ['auditor'] },
}
