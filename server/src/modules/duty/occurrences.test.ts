import { describe, expect, it } from 'vitest'
import { WorkCalendar } from '../../platform/calendar.ts'
import { type DutyRuleShape, isoWeekday, occurrences, ruleDays } from './occurrences.ts'

const calendar = new WorkCalendar()
const monthly15: DutyRuleShape = {
  kind: 'monthly',
  dayOfMonth: 15,
  weekday: null,
  startsAt: '09:00',
  endsAt: '11:30',
  validFrom: '2026-01-01',
  validUntil: null,
  onDayOff: 'next_workday',
}
const tuesdayAfternoon: DutyRuleShape = {
  ...monthly15,
  kind: 'weekly',
  dayOfMonth: null,
  weekday: 2,
  startsAt: '14:00:00',
  endsAt: '17:00:00',
  onDayOff: 'cancel',
}

describe('duty rule days', () => {
  it('names the day of each month, the last day in a shorter month', () => {
    expect(ruleDays({ ...monthly15, dayOfMonth: 31 }, '2026-01-01', '2026-04-30')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ])
    expect(ruleDays(monthly15, '2026-03-16', '2026-05-15')).toEqual(['2026-04-15', '2026-05-15'])
  })

  it('names every such weekday, within the rule’s validity', () => {
    const days = ruleDays({ ...tuesdayAfternoon, validUntil: '2026-03-17' }, '2026-03-01', '2026-12-31')
    expect(days).toEqual(['2026-03-03', '2026-03-10', '2026-03-17'])
    expect(days.every((d) => isoWeekday(d) === 2)).toBe(true)
    expect(ruleDays({ ...tuesdayAfternoon, validFrom: '2027-01-01' }, '2026-03-01', '2026-03-31')).toEqual([])
  })
})

describe('duty slots on the working-day calendar', () => {
  it('keeps a slot on a working day, at the county’s time whatever the process zone', () => {
    const [slot] = occurrences(monthly15, '2026-12-01', '2026-12-31', calendar)
    expect(slot).toMatchObject({ ruleDay: '2026-12-15', day: '2026-12-15', reason: null })
    expect(slot!.startsAt.toISOString()).toBe('2026-12-15T01:00:00.000Z')
    expect(slot!.endsAt.toISOString()).toBe('2026-12-15T03:30:00.000Z')
  })

  it('moves a slot off a weekend to the next working day, visibly', () => {
    // 2026-11-15 is a Sunday.
    const [slot] = occurrences(monthly15, '2026-11-01', '2026-11-30', calendar)
    expect(slot!.day).toBe('2026-11-16')
    expect(slot!.reason!.zh).toContain('周末')
    expect(slot!.reason!.zh).toContain('2026-11-16')
  })

  it('moves a slot out of the National Day holiday, past its make-up days to a real working day', () => {
    // 2026-10-01…07 are the National Day holidays; the 15th of a later holiday block is handled the same way.
    const rule = { ...monthly15, dayOfMonth: 2 }
    const [slot] = occurrences(rule, '2026-10-01', '2026-10-31', calendar)
    expect(slot!.ruleDay).toBe('2026-10-02')
    expect(calendar.isWorkday(slot!.day!)).toBe(true)
    expect(slot!.day! > '2026-10-02').toBe(true)
    expect(slot!.reason!.zh).toMatch(/国庆/)
    const before = occurrences(
      { ...rule, onDayOff: 'previous_workday' },
      '2026-10-01',
      '2026-10-31',
      calendar,
    )
    expect(before[0]!.day! < '2026-10-01').toBe(true)
    expect(calendar.isWorkday(before[0]!.day!)).toBe(true)
  })

  it('cancels a weekly slot on a holiday when the rule says so, and says why', () => {
    // 2027-02-09 is a Tuesday in the Spring Festival holiday (computed from the law for 2027).
    const slots = occurrences(tuesdayAfternoon, '2027-02-01', '2027-02-28', calendar)
    const cancelled = slots.filter((s) => s.day === null)
    expect(cancelled.length).toBeGreaterThanOrEqual(1)
    for (const s of cancelled) {
      expect(calendar.isWorkday(s.ruleDay)).toBe(false)
      expect(s.reason!.zh).toContain('取消')
    }
    expect(slots.filter((s) => s.day !== null).every((s) => calendar.isWorkday(s.day!))).toBe(true)
    expect(
      slots
        .find((s) => s.day !== null)!
        .startsAt.toISOString()
        .slice(11, 16),
    ).toBe('06:00')
  })
})
