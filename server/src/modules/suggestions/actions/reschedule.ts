import { cstDay, type WorkCalendar } from '../../../platform/calendar.ts'
import type { SuggestionRow } from '../repo/items.ts'
import { HANDLING, SAME_DAY } from '../workflow.ts'
import { required, type SuggestionHandler, type SuggestionSet } from './context.ts'

/**
 * 期限重算: when the county enters a year's State Council notice (or corrects a day), deadlines computed on the
 * provisional calendar are computed again on the corrected one. An item keeps the number of working days it was
 * given (its time limit plus any approved extension): only which days are working days changes.
 */

/** When the current handling cycle started: arrival, or the citizen's reopening. */
function cycleArrival(item: SuggestionRow): Date {
  return item.reopen_count > 0 && item.routed_at ? new Date(item.routed_at) : new Date(item.received_at)
}

/** The working days the item's deadline lies after its cycle's first working day, on the calendar it was set on. */
export function grantedWorkingDays(item: SuggestionRow, before: WorkCalendar): number | null {
  if (!item.due_at) return null
  const start = before.clockStart(cycleArrival(item))
  return before.workingDaysBetween(start, new Date(item.due_at))
}

/** The item's clock fields on `calendar`, only those that differ from the row. */
export function rescheduled(
  item: SuggestionRow,
  calendar: WorkCalendar,
  workingDays: number | null,
): SuggestionSet {
  const set: SuggestionSet = {}
  const arrival = cycleArrival(item)
  const differs = (a: Date | string | null, b: Date) => !a || new Date(a).getTime() !== b.getTime()
  if (SAME_DAY.includes(item.status)) {
    const sameDay = calendar.sameDayDeadline(arrival)
    if (differs(item.same_day_due_at, sameDay)) set.same_day_due_at = sameDay
    if (item.reopen_count === 0) {
      const start = calendar.clockStart(arrival)
      if (differs(item.clock_start_at, start)) set.clock_start_at = start
    }
  }
  if (HANDLING.includes(item.status) && item.due_at && workingDays !== null) {
    const firstDay = cstDay(calendar.clockStart(arrival))
    const due = calendar.closing(calendar.addWorkingDays(firstDay, workingDays))
    if (differs(item.due_at, due)) set.due_at = due
  }
  return set
}

export const handler: SuggestionHandler = ({ subject: { item }, input, ports }) => {
  if (HANDLING.includes(item.status) && item.due_at && input.days === undefined)
    throw required('days', '请给出已给予的工作日数', 'days (the working days granted) is required')
  const set = rescheduled(item, ports.calendar, input.days ?? null)
  const detail: Record<string, unknown> = {}
  if (set.due_at) detail.dueAt = new Date(set.due_at).toISOString()
  if (set.same_day_due_at) detail.sameDayDueAt = new Date(set.same_day_due_at).toISOString()
  if (item.due_at) detail.previousDueAt = new Date(item.due_at).toISOString()
  return { set, detail }
}
