import type { Notification } from '../../shared/api/types'

/** The kind of the reminder to enter a year's holiday notice (server: settings module, NOTICE_DUE). */
export const CALENDAR_NOTICE_DUE = 'calendar.notice_due'

/**
 * Where opening a notification leads in the console: the link the server gave it (the reminder to enter a year's
 * notice opens the calendar at that year), else the suggestion it is about; null when it leads nowhere.
 */
export function notificationTarget(n: Pick<Notification, 'kind' | 'subject' | 'link'>): string | null {
  if (n.link?.startsWith('/')) return n.link
  if (n.subject?.type === 'suggestion') return `/suggestions/${n.subject.id}`
  if (n.kind === CALENDAR_NOTICE_DUE) return '/calendar'
  return null
}
