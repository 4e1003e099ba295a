import { actionBody, Note } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'

/** 备注: an internal note on the item's history. */
export const body = actionBody({ note: Note })

export const handler: SuggestionHandler = ({ note }) => {
  if (!note) throw required('note', '请填写备注', 'note is required')
  return {}
}
