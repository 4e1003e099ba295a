import type { ProposalAction } from '../workflow.ts'
import { answer } from './answer.ts'
import { contact } from './contact.ts'
import type { ProposalHandler } from './context.ts'
import { cosign } from './cosign.ts'
import { decline } from './decline.ts'
import { invite } from './invite.ts'
import { not_register } from './not-register.ts'
import { rate } from './rate.ts'
import { register } from './register.ts'
import { submit } from './submit.ts'
import { unsign } from './unsign.ts'
import { withdraw } from './withdraw.ts'

export { monthsAfter, type ProposalPorts } from './context.ts'

/** One handler per action, one file each (the transition table: workflow.ts). */
export const HANDLERS: Record<ProposalAction, ProposalHandler> = {
  invite,
  cosign,
  decline,
  unsign,
  submit,
  withdraw,
  register,
  not_register,
  contact,
  answer,
  rate,
}
