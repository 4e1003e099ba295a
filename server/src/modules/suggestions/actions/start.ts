import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'

/** 开始办理: the lead unit starts handling; from 已交办 it signs for the item at the same time (签收并办理). */
export const body = actionBody()

export const handler: SuggestionHandler = ({ subject: { item }, now }) =>
  item.signed_at ? {} : { set: { signed_at: now }, detail: { signed: true } }
