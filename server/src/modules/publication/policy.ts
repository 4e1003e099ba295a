import type { EntityPolicy } from '../../platform/policy.ts'
import { type Relation, relationsOf } from '../suggestions/index.ts'
import { type LoadedItem, visibleTo } from '../suggestions/repo.ts'

/**
 * Who may publish an item's question and answer (办理结果公开): its manager — county staff, or the town staff of
 * the item's town for a town-tier item (the loop's own relation, modules/suggestions/policy.ts). Those who take
 * items in at the town may see the review; anyone else is told the item does not exist.
 */
export type PublicationAction = 'read' | 'publish'

export const publicationPolicy: EntityPolicy<LoadedItem, Relation, PublicationAction> = {
  entity: { zh: '意见建议', en: 'suggestion' },
  reach: 'suggestions.publish',
  relations: relationsOf,
  scope: visibleTo,
  abilities: { read: ['intake', 'manager'], publish: ['manager'] },
}
