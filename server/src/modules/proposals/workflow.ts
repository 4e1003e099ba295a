import type { ContactMethod, Outcome, ProposalStatus, Rating } from '../../db/types.ts'
import type { Message } from '../../platform/errors.ts'
import type { Transition } from '../../platform/workflow.ts'

/**
 * A deputy's formal proposal (代表建议) as a workflow record on the kernel (platform/workflow.ts):
 * draft 草稿 → cosigning 征集联名 (invited deputies co-sign or decline) → submitted 已提交 → registered 已立案交办
 * (the county congress office assigns a lead unit, co-units and the due date) | not_registered 不予立案 →
 * contacted 已面商 (the lead unit met or called the deputy) → answered 已答复 → closed 已办结 when the lead deputy
 * rates it (satisfied or basically), or rehandling 重新办理 once when unsatisfied (contact and answer again; the
 * second rating closes it whatever it is). The lead deputy may withdraw it (已撤回) until it is registered.
 */

export type ProposalAction =
  | 'invite'
  | 'cosign'
  | 'decline'
  | 'unsign'
  | 'submit'
  | 'withdraw'
  | 'register'
  | 'not_register'
  | 'contact'
  | 'answer'
  | 'rate'

export const PROPOSAL_ACTIONS = [
  'invite',
  'cosign',
  'decline',
  'unsign',
  'submit',
  'withdraw',
  'register',
  'not_register',
  'contact',
  'answer',
  'rate',
] as const satisfies readonly ProposalAction[]

/**
 * What the caller is to a proposal:
 * - lead: its lead deputy (领衔代表), who drafts, invites, submits, withdraws and rates it;
 * - invitee: a deputy invited to co-sign who has not answered yet (while co-signatures are collected);
 * - cosigner: a deputy who co-signed (联名), who may take the signature back before submission;
 * - office: the county congress staff (常委会办公室) once it is submitted: registers it or not;
 * - lead_unit / co_unit: the staff of its lead unit (contacts the deputy and answers) and of a co-unit;
 * - reader: all of the above, invited deputies, and town staff of the lead deputy's town once submitted.
 */
export type ProposalRelation = 'lead' | 'invitee' | 'cosigner' | 'office' | 'lead_unit' | 'co_unit' | 'reader'

export interface ProposalInput {
  version?: number
  note?: string
  /** invite: the deputies invited to co-sign (added to those invited before). */
  deputyIds?: string[]
  /** register */
  leadUnitId?: string
  coUnitIds?: string[]
  dueOn?: string
  /** contact */
  contactedAt?: string
  method?: ContactMethod
  contactWith?: string
  /** answer */
  answer?: string
  outcome?: Outcome
  /** rate */
  rating?: Rating
}

export const proposalLabels: Record<ProposalStatus, Message> = {
  draft: { zh: '草稿', en: 'Draft' },
  cosigning: { zh: '征集联名', en: 'Collecting co-signatures' },
  submitted: { zh: '已提交', en: 'Submitted' },
  registered: { zh: '已立案交办', en: 'Registered and assigned' },
  not_registered: { zh: '不予立案', en: 'Not registered' },
  contacted: { zh: '已面商', en: 'Deputy contacted' },
  answered: { zh: '已答复', en: 'Answered' },
  rehandling: { zh: '重新办理', en: 'Handled again' },
  closed: { zh: '已办结', en: 'Closed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}

/** The answer's outcome class for a proposal (A 已解决 · B 正在解决 · C 计划解决 · D 留作参考). */
export const proposalOutcomeLabels: Record<Outcome, Message> = {
  A: { zh: 'A 类 已解决', en: 'A: solved' },
  B: { zh: 'B 类 正在解决', en: 'B: being solved' },
  C: { zh: 'C 类 计划解决', en: 'C: planned' },
  D: { zh: 'D 类 留作参考', en: 'D: kept for reference' },
}

/** States in which the proposal is before the office (its sources' citizens are told of it from then on). */
export const SUBMITTED_STATES: readonly ProposalStatus[] = [
  'submitted',
  'registered',
  'not_registered',
  'contacted',
  'answered',
  'rehandling',
  'closed',
]

/** States in which the lead deputy may still change the text, sources and invitations. */
export const EDITABLE: readonly ProposalStatus[] = ['draft']

export const PROPOSAL_TRANSITIONS: Record<ProposalAction, Transition<ProposalStatus, ProposalRelation>> = {
  invite: {
    from: ['draft', 'cosigning'],
    to: 'cosigning',
    by: ['lead'],
    public: false,
    label: { zh: '邀请联名', en: 'Invite co-signers' },
  },
  cosign: {
    from: ['cosigning'],
    to: 'same',
    by: ['invitee'],
    public: false,
    label: { zh: '联名', en: 'Co-sign' },
  },
  decline: {
    from: ['cosigning'],
    to: 'same',
    by: ['invitee'],
    public: false,
    label: { zh: '谢绝联名', en: 'Decline to co-sign' },
  },
  unsign: {
    from: ['cosigning'],
    to: 'same',
    by: ['cosigner'],
    public: false,
    label: { zh: '撤回联名', en: 'Withdraw the signature' },
  },
  submit: {
    from: ['draft', 'cosigning'],
    to: 'submitted',
    by: ['lead'],
    public: true,
    label: { zh: '提交', en: 'Submit' },
  },
  withdraw: {
    from: ['draft', 'cosigning', 'submitted'],
    to: 'withdrawn',
    by: ['lead'],
    public: false,
    label: { zh: '撤回', en: 'Withdraw' },
  },
  register: {
    from: ['submitted'],
    to: 'registered',
    by: ['office'],
    public: true,
    label: { zh: '立案交办', en: 'Register and assign' },
  },
  not_register: {
    from: ['submitted'],
    to: 'not_registered',
    by: ['office'],
    public: true,
    label: { zh: '不予立案', en: 'Decline to register' },
  },
  contact: {
    from: ['registered', 'contacted', 'rehandling'],
    to: 'contacted',
    by: ['lead_unit'],
    public: false,
    label: { zh: '记录面商', en: 'Record the contact' },
  },
  answer: {
    from: ['contacted'],
    to: 'answered',
    by: ['lead_unit'],
    public: true,
    label: { zh: '答复', en: 'Answer' },
  },
  rate: {
    from: ['answered'],
    to: ['closed', 'rehandling'],
    by: ['lead'],
    public: true,
    label: { zh: '评价答复', en: 'Rate the answer' },
  },
}
