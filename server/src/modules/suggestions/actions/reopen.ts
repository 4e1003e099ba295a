import { conflict, type Message } from '../../../platform/errors.ts'
import type { Limits, SuggestionRow } from '../repo/items.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toManager } from './messages.ts'

/**
 * Why a closed item cannot be reopened now, or null: once only, only with an answer, only within the rating
 * window after closing. The tracking page asks the same question to offer the button.
 */
export function reopenRefusal(item: SuggestionRow, limits: Limits, now: Date): Message | null {
  if (item.reopen_count >= 1)
    return { zh: '每件意见建议只能申请重办一次', en: 'An item can be reopened only once' }
  if (!item.answer) return { zh: '该事项没有可重办的答复', en: 'The item has no answer to reopen' }
  if (
    item.closed_at &&
    now.getTime() - new Date(item.closed_at).getTime() > limits.ratingWindowDays * 86_400_000
  ) {
    return {
      zh: `办结超过 ${limits.ratingWindowDays} 天后不能申请重办`,
      en: `Reopening is possible for ${limits.ratingWindowDays} days after closing`,
    }
  }
  return null
}

/** 申请重办: the dissatisfied citizen asks for the item to be handled again; a new handling cycle starts now. */
export const handler: SuggestionHandler = async ({ subject: { item }, note, now, ports, countyCode }) => {
  const limits = await ports.limits(item.tier, item.category_code)
  const refusal = reopenRefusal(item, limits, now)
  if (refusal) throw conflict(refusal)
  if (!note) throw required('note', '请说明不满意的原因', 'Say why you are not satisfied in note')
  await ports.setUnits(item.id, [], now)
  const tier = item.tier ?? (item.town_code ? 'town' : 'county')
  return {
    set: {
      reopen_count: item.reopen_count + 1,
      same_day_due_at: ports.calendar.sameDayDeadline(now),
      tier,
      routed_at: now,
      closed_at: null,
      feedback_at: null,
      reviewed_at: null,
      replied_at: null,
      lead_unit_id: null,
      due_at: null,
      rating: item.rating ?? 'dissatisfied',
    },
    messages: [
      toManager(item, countyCode, 'suggestion.reopened', {
        zh: `群众申请重办 ${item.tracking_code}`,
        en: `Reopened by the citizen ${item.tracking_code}`,
      }),
    ],
  }
}
