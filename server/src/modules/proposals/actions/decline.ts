import { cosignerOf, type ProposalHandler } from './context.ts'

/** 谢绝联名 */
export const decline: ProposalHandler = async ({ subject, ports, now }) => {
  const me = cosignerOf(subject, ports.deputyId)!
  await ports.setCosigner(me.deputy_id, 'declined', now)
  return { detail: { deputyId: me.deputy_id, name: me.name } }
}
