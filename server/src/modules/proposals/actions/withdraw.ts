import { type ProposalHandler, toOffice } from './context.ts'

/** 撤回: the lead deputy, until it is registered. */
export const withdraw: ProposalHandler = ({ subject }) => ({
  messages:
    subject.status === 'submitted'
      ? [
          toOffice(subject, 'proposal.withdrawn', {
            zh: '代表撤回了代表建议',
            en: 'A proposal was withdrawn',
          }),
        ]
      : [],
})
