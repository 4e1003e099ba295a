import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'
import { toUnit } from './messages.ts'

/** 催办: a reminder to the lead unit (by the manager, the addressed deputy or the station). */
export const body = actionBody()

export const handler: SuggestionHandler = ({ subject: { item } }) => ({
  set: { urge_count: item.urge_count + 1 },
  messages: item.lead_unit_id
    ? [
        toUnit(item, item.lead_unit_id, 'suggestion.urged', {
          zh: `催办 ${item.tracking_code}`,
          en: `Urged ${item.tracking_code}`,
        }),
      ]
    : [],
})
