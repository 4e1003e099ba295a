import { Uuid } from '../../../platform/schemas.ts'
import { actionBody } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'

/** 并单: a duplicate follows its primary item (or the primary's own root) and gets its answer. */
export const body = actionBody({ primaryId: Uuid })

export const handler: SuggestionHandler = async ({ subject: { item }, input, ports, relationsTo }) => {
  if (!input.primaryId) throw required('primaryId', '请选择要并入的主件', 'primaryId is required')
  if (input.primaryId === item.id)
    throw required('primaryId', '不能并入自身', 'An item cannot be merged into itself')
  const primary = await ports.find(input.primaryId)
  if (!primary || relationsTo(primary).size === 0)
    throw required('primaryId', '主件不存在', 'Unknown primary item')
  const root = primary.item.merged_into_id ?? primary.item.id
  if (root === item.id) throw required('primaryId', '不能形成循环并单', 'That would merge in a circle')
  if (primary.item.status === 'rejected' && !primary.item.merged_into_id) {
    throw required('primaryId', '主件已不予受理', 'The primary item was rejected')
  }
  // Items merged into this one follow the new root too.
  await ports.remerge(item.id, root)
  return { set: { reject_reason: 'duplicate', merged_into_id: root }, detail: { primaryId: root } }
}
