import { actionBody, Note } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toUnit } from './messages.ts'

/** 退回重办: the manager sends the reply back to the unit, saying why. */
export const body = actionBody({ note: Note })

export const handler: SuggestionHandler = ({ subject: { item }, note }) => {
  if (!note) throw required('note', '请说明退回理由', 'Explain why in note')
  return {
    messages: item.lead_unit_id
      ? [
          toUnit(item, item.lead_unit_id, 'suggestion.sent_back', {
            zh: `答复被退回重办 ${item.tracking_code}`,
            en: `Reply sent back ${item.tracking_code}`,
          }),
        ]
      : [],
  }
}
