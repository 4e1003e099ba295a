/**
 * The loop's data access: all of the module's SQL lives under repo/. This file is what other modules may use
 * (exports, figures): read-only queries over suggestions.
 */

/** The items a caller may see, as an SQL condition (for other modules' figures over suggestions). */
export { visibleTo } from './policy.ts'
export { detailContext, PHOTO, REPLY_ATTACHMENT } from './repo/detail.ts'
export {
  contactsOf,
  getItem,
  type Limits,
  type LoadedItem,
  limitsFor,
  loadItem,
  SUBJECT_TYPE,
  type SuggestionRow,
  subjectOf,
  type UnitLink,
} from './repo/items.ts'
export { type ListRow, listQueue, overdueSql, type QueueFilter } from './repo/queue.ts'
export { itemByTrackingCode, trackingContext } from './repo/tracking.ts'
export { ANSWERED, HANDLING, OPEN, SAME_DAY, statusLabels } from './workflow.ts'
