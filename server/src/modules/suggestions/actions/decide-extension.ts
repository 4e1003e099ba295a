import { Type } from 'typebox'
import { conflict } from '../../../platform/errors.ts'
import { actionBody } from './body.ts'
import { required, type SuggestionHandler, type SuggestionSet } from './context.ts'
import { toUnit } from './messages.ts'

/** 审批延期: the manager approves (the deadline moves by the working days asked) or refuses. */
export const body = actionBody({ approve: Type.Boolean() })

export const handler: SuggestionHandler = ({ subject: { item }, input, ports }) => {
  if (!item.extension_requested_days) {
    throw conflict({ zh: '没有待审批的延期申请', en: 'No extension request is pending' })
  }
  if (input.approve === undefined) throw required('approve', '请选择批准或不批准', 'approve is required')
  const detail: Record<string, unknown> = { approved: input.approve, days: item.extension_requested_days }
  const set: SuggestionSet = { extension_requested_days: null, extension_reason: null }
  if (input.approve && item.due_at) {
    const due = ports.calendar.extend(new Date(item.due_at), item.extension_requested_days)
    set.due_at = due
    detail.dueAt = due.toISOString()
  }
  const verdict = input.approve ? '已批准' : '未批准'
  return {
    set,
    detail,
    messages: item.lead_unit_id
      ? [
          toUnit(item, item.lead_unit_id, 'suggestion.extension_decided', {
            zh: `延期申请${verdict} ${item.tracking_code}`,
            en: `Extension ${input.approve ? 'granted' : 'refused'} ${item.tracking_code}`,
          }),
        ]
      : [],
  }
}
