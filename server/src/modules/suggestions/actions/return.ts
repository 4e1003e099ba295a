import { actionBody, Note } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toManager } from './messages.ts'

/** 退单: the lead unit says the item is not theirs; re-assignment is a same-day step again, from now. */
export const body = actionBody({ note: Note })

export const handler: SuggestionHandler = async ({ subject: { item }, note, now, ports, countyCode }) => {
  if (!note) throw required('note', '请说明退单理由', 'Explain why in note')
  await ports.setUnits(item.id, [], now)
  return {
    set: { lead_unit_id: null, due_at: null, same_day_due_at: ports.calendar.sameDayDeadline(now) },
    detail: { unitId: item.lead_unit_id },
    messages: [
      toManager(item, countyCode, 'suggestion.returned', {
        zh: `承办单位退单 ${item.tracking_code}`,
        en: `Returned by the unit ${item.tracking_code}`,
      }),
    ],
  }
}
