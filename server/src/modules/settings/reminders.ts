import { sql } from 'kysely'
import { cstDay, loadCalendar } from '../../platform/calendar.ts'
import type { Job } from '../../platform/jobs.ts'
import { enqueue } from '../../platform/notify.ts'
import { YEAR_MESSAGES } from './present.ts'
import { countyAdmins, lastReminder, NOTICE_DUE } from './repo.ts'

/** From this day of the year on, the next year's notice is due (the State Council publishes it in Nov–Dec). */
export const REMINDERS_FROM = '11-01'
const REMIND_EVERY_MS = 7 * 86_400_000

/**
 * Reminds the county admins, in the console, to enter next year's State Council notice while that year is still
 * computed from the law: from 1 November, once a week until it is entered (and this year's, should it still be
 * missing). Several nodes may run it at once: a
 * transaction-scoped advisory lock lets one look and send at a time, and the others then see its reminder.
 */
export const calendarReminderJob: Job = {
  name: 'calendar_notice_reminder',
  async run(ctx, now) {
    const countyCode = ctx.config.countyCode
    const today = cstDay(now)
    const thisYear = Number(today.slice(0, 4))
    const calendar = await loadCalendar(ctx.db, countyCode)
    // This year's notice, if it is somehow still missing; next year's from 1 November.
    const due = [thisYear, ...(today.slice(5) >= REMINDERS_FROM ? [thisYear + 1] : [])]
    const year = due.find((y) => calendar.isProvisionalYear(y))
    if (year === undefined) return { reminded: 0, why: 'no notice due' }
    return ctx.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(7411002)`.execute(trx)
      const last = await lastReminder(trx, countyCode, year)
      if (last && now.getTime() - last.getTime() < REMIND_EVERY_MS)
        return { year, reminded: 0, why: 'reminded this week' }
      const admins = await countyAdmins(trx, countyCode)
      await enqueue(
        trx,
        countyCode,
        admins.map((id) => ({
          channel: 'in_app' as const,
          recipientType: 'user' as const,
          recipientId: id,
          kind: NOTICE_DUE,
          title: `请录入${year}年节假日安排`,
          titleEn: `Enter the ${year} holiday notice`,
          body: YEAR_MESSAGES.provisional.zh,
          link: `/calendar?year=${year}`,
          payload: { year, at: now.toISOString() },
        })),
      )
      return { year, reminded: admins.length }
    })
  },
}
