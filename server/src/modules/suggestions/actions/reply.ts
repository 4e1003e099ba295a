import { Type } from 'typebox'
import { OutcomeSchema } from '../schema.ts'
import { actionBody } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toManager } from './messages.ts'

/** 答复: the lead unit's answer with its outcome class A–D, for the manager to review. */
export const body = actionBody({
  answer: Type.String({ minLength: 1, maxLength: 4000 }),
  outcome: OutcomeSchema,
})

export const handler: SuggestionHandler = ({ subject: { item }, input, now, countyCode }) => {
  const answer = input.answer?.trim()
  if (!answer) throw required('answer', '请填写答复内容', 'answer is required')
  if (!input.outcome)
    throw required('outcome', '请选择办理结果类别（A/B/C/D）', 'outcome (A/B/C/D) is required')
  return {
    set: {
      answer,
      outcome: input.outcome,
      replied_at: now,
      extension_requested_days: null,
      extension_reason: null,
    },
    detail: { outcome: input.outcome },
    messages: [
      toManager(item, countyCode, 'suggestion.replied', {
        zh: `待审核答复 ${item.tracking_code}`,
        en: `Reply to review ${item.tracking_code}`,
      }),
    ],
  }
}
