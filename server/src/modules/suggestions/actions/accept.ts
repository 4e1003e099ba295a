import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'

/** 受理: the item is taken in (a same-day step). */
export const body = actionBody()

export const handler: SuggestionHandler = ({ now }) => ({ set: { accepted_at: now } })
