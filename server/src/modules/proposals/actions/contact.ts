import { need, type ProposalHandler } from './context.ts'

/** 面商: the lead unit records when and how it met or called the deputy, with whom, before answering. */
export const contact: ProposalHandler = ({ input, note, now }) => {
  if (!input.method) throw need('method', '请选择面商方式', 'Say how the deputy was contacted')
  const withWhom = input.contactWith?.trim()
  if (!withWhom) throw need('contactWith', '请填写面商对象', 'Say whom the unit met')
  const at = input.contactedAt ? new Date(input.contactedAt) : now
  if (at.getTime() > now.getTime() + 60_000)
    throw need('contactedAt', '面商时间不能晚于现在', 'The contact cannot be in the future')
  return {
    set: { contacted_at: at, contact_method: input.method, contact_with: withWhom, contact_note: note ?? '' },
    detail: { contactedAt: at.toISOString(), method: input.method, contactWith: withWhom },
  }
}
