import { Type } from 'typebox'
import { OutcomeSchema } from '../schema.ts'
import { actionBody } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toCitizen } from './messages.ts'

/** 当场答复: the deputy or staff answer at once (outcome A unless said otherwise). */
export const body = actionBody({
  answer: Type.String({ minLength: 1, maxLength: 4000 }),
  outcome: Type.Optional(OutcomeSchema),
})

export const handler: SuggestionHandler = ({ subject: { item }, input, now }) => {
  const answer = input.answer?.trim()
  if (!answer) throw required('answer', '请填写答复内容', 'answer is required')
  const outcome = input.outcome ?? 'A'
  return {
    set: { answer, outcome, feedback_at: now, acknowledged_at: item.acknowledged_at ?? now },
    detail: { outcome },
    messages: item.contact_phone_enc
      ? [
          toCitizen(
            item,
            'citizen.answered',
            '意见建议已答复',
            `您的意见建议（${item.tracking_code}）已当场答复，欢迎评价。`,
          ),
        ]
      : [],
  }
}
