import { Type } from 'typebox'
import { REJECT_REASONS } from '../../../db/enums.ts'
import { actionBody, Note } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toCitizen } from './messages.ts'

/** 不予受理: not admissible (invalid) or not the congress's business (out of scope); the reason is required. */
export const body = actionBody({
  reason: Type.Enum(REJECT_REASONS.filter((r) => r !== 'duplicate')),
  note: Note,
})

export const handler: SuggestionHandler = ({ subject: { item }, input, note }) => {
  if (input.reason !== 'invalid' && input.reason !== 'out_of_scope') {
    throw required('reason', '请选择不予受理的原因', 'reason must be invalid or out_of_scope')
  }
  if (!note) throw required('note', '请说明不予受理的理由', 'Explain why in note')
  return {
    set: { reject_reason: input.reason },
    detail: { reason: input.reason },
    messages: item.contact_phone_enc
      ? [
          toCitizen(
            item,
            'citizen.rejected',
            '意见建议未予受理',
            `您的意见建议（${item.tracking_code}）未予受理：${note}`,
          ),
        ]
      : [],
  }
}
