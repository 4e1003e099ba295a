import { TierSchema } from '../schema.ts'
import { actionBody } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toCitizen, toRegion } from './messages.ts'

/** 流转: to the town, the county, or a formal deputy proposal (a same-day step; the citizen is told once). */
export const body = actionBody({ tier: TierSchema })

export const handler: SuggestionHandler = ({ subject: { item }, input, now, countyCode }) => {
  if (!input.tier) throw required('tier', '请选择流转层级', 'tier is required')
  if (input.tier === 'town' && !item.town_code)
    throw required('tier', '该事项不属于任何镇(街道)', 'The item belongs to no town')
  const messages = [
    toRegion(item, input.tier === 'town' ? item.town_code! : countyCode, 'suggestion.routed', {
      zh: `待交办 ${item.tracking_code}`,
      en: `To assign ${item.tracking_code}`,
    }),
  ]
  if (item.contact_phone_enc && !item.acknowledged_at) {
    messages.push(
      toCitizen(
        item,
        'citizen.routed',
        '意见建议已受理',
        `您的意见建议（${item.tracking_code}）已受理并流转办理。`,
      ),
    )
  }
  return {
    set: { tier: input.tier, routed_at: now, acknowledged_at: item.acknowledged_at ?? now },
    detail: { tier: input.tier },
    messages,
  }
}
