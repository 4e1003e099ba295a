import type { paths } from '../../shared/api/schema'
import type { PostBody, SuggestionAction } from '../../shared/api/types'
import type { Bilingual } from '../../shared/i18n'

// The console's side of the closed loop, declared once. The detail's `allowedActions` says which actions the
// user may take now; this table says how each one looks and what it sends. The table is exhaustive over the
// action enum and every entry is checked against its endpoint's body, so a new action fails to compile until
// it has a spec, and a spec whose fields do not fit its endpoint fails too.

type Dashed<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}-${Dashed<Tail>}` : S

/** The endpoint of an action, `/api/suggestions/{id}/<action-with-dashes>`; never when there is none. */
type EndpointOf<A extends SuggestionAction> = Extract<`/api/suggestions/{id}/${Dashed<A>}`, keyof paths>
type BodyOf<A extends SuggestionAction> = PostBody<EndpointOf<A>>

/** `true` when the body requires the key (the form must then require it too), `boolean` when it is optional. */
type RequiredFlag<B, K extends keyof B> = Pick<B, K> extends Required<Pick<B, K>> ? true : boolean

/** The widgets a dialog can show, and the body keys each one fills. */
interface FieldKeys {
  /** 备注 / a reason: a free text, optional or required with its own label. */
  note: 'note'
  /** 不予受理原因: invalid or out of scope. */
  reason: 'reason'
  /** 并入的主件: one of the item's possible duplicates. */
  primary: 'primaryId'
  /** 答复内容. */
  answer: 'answer'
  /** 办理结果 A–D. */
  outcome: 'outcome'
  /** 流转至: town tier, county tier or a formal proposal. */
  tier: 'tier'
  /** 主办单位 and 协办单位, from the units of the item's tier. */
  units: 'leadUnitId' | 'coUnitIds'
  /** 延期工作日数. */
  days: 'days'
  /** 审批意见 on the pending extension request. */
  approve: 'approve'
  /** 附件（办理照片）: uploaded as soon as picked, so not part of the body. */
  attachments: never
}
export type FieldKind = keyof FieldKeys

type RequiredNote = { kind: 'note'; required: true; label: Bilingual }
/** One field of a dialog. */
export type FieldSpec =
  | { kind: 'note'; required: false }
  | RequiredNote
  | { kind: 'answer'; label: Bilingual; rows: number; prefill?: boolean }
  | { kind: 'outcome'; required: boolean }
  | { [K in Exclude<FieldKind, 'note' | 'answer' | 'outcome'>]: { kind: K } }[Exclude<
      FieldKind,
      'note' | 'answer' | 'outcome'
    >]

type FieldOf<A extends SuggestionAction, K extends FieldKind> = K extends 'note'
  ? RequiredFlag<BodyOf<A>, 'note' & keyof BodyOf<A>> extends true
    ? RequiredNote
    : Extract<FieldSpec, { kind: 'note' }>
  : K extends 'outcome'
    ? { kind: 'outcome'; required: RequiredFlag<BodyOf<A>, 'outcome' & keyof BodyOf<A>> }
    : Extract<FieldSpec, { kind: K }>

/** The fields an action may show: those whose body keys its endpoint accepts. */
type FieldFor<A extends SuggestionAction> = {
  [K in FieldKind]: [FieldKeys[K]] extends [keyof BodyOf<A>] ? FieldOf<A, K> : never
}[FieldKind]

interface Offered<A extends SuggestionAction> {
  offered: true
  /** The button's text and the dialog's title and confirm button. */
  label: Bilingual
  endpoint: EndpointOf<A>
  /** The main step of the loop is a primary button; side actions are default ones. */
  button: 'primary' | 'default'
  /** Red button and red confirm: the action turns the item away or raises it. */
  danger?: boolean
  /** A notice above the fields saying what confirming does (with the item's answer quoted, when asked). */
  confirm?: { text: Bilingual; quote?: 'answer' }
  /** The fields of the dialog, in order; the body is their values plus the item's version. */
  fields: readonly FieldFor<A>[]
}

interface NotOffered {
  offered: false
  label: Bilingual
  /** Who takes the action instead of a console user. */
  by: 'citizen' | 'system'
}

type SpecFor<A extends SuggestionAction> = [EndpointOf<A>] extends [never]
  ? NotOffered
  : Offered<A> | NotOffered

const NOTE_OPTIONAL = { kind: 'note', required: false } as const

const TABLE = {
  accept: {
    offered: true,
    label: { zh: '受理', en: 'Accept' },
    endpoint: '/api/suggestions/{id}/accept',
    button: 'primary',
    fields: [NOTE_OPTIONAL],
  },
  route: {
    offered: true,
    label: { zh: '流转', en: 'Route' },
    endpoint: '/api/suggestions/{id}/route',
    button: 'primary',
    fields: [{ kind: 'tier' }, NOTE_OPTIONAL],
  },
  answer_on_spot: {
    offered: true,
    label: { zh: '当场答复', en: 'Answer on the spot' },
    endpoint: '/api/suggestions/{id}/answer-on-spot',
    button: 'default',
    fields: [
      { kind: 'answer', label: { zh: '答复内容', en: 'Answer' }, rows: 5 },
      { kind: 'outcome', required: false },
    ],
  },
  assign: {
    offered: true,
    label: { zh: '交办', en: 'Assign' },
    endpoint: '/api/suggestions/{id}/assign',
    button: 'primary',
    fields: [{ kind: 'units' }, NOTE_OPTIONAL],
  },
  sign: {
    offered: true,
    label: { zh: '签收', en: 'Sign for' },
    endpoint: '/api/suggestions/{id}/sign',
    button: 'primary',
    fields: [NOTE_OPTIONAL],
  },
  start: {
    offered: true,
    label: { zh: '开始办理', en: 'Start handling' },
    endpoint: '/api/suggestions/{id}/start',
    button: 'primary',
    fields: [NOTE_OPTIONAL],
  },
  reply: {
    offered: true,
    label: { zh: '答复', en: 'Reply' },
    endpoint: '/api/suggestions/{id}/reply',
    button: 'primary',
    fields: [
      { kind: 'outcome', required: true },
      {
        kind: 'answer',
        label: { zh: '答复内容（审核后反馈群众）', en: 'Answer (sent to the citizen after review)' },
        rows: 6,
      },
      { kind: 'attachments' },
      NOTE_OPTIONAL,
    ],
  },
  review: {
    offered: true,
    label: { zh: '审核通过', en: 'Approve the reply' },
    endpoint: '/api/suggestions/{id}/review',
    button: 'primary',
    fields: [
      {
        kind: 'answer',
        label: {
          zh: '发给群众的答复（可修改措辞）',
          en: 'The answer the citizen will read (you may reword it)',
        },
        rows: 6,
        prefill: true,
      },
      NOTE_OPTIONAL,
    ],
  },
  give_feedback: {
    offered: true,
    label: { zh: '反馈群众', en: 'Send the answer' },
    endpoint: '/api/suggestions/{id}/give-feedback',
    button: 'primary',
    confirm: {
      text: {
        zh: '答复将显示在群众的查询页面上，群众可以评价。',
        en: 'The answer will show on the citizen’s tracking page, where they can rate it.',
      },
      quote: 'answer',
    },
    fields: [NOTE_OPTIONAL],
  },
  decide_extension: {
    offered: true,
    label: { zh: '审批延期', en: 'Decide extension' },
    endpoint: '/api/suggestions/{id}/decide-extension',
    button: 'default',
    fields: [{ kind: 'approve' }, NOTE_OPTIONAL],
  },
  request_extension: {
    offered: true,
    label: { zh: '申请延期', en: 'Request extension' },
    endpoint: '/api/suggestions/{id}/request-extension',
    button: 'default',
    fields: [{ kind: 'days' }, { kind: 'note', required: true, label: { zh: '延期理由', en: 'Reason' } }],
  },
  send_back: {
    offered: true,
    label: { zh: '退回重办', en: 'Send back' },
    endpoint: '/api/suggestions/{id}/send-back',
    button: 'default',
    danger: true,
    fields: [{ kind: 'note', required: true, label: { zh: '退回理由', en: 'Why it goes back' } }],
  },
  return: {
    offered: true,
    label: { zh: '退单', en: 'Return' },
    endpoint: '/api/suggestions/{id}/return',
    button: 'default',
    danger: true,
    fields: [{ kind: 'note', required: true, label: { zh: '退单理由', en: 'Why it is not ours' } }],
  },
  urge: {
    offered: true,
    label: { zh: '催办', en: 'Urge' },
    endpoint: '/api/suggestions/{id}/urge',
    button: 'default',
    fields: [NOTE_OPTIONAL],
  },
  escalate: {
    offered: true,
    label: { zh: '督办', en: 'Escalate' },
    endpoint: '/api/suggestions/{id}/escalate',
    button: 'default',
    danger: true,
    fields: [NOTE_OPTIONAL],
  },
  merge: {
    offered: true,
    label: { zh: '并单', en: 'Merge' },
    endpoint: '/api/suggestions/{id}/merge',
    button: 'default',
    fields: [{ kind: 'primary' }, NOTE_OPTIONAL],
  },
  reject: {
    offered: true,
    label: { zh: '不予受理', en: 'Reject' },
    endpoint: '/api/suggestions/{id}/reject',
    button: 'default',
    danger: true,
    fields: [
      { kind: 'reason' },
      {
        kind: 'note',
        required: true,
        label: { zh: '向群众说明（群众可见）', en: 'Explanation (the citizen sees it)' },
      },
    ],
  },
  note: {
    offered: true,
    label: { zh: '备注', en: 'Add a note' },
    endpoint: '/api/suggestions/{id}/note',
    button: 'default',
    fields: [{ kind: 'note', required: true, label: { zh: '内部备注', en: 'Internal note' } }],
  },
  // The citizen rates and reopens from the tracking page; the system closes an unrated item in time.
  rate: { offered: false, label: { zh: '评价', en: 'Rate' }, by: 'citizen' },
  reopen: { offered: false, label: { zh: '申请重办', en: 'Reopen' }, by: 'citizen' },
  close_unrated: { offered: false, label: { zh: '办结', en: 'Close' }, by: 'system' },
  reschedule: { offered: false, label: { zh: '重算期限', en: 'Recompute deadlines' }, by: 'system' },
} as const satisfies { [A in SuggestionAction]: SpecFor<A> }

// Every key the body requires is filled by one of the fields (a missing one names itself in the error).
type FieldsOf<A extends SuggestionAction> = (typeof TABLE)[A] extends { fields: readonly (infer F)[] }
  ? F extends { kind: FieldKind }
    ? FieldKeys[F['kind']]
    : never
  : never
type Unfilled = {
  [A in SuggestionAction]: (typeof TABLE)[A] extends { offered: true }
    ? Exclude<
        { [K in keyof BodyOf<A>]-?: RequiredFlag<BodyOf<A>, K> extends true ? K : never }[keyof BodyOf<A>],
        FieldsOf<A>
      >
    : never
}[SuggestionAction]
const everyRequiredKeyHasAField: [Unfilled] extends [never] ? true : Unfilled = true
void everyRequiredKeyHasAField

/** An action's endpoint, for the one call that posts any of them. */
export type ActionEndpoint = EndpointOf<SuggestionAction>

export interface OfferedSpec {
  offered: true
  action: SuggestionAction
  label: Bilingual
  endpoint: ActionEndpoint
  button: 'primary' | 'default'
  danger?: boolean
  confirm?: { text: Bilingual; quote?: 'answer' }
  fields: readonly FieldSpec[]
}
export type ActionSpec = OfferedSpec | (NotOffered & { action: SuggestionAction })

/** Every action of the loop, in the order the action panel shows them. */
export const ACTION_SPECS: ActionSpec[] = (Object.keys(TABLE) as SuggestionAction[]).map(
  (action): ActionSpec => ({ ...TABLE[action], action }),
)

/** The spec of an action the console offers; undefined for the citizen's and the system's. */
export function offeredSpec(action: SuggestionAction): OfferedSpec | undefined {
  const spec = ACTION_SPECS.find((s) => s.action === action)
  return spec?.offered ? spec : undefined
}
