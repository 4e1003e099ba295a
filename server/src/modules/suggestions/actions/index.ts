import type { TObject } from 'typebox'
import type { Action, StaffAction } from '../workflow.ts'
import * as accept from './accept.ts'
import * as answerOnSpot from './answer-on-spot.ts'
import * as assign from './assign.ts'
import * as closeUnrated from './close-unrated.ts'
import type { SuggestionHandler } from './context.ts'
import * as decideExtension from './decide-extension.ts'
import * as escalate from './escalate.ts'
import * as giveFeedback from './give-feedback.ts'
import * as merge from './merge.ts'
import * as note from './note.ts'
import * as rate from './rate.ts'
import * as reject from './reject.ts'
import * as reopen from './reopen.ts'
import * as reply from './reply.ts'
import * as requestExtension from './request-extension.ts'
import * as reschedule from './reschedule.ts'
import * as returnItem from './return.ts'
import * as review from './review.ts'
import * as route from './route.ts'
import * as sendBack from './send-back.ts'
import * as sign from './sign.ts'
import * as start from './start.ts'
import * as urge from './urge.ts'

/** One handler per action of the transition table (workflow.ts); a missing one fails to compile. */
export const HANDLERS: Record<Action, SuggestionHandler> = {
  accept: accept.handler,
  reject: reject.handler,
  merge: merge.handler,
  answer_on_spot: answerOnSpot.handler,
  route: route.handler,
  assign: assign.handler,
  return: returnItem.handler,
  sign: sign.handler,
  start: start.handler,
  request_extension: requestExtension.handler,
  decide_extension: decideExtension.handler,
  urge: urge.handler,
  escalate: escalate.handler,
  reply: reply.handler,
  review: review.handler,
  send_back: sendBack.handler,
  give_feedback: giveFeedback.handler,
  rate: rate.handler,
  close_unrated: closeUnrated.handler,
  reopen: reopen.handler,
  reschedule: reschedule.handler,
  note: note.handler,
}

/** The body each staff action takes (POST /api/suggestions/{id}/<action>); the citizen's have public routes. */
export const STAFF_BODIES: Record<StaffAction, TObject> = {
  accept: accept.body,
  reject: reject.body,
  merge: merge.body,
  answer_on_spot: answerOnSpot.body,
  route: route.body,
  assign: assign.body,
  return: returnItem.body,
  sign: sign.body,
  start: start.body,
  request_extension: requestExtension.body,
  decide_extension: decideExtension.body,
  urge: urge.body,
  escalate: escalate.body,
  reply: reply.body,
  review: review.body,
  send_back: sendBack.body,
  give_feedback: giveFeedback.body,
  note: note.body,
}

export type { ActionInput, SuggestionPorts } from './context.ts'
export { reopenRefusal } from './reopen.ts'
export { grantedWorkingDays, rescheduled } from './reschedule.ts'
