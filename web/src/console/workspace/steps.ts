import type { SuggestionStatus, WorkspaceStep } from '../../shared/api/types'
import type { Bilingual } from '../../shared/i18n'

/** Each step an item can wait on the user for: its name, and the queue that lists such items. */
export const STEP_LABELS: Record<WorkspaceStep, Bilingual> = {
  accept: { zh: '待受理', en: 'To accept' },
  route: { zh: '待流转', en: 'To route' },
  assign: { zh: '待交办', en: 'To assign' },
  sign: { zh: '待签收', en: 'To sign for' },
  handle: { zh: '待办理答复', en: 'To handle and reply' },
  decide_extension: { zh: '待审批延期', en: 'Extension to decide' },
  review: { zh: '待审核答复', en: 'Reply to review' },
  send: { zh: '待反馈群众', en: 'Answer to send' },
  follow_up: { zh: '超期待跟进', en: 'Overdue, to follow up' },
}

const STEP_STATUSES: Record<WorkspaceStep, SuggestionStatus[]> = {
  accept: ['submitted'],
  route: ['accepted'],
  assign: ['routed'],
  sign: ['assigned'],
  handle: ['signed', 'in_progress'],
  decide_extension: ['signed', 'in_progress'],
  review: ['replied'],
  send: ['reviewed'],
  follow_up: ['assigned', 'signed', 'in_progress'],
}

/** The queue's address listing the items of a step (overdue ones only for a follow-up). */
export function queueLinkOf(step: WorkspaceStep): string {
  const params = new URLSearchParams({ status: STEP_STATUSES[step].join(',') })
  if (step === 'follow_up') params.set('overdue', 'true')
  return `/suggestions?${params}`
}
