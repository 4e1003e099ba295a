import { need, type ProposalHandler, toDeputies } from './context.ts'

/** 邀请联名: sends the invitations (those listed in the draft, and any added now). */
export const invite: ProposalHandler = async ({ subject, input, ports }) => {
  const asked = [...new Set(input.deputyIds ?? [])].filter((id) => id !== subject.lead_deputy_id)
  const known = await ports.deputies(asked)
  if (known.length !== asked.length)
    throw need('deputyIds', '请选择在任的人大代表联名', 'Invite serving deputies only')
  const fresh = await ports.invite(asked)
  const waiting =
    subject.status === 'draft'
      ? [...subject.cosigners.filter((c) => c.status === 'invited').map((c) => c.deputy_id), ...fresh]
      : fresh
  if (waiting.length === 0 && subject.status === 'draft')
    throw need('deputyIds', '请选择邀请联名的代表', 'Choose the deputies to invite')
  return {
    detail: { invited: waiting },
    messages: toDeputies(subject, waiting, 'proposal.invited', {
      zh: '邀请您联名代表建议',
      en: 'You are invited to co-sign a proposal',
    }),
  }
}
