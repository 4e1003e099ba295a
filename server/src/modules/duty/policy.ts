import type { Principal } from '../../platform/access.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import { regionRelations, regionScope } from '../../platform/scope.ts'

/** `reception`: a reception record taking place in the slot (it marks the slot held). */
export type DutyRelation = 'reader' | 'editor' | 'reception'
type DutyAction = 'read' | 'edit'

/**
 * A duty rule or slot belongs to its venue. Those who browse the directory read the schedules of their region
 * subtrees (deputies their own town's too); county and town congress staff keep them there (`reference.edit`),
 * and station staff keep their own venue's. Writing first needs the `duty.edit` role set.
 */
export const dutyPolicy: EntityPolicy<{ region_path: string; venue_id: string }, DutyRelation, DutyAction> = {
  entity: { zh: '排班', en: 'duty schedule' },
  reach: 'directory.browse',
  relations: (principal, row) => {
    const held = new Set(
      regionRelations(principal, row.region_path, { reader: 'directory.browse', editor: 'reference.edit' }),
    )
    if (principal.grants.some((g) => g.role === 'station_staff' && g.venueId === row.venue_id)) {
      held.add('reader')
      held.add('editor')
    }
    if (held.has('editor')) held.add('reader')
    return held
  },
  scope: (principal, alias) => regionScope(principal, 'directory.browse', `${alias}.region_code`),
  abilities: { read: ['reader', 'editor'], edit: ['editor'] },
}

export const dutyEditing = { reach: 'duty.edit' } as const

/** Whether the principal may keep the schedule of a venue (by its region's path and id). */
export const mayKeepDuty = (principal: Principal, venue: { region_path: string; id: string }) =>
  dutyPolicy.relations(principal, { region_path: venue.region_path, venue_id: venue.id }).has('editor')
