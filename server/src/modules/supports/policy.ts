import type { EntityPolicy } from '../../platform/policy.ts'
import { type Relation, relationsOf } from '../suggestions/index.ts'
import { type LoadedItem, visibleTo } from '../suggestions/repo.ts'

/**
 * Who sees what of support (附议): anyone may add theirs to a published open item and read its count (public
 * routes); staff read an item's count where they may read the item (the loop's own relations, so an item outside
 * one's scope is a 404); county admins set the threshold.
 */
export const supportPolicy: EntityPolicy<LoadedItem, Relation, 'read'> = {
  entity: { zh: '意见建议', en: 'suggestion' },
  reach: 'suggestions.work',
  relations: relationsOf,
  scope: visibleTo,
  abilities: { read: ['intake', 'manager', 'lead_unit', 'co_unit', 'follower'] },
}

/** The threshold: read by staff who work the queue, set by county admins (like the office hours). */
export const THRESHOLD_READ = { reach: 'suggestions.work' } as const
export const THRESHOLD_EDIT = { reach: 'county.admin' } as const
