import { required, type SuggestionHandler } from './context.ts'

/** 评价: the citizen rates the answer, which closes the item; the comment is the event's note. */
export const handler: SuggestionHandler = ({ input, now }) => {
  if (!input.rating) throw required('rating', '请选择评价', 'rating is required')
  const comment = input.comment?.trim() || null
  return {
    set: { rating: input.rating, rating_comment: comment, closed_at: now },
    detail: { rating: input.rating },
    note: comment,
  }
}
