import { cstDay, loadCalendar } from '../../platform/calendar.ts'
import { addDays } from '../../platform/holidays.ts'
import type { Job } from '../../platform/jobs.ts'
import type { CalendarListener } from '../../platform/module.ts'
import type { RecipientResolver } from '../../platform/notify.ts'
import { enqueue, type OutboxMessage } from '../../platform/notify.ts'
import { clockOf } from './occurrences.ts'
import {
  activeRuleIds,
  assignmentPhones,
  markReminded,
  syncRuleSlots,
  unremindedAssignments,
} from './repo.ts'
import { HORIZON_DAYS } from './service.ts'

/** Keeps every active rule's slots placed up to the horizon as the days go by (adds what is missing only). */
export const dutyHorizonJob: Job = {
  name: 'duty_horizon',
  async run(ctx, now) {
    const countyCode = ctx.config.countyCode
    const today = cstDay(now)
    const calendar = await loadCalendar(ctx.db, countyCode)
    let placed = 0
    for (const id of await activeRuleIds(ctx.db, countyCode)) {
      placed += await ctx.db
        .transaction()
        .execute((trx) =>
          syncRuleSlots(trx, id, calendar, { from: today, to: addDays(today, HORIZON_DAYS), today }, false),
        )
    }
    return { placed }
  },
}

/**
 * Reminds each deputy on duty, the working day before the slot (or at once for a slot placed later than that),
 * in the console and through the webhook (an SMS gateway reaches the deputy's phone). Each assignment is reminded
 * once: the reminder and its mark are written in one transaction, claimed row by row, so several nodes never
 * send it twice.
 */
export const dutyReminderJob: Job = {
  name: 'duty_reminder',
  async run(ctx, now) {
    const countyCode = ctx.config.countyCode
    const today = cstDay(now)
    const calendar = await loadCalendar(ctx.db, countyCode)
    const candidates = await unremindedAssignments(ctx.db, countyCode, today, addDays(today, 20))
    const due = candidates.filter((a) => {
      if (new Date(a.starts_at) <= now) return false
      let before = addDays(a.day, -1)
      for (let i = 0; i < 60 && !calendar.isWorkday(before); i++) before = addDays(before, -1)
      return before <= today
    })
    let reminded = 0
    for (const a of due) {
      reminded += await ctx.db.transaction().execute(async (trx) => {
        if ((await markReminded(trx, [a.id], now)) === 0) return 0
        const time = `${a.day} ${clockOf(a.starts_at)}–${clockOf(a.ends_at)}`
        const base = {
          recipientType: 'deputy' as const,
          recipientId: a.deputy_id,
          kind: 'duty.reminder',
          subject: { type: 'duty_assignment', id: a.id },
          title: `接待提醒：${time} ${a.venue_name}`,
          titleEn: `Duty reminder: ${time}, ${a.venue_name}`,
          body: `您排班于 ${time} 在${a.venue_name}接待群众，请准时到岗。`,
          link: `/duty?day=${a.day}`,
        }
        const messages: OutboxMessage[] = [
          { ...base, channel: 'in_app' },
          { ...base, channel: 'webhook' },
        ]
        await enqueue(trx, countyCode, messages)
        return 1
      })
    }
    return { candidates: candidates.length, reminded }
  },
}

/** The deputy behind a duty assignment, for the webhook (phone decrypted at delivery only). */
export const dutyAssignmentRecipients: RecipientResolver = async (db, ids) => {
  const rows = await assignmentPhones(db, ids)
  return new Map(rows.map((r) => [r.id, { phoneEnc: r.phone_enc, reference: null }]))
}

/** The county corrected its calendar: the untouched slots ahead in the changed days are placed again. */
export const dutyOnCalendarChange: CalendarListener = async (change) => {
  const today = cstDay(change.now)
  let placed = 0
  for (const id of await activeRuleIds(change.db, change.countyCode)) {
    placed += await change.db.transaction().execute((trx) =>
      syncRuleSlots(trx, id, change.after, {
        from: addDays(change.from, -40),
        to: addDays(change.to, 40),
        today,
      }),
    )
  }
  return placed
}
