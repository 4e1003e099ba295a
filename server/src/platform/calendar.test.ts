import { describe, expect, it } from 'vitest'
import { cstDay, cstInstant, parseOfficeHours, WorkCalendar } from './calendar.ts'

const cal = new WorkCalendar()
const at = (local: string) => new Date(`${local}+08:00`)
const iso = (d: Date) => d.toISOString()

describe('Chinese working-day calendar', () => {
  it('knows National Day 2026 and its 调休 make-up Saturday', () => {
    for (const day of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-07'])
      expect(cal.isWorkday(day), day).toBe(false)
    expect(cal.isWorkday('2026-10-10')).toBe(true) // Saturday, worked in lieu
    expect(cal.isWorkday('2026-10-11')).toBe(false) // ordinary Sunday
    expect(cal.isWorkday('2026-10-09')).toBe(true)
  })

  it('knows Spring Festival 2026 and its make-up days', () => {
    expect(cal.isWorkday('2026-02-14')).toBe(true) // Saturday, worked in lieu
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23'])
      expect(cal.isWorkday(day), day).toBe(false)
    expect(cal.isWorkday('2026-02-24')).toBe(true)
  })

  it('starts the clock at once in office hours, at opening before them, next working day after them', () => {
    expect(iso(cal.clockStart(at('2026-11-26T10:00:00')))).toBe(iso(at('2026-11-26T10:00:00')))
    expect(iso(cal.clockStart(at('2026-11-26T07:10:00')))).toBe(iso(at('2026-11-26T08:30:00')))
    expect(iso(cal.clockStart(at('2026-11-26T17:31:00')))).toBe(iso(at('2026-11-27T08:30:00')))
    // Friday evening → Monday morning
    expect(iso(cal.clockStart(at('2026-11-27T19:00:00')))).toBe(iso(at('2026-11-30T08:30:00')))
    // During the National Day holiday → the first working day after it
    expect(iso(cal.clockStart(at('2026-10-03T11:00:00')))).toBe(iso(at('2026-10-08T08:30:00')))
  })

  it('sets the same-day deadline at closing time of the clock’s first working day', () => {
    expect(iso(cal.sameDayDeadline(at('2026-11-26T10:00:00')))).toBe(iso(at('2026-11-26T17:30:00')))
    expect(iso(cal.sameDayDeadline(at('2026-11-26T20:00:00')))).toBe(iso(at('2026-11-27T17:30:00')))
    expect(iso(cal.sameDayDeadline(at('2026-09-30T18:00:00')))).toBe(iso(at('2026-10-08T17:30:00')))
  })

  it('counts 5 working days across National Day, working the make-up Saturday', () => {
    // Accepted Tuesday 29 Sep: 29, 30 Sep, holiday 1–7 Oct, 8, 9, and Saturday 10 Oct (调休) → Saturday 10 Oct
    expect(iso(cal.deadlineAfter(at('2026-09-29T09:00:00'), 5))).toBe(iso(at('2026-10-10T17:30:00')))
    // Mid-Autumn Friday 25 Sep is off and Sunday 20 Sep is worked in lieu
    expect(cal.isWorkday('2026-09-25')).toBe(false)
    expect(cal.isWorkday('2026-09-20')).toBe(true)
    // Accepted Thursday 8 Oct: 8, 9, Sat 10 (调休), 12, 13 → Tuesday 13 Oct
    expect(iso(cal.deadlineAfter(at('2026-10-08T09:00:00'), 5))).toBe(iso(at('2026-10-13T17:30:00')))
  })

  it('counts working days across Spring Festival', () => {
    // Accepted Friday 13 Feb 2026: 13, Sat 14 (调休), then holiday 15–23, 24, 25, 26 → Thursday 26 Feb
    expect(iso(cal.deadlineAfter(at('2026-02-13T09:00:00'), 5))).toBe(iso(at('2026-02-26T17:30:00')))
    expect(cal.workingDaysBetween(at('2026-02-13T09:00:00'), at('2026-02-26T16:00:00'))).toBe(4)
  })

  it('extends a deadline by working days', () => {
    expect(iso(cal.extend(at('2026-11-27T17:30:00'), 3))).toBe(iso(at('2026-12-02T17:30:00')))
  })

  it('lets admin overrides correct the calendar', () => {
    const corrected = new WorkCalendar(
      new Map([
        ['2026-11-27', 'holiday'],
        ['2026-11-28', 'workday'],
      ]),
    )
    expect(corrected.isWorkday('2026-11-27')).toBe(false)
    expect(corrected.isWorkday('2026-11-28')).toBe(true)
    expect(iso(corrected.clockStart(at('2026-11-26T18:00:00')))).toBe(iso(at('2026-11-28T08:30:00')))
  })

  it('parses office hours and converts CST days', () => {
    expect(parseOfficeHours('09:00-17:00')).toEqual({ start: 540, end: 1020 })
    expect(() => parseOfficeHours('17:00-09:00')).toThrow()
    expect(cstDay(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27')
    expect(iso(cstInstant('2026-11-27', 0))).toBe('2026-11-26T16:00:00.000Z')
  })
})
