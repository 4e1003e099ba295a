import type { Notification } from '../../shared/api/types'

/** The kind of the reminder to enter a year's holiday notice (server: settings module, NOTICE_DUE). */
export const CALENDAR_NOTICE_DUE = 'calendar.notice_due'

/**
 * Where opening a notification leads in the console: the suggestion it is about, or for the reminder to enter a
 * year's notice the calendar at that year; null when it leads nowhere. The reminder's year is kept in its payload,
 * which the inbox does not return, so it is read from the title the server writes ("请录入2027年节假日安排").
 */
export function notificationTarget(n: Pick<Notification, 'kind' | 'title' | 'subject'>): string | null {
  if (n.subject?.type === 'suggestion') return `/suggestions/${n.subject.id}`
  if (n.kind === CALENDAR_NOTICE_DUE) {
    const year = /(\d{4})\s*年/.exec(n.title)?.[1]
    return year ? `/calendar?year=${year}` : '/calendar'
  }
  return null
}
