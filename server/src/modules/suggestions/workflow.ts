import { SUGGESTION_STATUSES } from '../../db/enums.ts'
import type { SuggestionStatus } from '../../db/types.ts'
import {
  allowedActions as allowedOf,
  type Transition as KernelTransition,
  targetState as kernelTarget,
} from '../../platform/workflow.ts'

/**
 * The one transition table of the closed loop (民意汇 · 闭环办, see docs/domain.md "The suggestion loop").
 * Each action names the states it may start from, the state it leads to ('same' for side paths that keep the
 * state), which relation to the item the actor must have, and whether the citizen sees the event on the
 * tracking page. Every state set used elsewhere (queues, sweeps, tracking) is declared here.
 */

/** The loop's states, in loop order (declared once, with the database's other enums). */
export const STATUSES: readonly SuggestionStatus[] = SUGGESTION_STATUSES

export const statusLabels: Record<SuggestionStatus, { zh: string; en: string }> = {
  submitted: { zh: '待受理', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  answered_on_spot: { zh: '当场答复', en: 'Answered on the spot' },
  routed: { zh: '已流转', en: 'Routed' },
  assigned: { zh: '已交办', en: 'Assigned' },
  signed: { zh: '已签收', en: 'Signed for' },
  in_progress: { zh: '办理中', en: 'In progress' },
  replied: { zh: '已答复', en: 'Replied' },
  reviewed: { zh: '已审核', en: 'Reviewed' },
  feedback_given: { zh: '已反馈', en: 'Answer sent' },
  closed: { zh: '已办结', en: 'Closed' },
}

/** States in which a handling unit holds the item and the completion clock runs. */
export const HANDLING: readonly SuggestionStatus[] = ['assigned', 'signed', 'in_progress']
/** States whose next step is due the same working day: accept, route, assign. */
export const SAME_DAY: readonly SuggestionStatus[] = ['submitted', 'accepted', 'routed']
/** States after which nothing more happens unless the citizen reopens. */
export const TERMINAL: readonly SuggestionStatus[] = ['rejected', 'closed']
export const OPEN: readonly SuggestionStatus[] = STATUSES.filter((s) => !TERMINAL.includes(s))
/** States in which the citizen has an answer to read. */
export const ANSWERED: readonly SuggestionStatus[] = ['answered_on_spot', 'feedback_given', 'closed']
/** States in which photos may be attached to the reply: the lead unit's while handling, the manager's until sent. */
export const ATTACH_STATES: Readonly<Record<'lead_unit' | 'manager', readonly SuggestionStatus[]>> = {
  lead_unit: ['signed', 'in_progress'],
  manager: ['in_progress', 'replied', 'reviewed'],
}
/** Intake states: an item here can still be merged into another or rejected. */
export const BEFORE_ROUTING: readonly SuggestionStatus[] = ['submitted', 'accepted']

/**
 * Relations an actor can have to an item:
 * - intake: may take the item in and route it (county admin; town staff of its town; station staff of its venue;
 *   the deputy it is addressed to);
 * - manager: owns the item at its tier (town staff of its town for the town tier, county staff for county and
 *   proposal tiers; county staff always);
 * - lead_unit / co_unit: staff of the lead or a co-handling unit;
 * - follower: the addressed deputy and the venue's station staff (may urge);
 * - citizen: holder of the tracking code and access token;
 * - system: the periodic sweep.
 */
export type Relation = 'intake' | 'manager' | 'lead_unit' | 'co_unit' | 'follower' | 'citizen' | 'system'

export type Action =
  | 'accept'
  | 'reject'
  | 'merge'
  | 'answer_on_spot'
  | 'route'
  | 'assign'
  | 'return'
  | 'sign'
  | 'start'
  | 'request_extension'
  | 'decide_extension'
  | 'urge'
  | 'escalate'
  | 'reply'
  | 'review'
  | 'send_back'
  | 'give_feedback'
  | 'rate'
  | 'close_unrated'
  | 'reopen'
  | 'reschedule'
  | 'note'

export type Transition = KernelTransition<SuggestionStatus, Relation>

export const TRANSITIONS: Record<Action, Transition> = {
  accept: {
    from: ['submitted'],
    to: 'accepted',
    by: ['intake'],
    public: true,
    label: { zh: '受理', en: 'Accept' },
  },
  reject: {
    from: ['submitted', 'accepted'],
    to: 'rejected',
    by: ['intake'],
    public: true,
    label: { zh: '不予受理', en: 'Reject' },
  },
  merge: {
    from: ['submitted', 'accepted'],
    to: 'rejected',
    by: ['intake'],
    public: true,
    label: { zh: '并单', en: 'Merge into another' },
  },
  answer_on_spot: {
    from: ['accepted'],
    to: 'answered_on_spot',
    by: ['intake'],
    public: true,
    label: { zh: '当场答复', en: 'Answer on the spot' },
  },
  route: {
    from: ['accepted'],
    to: 'routed',
    by: ['intake'],
    public: true,
    label: { zh: '流转', en: 'Route' },
  },
  assign: {
    from: ['routed'],
    to: 'assigned',
    by: ['manager'],
    public: true,
    label: { zh: '交办', en: 'Assign' },
  },
  return: {
    from: ['assigned', 'signed'],
    to: 'routed',
    by: ['lead_unit'],
    public: false,
    label: { zh: '退单', en: 'Return' },
  },
  sign: {
    from: ['assigned'],
    to: 'signed',
    by: ['lead_unit'],
    public: true,
    label: { zh: '签收', en: 'Sign for' },
  },
  start: {
    from: ['assigned', 'signed'],
    to: 'in_progress',
    by: ['lead_unit'],
    public: true,
    label: { zh: '开始办理', en: 'Start handling' },
  },
  request_extension: {
    from: ['signed', 'in_progress'],
    to: 'same',
    by: ['lead_unit'],
    public: false,
    label: { zh: '申请延期', en: 'Request extension' },
  },
  decide_extension: {
    from: ['signed', 'in_progress'],
    to: 'same',
    by: ['manager'],
    public: true,
    label: { zh: '审批延期', en: 'Decide extension' },
  },
  urge: {
    from: ['assigned', 'signed', 'in_progress'],
    to: 'same',
    by: ['manager', 'follower'],
    public: false,
    label: { zh: '催办', en: 'Urge' },
  },
  escalate: {
    from: ['assigned', 'signed', 'in_progress'],
    to: 'same',
    by: ['manager', 'system'],
    public: false,
    label: { zh: '督办', en: 'Escalate' },
  },
  reply: {
    from: ['in_progress'],
    to: 'replied',
    by: ['lead_unit'],
    public: false,
    label: { zh: '答复', en: 'Reply' },
  },
  review: {
    from: ['replied'],
    to: 'reviewed',
    by: ['manager'],
    public: false,
    label: { zh: '审核通过', en: 'Approve the reply' },
  },
  send_back: {
    from: ['replied'],
    to: 'in_progress',
    by: ['manager'],
    public: false,
    label: { zh: '退回重办', en: 'Send back' },
  },
  give_feedback: {
    from: ['reviewed'],
    to: 'feedback_given',
    by: ['manager'],
    public: true,
    label: { zh: '反馈群众', en: 'Send the answer' },
  },
  rate: {
    from: ['feedback_given', 'answered_on_spot'],
    to: 'closed',
    by: ['citizen'],
    public: true,
    label: { zh: '评价', en: 'Rate' },
  },
  close_unrated: {
    from: ['feedback_given', 'answered_on_spot'],
    to: 'closed',
    by: ['system'],
    public: true,
    label: { zh: '办结', en: 'Close' },
  },
  reopen: {
    from: ['closed'],
    to: 'routed',
    by: ['citizen'],
    public: true,
    label: { zh: '申请重办', en: 'Reopen' },
  },
  reschedule: {
    from: ['submitted', 'accepted', 'routed', 'assigned', 'signed', 'in_progress'],
    to: 'same',
    by: ['system'],
    public: false,
    label: { zh: '重算期限', en: 'Recompute deadlines' },
  },
  note: {
    from: STATUSES,
    to: 'same',
    by: ['manager', 'lead_unit', 'co_unit', 'intake'],
    public: false,
    label: { zh: '备注', en: 'Note' },
  },
}

export const ACTIONS = Object.keys(TRANSITIONS) as Action[]

/** Actions only the citizen or the system takes: never offered in the console. */
export const NOT_STAFF: readonly Action[] = ['rate', 'reopen', 'close_unrated', 'reschedule']
export const STAFF_ACTIONS = ACTIONS.filter((a) => !NOT_STAFF.includes(a))
export type StaffAction = Exclude<Action, 'rate' | 'reopen' | 'close_unrated' | 'reschedule'>

/** States the citizen may rate in; states the system closes unrated items from. */
export const RATEABLE = TRANSITIONS.rate.from
export const CLOSABLE = TRANSITIONS.close_unrated.from

export function targetState(action: Action, from: SuggestionStatus): SuggestionStatus | null {
  return kernelTarget(TRANSITIONS[action], from)
}

/** The actions a set of relations may take on an item in a given state (for the console's buttons). */
export function allowedActions(status: SuggestionStatus, relations: ReadonlySet<Relation>): Action[] {
  return allowedOf(TRANSITIONS, status, relations)
}
