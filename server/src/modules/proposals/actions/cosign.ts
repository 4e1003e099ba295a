import { cosignerOf, type ProposalHandler, toDeputies } from './context.ts'

/** 联名 */
export const cosign: ProposalHandler = async ({ subject, ports, now }) => {
  const me = cosignerOf(subject, ports.deputyId)!
  await ports.setCosigner(me.deputy_id, 'signed', now)
  return {
    detail: { deputyId: me.deputy_id, name: me.name },
    messages: toDeputies(subject, [subject.lead_deputy_id], 'proposal.cosigned', {
      zh: `${me.name}已联名您的代表建议`,
      en: `${me.name} co-signed your proposal`,
    }),
  }
}
