import { Type } from 'typebox'
import { conflict } from '../../../platform/errors.ts'
import { actionBody, Note } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toManager } from './messages.ts'

/** 申请延期: the lead unit asks for more working days (up to the limit), with a reason; one at a time. */
export const body = actionBody({ days: Type.Integer({ minimum: 1, maximum: 60 }), note: Note })

export const handler: SuggestionHandler = async ({ subject: { item }, input, note, ports, countyCode }) => {
  const limits = await ports.limits(item.tier, item.category_code)
  const max = limits.maxExtensionWorkingDays
  if (!input.days || input.days < 1 || input.days > max) {
    throw required('days', `延期天数应为 1–${max} 个工作日`, `days must be 1–${max} working days`)
  }
  if (!note) throw required('note', '请说明延期理由', 'Explain why in note')
  if (item.extension_requested_days) {
    throw conflict({ zh: '已有待审批的延期申请', en: 'An extension request is already pending' })
  }
  return {
    set: { extension_requested_days: input.days, extension_reason: note },
    detail: { days: input.days },
    messages: [
      toManager(item, countyCode, 'suggestion.extension_requested', {
        zh: `延期申请 ${item.tracking_code}`,
        en: `Extension requested ${item.tracking_code}`,
      }),
    ],
  }
}
