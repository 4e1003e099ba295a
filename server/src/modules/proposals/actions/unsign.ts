import { cosignerOf, type ProposalHandler } from './context.ts'

/** 撤回联名: before submission only (the transition's states). */
export const unsign: ProposalHandler = async ({ subject, ports, now }) => {
  const me = cosignerOf(subject, ports.deputyId)!
  await ports.setCosigner(me.deputy_id, 'withdrawn', now)
  return { detail: { deputyId: me.deputy_id, name: me.name } }
}
