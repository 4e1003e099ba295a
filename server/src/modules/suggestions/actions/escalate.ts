import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'
import { toManager, toUnit } from './messages.ts'

/** 督办: formal escalation (by the manager, or the system some working days after the deadline). */
export const body = actionBody()

export const handler: SuggestionHandler = ({ subject: { item }, now, countyCode }) => ({
  set: { escalated_at: now },
  messages: [
    ...(item.lead_unit_id
      ? [
          toUnit(item, item.lead_unit_id, 'suggestion.escalated', {
            zh: `督办 ${item.tracking_code}`,
            en: `Escalated ${item.tracking_code}`,
          }),
        ]
      : []),
    toManager(item, countyCode, 'suggestion.escalated', {
      zh: `督办 ${item.tracking_code}`,
      en: `Escalated ${item.tracking_code}`,
    }),
  ],
})
