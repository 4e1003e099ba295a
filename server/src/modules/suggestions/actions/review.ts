import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'

/** 审核通过: the manager approves the unit's reply. */
export const body = actionBody()

export const handler: SuggestionHandler = ({ now }) => ({ set: { reviewed_at: now } })
