import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'
import { toCitizen } from './messages.ts'

/** 反馈群众: the reviewed answer reaches the citizen, and every citizen whose item was merged into this one. */
export const body = actionBody()

export const handler: SuggestionHandler = async ({ subject: { item }, now, ports }) => {
  const followers = await ports.followers(item.id)
  const messages = [item, ...followers]
    .filter((target) => target.contact_phone_enc)
    .map((target) =>
      toCitizen(
        target,
        'citizen.answered',
        '意见建议已答复',
        `您的意见建议（${target.tracking_code}）已有答复，请查看并评价。`,
      ),
    )
  return { set: { feedback_at: now }, detail: { mergedFollowers: followers.length }, messages }
}
