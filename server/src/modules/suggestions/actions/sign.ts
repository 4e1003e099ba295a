import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'

/** 签收: the lead unit takes the item on. */
export const body = actionBody()

export const handler: SuggestionHandler = ({ now }) => ({ set: { signed_at: now } })
