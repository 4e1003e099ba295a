import { need, type ProposalHandler, toDeputies } from './context.ts'

/** 答复: the answer and its outcome class, sent to the lead deputy to rate. */
export const answer: ProposalHandler = ({ subject, input, now }) => {
  const text = input.answer?.trim()
  if (!text) throw need('answer', '请填写答复内容', 'Write the answer')
  if (!input.outcome) throw need('outcome', '请选择答复类别', 'Choose the outcome class')
  return {
    set: { answer: text, outcome: input.outcome, answered_at: now },
    detail: { outcome: input.outcome, again: subject.first_rating !== null },
    messages: toDeputies(subject, [subject.lead_deputy_id], 'proposal.answered', {
      zh: '您的代表建议已答复，请评价',
      en: 'Your proposal was answered: rate it',
    }),
  }
}
