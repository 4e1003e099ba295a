import type { DutyDayOffPolicy, DutyRuleKind } from '../../db/types.ts'
import { cstInstant, type WorkCalendar } from '../../platform/calendar.ts'
import type { Message } from '../../platform/errors.ts'
import { addDays } from '../../platform/holidays.ts'

/**
 * The days a duty rule gives, on the working-day calendar (docs/domain.md "Duty schedule"). A rule names a day of
 * each month (the 15th; a month without it uses its last day) or a weekday of each week, a time of day, and what
 * happens when its day is a day off (a weekend or a holiday): the slot moves to the next or the previous working
 * day, or it is cancelled. Either way the change is kept visible: the slot carries the day the rule gave and why
 * it moved. Pure: all day arithmetic on 'YYYY-MM-DD' strings, clock times in the county's time.
 */

export interface DutyRuleShape {
  kind: DutyRuleKind
  dayOfMonth: number | null
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number | null
  /** 'HH:MM' (or 'HH:MM:SS' as the database returns a time). */
  startsAt: string
  endsAt: string
  validFrom: string
  validUntil: string | null
  onDayOff: DutyDayOffPolicy
}

export interface Occurrence {
  /** The day the rule gives. */
  ruleDay: string
  /** The day the slot is held on; null when it is cancelled because its day is a day off. */
  day: string | null
  startsAt: Date
  endsAt: Date
  /** Why the slot moved or was cancelled (the day off's name), null when it is on its own day. */
  reason: Message | null
}

/** Minutes after midnight of 'HH:MM' or 'HH:MM:SS'. */
export function minutesOf(time: string): number {
  const m = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time)
  if (!m) throw new Error(`not a time of day: ${time}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** 'HH:MM' of an instant in the county's time (China Standard Time). */
export function clockOf(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(11, 16)
}

/** ISO weekday of a day (1 Monday … 7 Sunday). */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay()
  return d === 0 ? 7 : d
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The days in [from, to] the rule's recurrence names, before the calendar is consulted. */
export function ruleDays(rule: DutyRuleShape, from: string, to: string): string[] {
  const start = rule.validFrom > from ? rule.validFrom : from
  const end = rule.validUntil !== null && rule.validUntil < to ? rule.validUntil : to
  if (start > end) return []
  const days: string[] = []
  if (rule.kind === 'weekly') {
    let d = start
    while (isoWeekday(d) !== rule.weekday) d = addDays(d, 1)
    for (; d <= end; d = addDays(d, 7)) days.push(d)
    return days
  }
  let year = Number(start.slice(0, 4))
  let month = Number(start.slice(5, 7))
  for (;;) {
    const dom = Math.min(rule.dayOfMonth ?? 1, daysInMonth(year, month))
    const d = `${year}-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`
    if (d > end) break
    if (d >= start) days.push(d)
    month++
    if (month === 13) {
      month = 1
      year++
    }
  }
  return days
}

function previousWorkday(calendar: WorkCalendar, day: string): string {
  let d = addDays(day, -1)
  for (let i = 0; i < 400 && !calendar.isWorkday(d); i++) d = addDays(d, -1)
  return d
}

/** Why a day is off, in both languages: the holiday's name, or the weekend. */
export function dayOffName(calendar: WorkCalendar, day: string): Message {
  const info = calendar.dayInfo(day)
  return info.name ?? { zh: '周末', en: 'weekend' }
}

/** The rule's slots whose rule day lies in [from, to], placed on the calendar. */
export function occurrences(
  rule: DutyRuleShape,
  from: string,
  to: string,
  calendar: WorkCalendar,
): Occurrence[] {
  const startMin = minutesOf(rule.startsAt)
  const endMin = minutesOf(rule.endsAt)
  return ruleDays(rule, from, to).map((ruleDay) => {
    let day: string | null = ruleDay
    let reason: Message | null = null
    if (!calendar.isWorkday(ruleDay)) {
      const off = dayOffName(calendar, ruleDay)
      if (rule.onDayOff === 'cancel') {
        day = null
        reason = { zh: `${off.zh}，本次取消`, en: `${off.en}: cancelled` }
      } else {
        day =
          rule.onDayOff === 'next_workday'
            ? calendar.nextWorkday(ruleDay)
            : previousWorkday(calendar, ruleDay)
        reason = {
          zh: `${off.zh}，由 ${ruleDay} 调至 ${day}`,
          en: `${off.en}: moved from ${ruleDay} to ${day}`,
        }
      }
    }
    const on = day ?? ruleDay
    return { ruleDay, day, startsAt: cstInstant(on, startMin), endsAt: cstInstant(on, endMin), reason }
  })
}
