import { need, type ProposalHandler, toDeputies } from './context.ts'

/** 不予立案, with the reason; its source items keep their own handling in the loop. */
export const not_register: ProposalHandler = ({ subject, note }) => {
  if (!note) throw need('note', '请写明不予立案的理由', 'Say why it is not registered')
  return {
    set: { not_registered_reason: note },
    messages: toDeputies(subject, [subject.lead_deputy_id], 'proposal.not_registered', {
      zh: '您的代表建议不予立案',
      en: 'Your proposal was not registered',
    }),
  }
}
