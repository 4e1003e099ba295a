import { sql } from 'kysely'
import type { EntityPolicy } from '../../platform/policy.ts'
import { holds } from '../../platform/roles.ts'

type SettingRelation = 'reader' | 'editor'

/**
 * The working-day calendar and the time limits: anyone signed in with a role reads them (deadlines depend on
 * them); the county's administrators change them.
 */
function settingPolicy(entity: {
  zh: string
  en: string
}): EntityPolicy<unknown, SettingRelation, 'read' | 'edit'> {
  return {
    entity,
    reach: 'any.role',
    relations: (principal) =>
      new Set<SettingRelation>(holds(principal, 'county.admin') ? ['reader', 'editor'] : ['reader']),
    scope: () => sql`true`,
    abilities: { read: ['reader'], edit: ['editor'] },
  }
}

export const calendarPolicy = settingPolicy({ zh: '工作日历', en: 'calendar' })
export const timeLimitPolicy = settingPolicy({ zh: '办理时限', en: 'time limits' })
