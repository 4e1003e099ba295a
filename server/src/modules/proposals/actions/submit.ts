import { conflict } from '../../../platform/errors.ts'
import { type ProposalHandler, toOffice } from './context.ts'

/** 提交: once the co-signatures the county requires are in (联名 is optional when it requires none). */
export const submit: ProposalHandler = ({ subject, now }) => {
  const signed = subject.cosigners.filter((c) => c.status === 'signed').length
  if (signed < subject.required_cosigners)
    throw conflict(
      {
        zh: `需至少 ${subject.required_cosigners} 名代表联名，目前 ${signed} 名`,
        en: `At least ${subject.required_cosigners} co-signers are needed; ${signed} signed`,
      },
      'cosigners',
    )
  return {
    set: { submitted_at: now },
    detail: { cosigners: signed },
    messages: [
      toOffice(subject, 'proposal.submitted', {
        zh: '收到代表建议，请立案交办',
        en: 'A proposal was submitted',
      }),
    ],
  }
}
