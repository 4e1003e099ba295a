import { actionBody } from './body.ts'
import type { SuggestionHandler } from './context.ts'

/** 开始办理: the lead unit starts handling. */
export const body = actionBody()

export const handler: SuggestionHandler = () => ({})
