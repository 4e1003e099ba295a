import type { SuggestionHandler } from './context.ts'

/** 办结: the system closes an answered item the citizen did not rate within the rating window. */
export const handler: SuggestionHandler = ({ now }) => ({ set: { closed_at: now } })
