import { leadUnitOf, need, type ProposalHandler, toOffice, toUnits } from './context.ts'

/**
 * 评价: satisfied or basically satisfied closes it; unsatisfied sends it back to the unit once (重新办理); the
 * second rating closes it whatever it is.
 */
export const rate: ProposalHandler = ({ subject, input, now }) => {
  if (!input.rating) throw need('rating', '请选择满意度', 'Choose a rating')
  const again = subject.first_rating !== null
  const first = subject.first_rating ?? input.rating
  if (input.rating === 'dissatisfied' && !again) {
    const unit = leadUnitOf(subject)
    return {
      to: 'rehandling',
      set: { first_rating: input.rating, rating: input.rating, rated_at: now },
      detail: { rating: input.rating, rehandling: true },
      messages: [
        ...toUnits(subject, unit ? [unit] : [], 'proposal.rehandling', {
          zh: '代表对答复不满意，请重新办理',
          en: 'The deputy is not satisfied: handle the proposal again',
        }),
        toOffice(subject, 'proposal.rehandling', {
          zh: '代表建议重新办理',
          en: 'A proposal is handled again',
        }),
      ],
    }
  }
  return {
    to: 'closed',
    set: { first_rating: first, rating: input.rating, rated_at: now, closed_at: now },
    detail: { rating: input.rating, final: again },
  }
}
