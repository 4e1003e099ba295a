import { Type } from 'typebox'
import { actionBody } from './body.ts'
import type { SuggestionHandler, SuggestionSet } from './context.ts'

/**
 * 审核通过: the manager approves the unit's reply, and may correct its wording before it reaches the citizen
 * (plain words, no internal references): the citizen reads the corrected text, the unit's own is kept beside it.
 */
export const body = actionBody({
  answer: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 4000,
      description: 'The corrected wording the citizen will read',
    }),
  ),
})

export const handler: SuggestionHandler = ({ subject: { item }, input, now }) => {
  const set: SuggestionSet = { reviewed_at: now }
  const corrected = input.answer?.trim()
  if (corrected && corrected !== item.answer) {
    set.answer = corrected
    // The unit's own text, kept once: a second correction does not overwrite it.
    set.unit_answer = item.unit_answer ?? item.answer
  }
  return { set, detail: { corrected: set.answer !== undefined } }
}
