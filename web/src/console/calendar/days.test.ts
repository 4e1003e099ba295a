import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isDay, isWeekend, monthWeeks, weekdayOf, yearBounds } from './days'

describe('calendar arithmetic on day texts', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(daysBetween('2027-02-05', '2027-02-10')).toBe(5)
    expect(daysBetween('2027-02-10', '2027-02-05')).toBe(-5)
  })

  it('knows the weekday and the weekend from the date alone', () => {
    expect(weekdayOf('2027-01-04')).toBe(1) // Monday
    expect(isWeekend('2027-01-09')).toBe(true) // Saturday
    expect(isWeekend('2027-01-10')).toBe(true) // Sunday
    expect(isWeekend('2027-01-08')).toBe(false)
  })

  it('accepts only real days', () => {
    expect(isDay('2027-02-28')).toBe(true)
    expect(isDay('2027-02-29')).toBe(false)
    expect(isDay('2027-2-1')).toBe(false)
    expect(yearBounds(2027)).toEqual({ from: '2027-01-01', to: '2027-12-31' })
  })
})

describe('monthWeeks', () => {
  it('lays a month out in Monday-first weeks', () => {
    // January 2027 starts on a Friday: four blank cells, then 1 January under 五.
    const weeks = monthWeeks(2027, 1)
    expect(weeks[0]).toEqual([null, null, null, null, '2027-01-01', '2027-01-02', '2027-01-03'])
    expect(weeks[1][0]).toBe('2027-01-04')
    expect(weeks.at(-1)).toEqual([
      '2027-01-25',
      '2027-01-26',
      '2027-01-27',
      '2027-01-28',
      '2027-01-29',
      '2027-01-30',
      '2027-01-31',
    ])
    expect(weeks.flat().filter(Boolean)).toHaveLength(31)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
  })

  it('starts a month that begins on a Monday in the first cell and pads the end', () => {
    // February 2027 begins on a Monday: exactly four weeks.
    expect(monthWeeks(2027, 2)).toHaveLength(4)
    expect(monthWeeks(2027, 2)[0][0]).toBe('2027-02-01')
    // February 2028 has 29 days, ending on a Tuesday.
    const leap = monthWeeks(2028, 2)
    expect(leap.flat().filter(Boolean)).toHaveLength(29)
    expect(leap.at(-1)).toEqual(['2028-02-28', '2028-02-29', null, null, null, null, null])
  })
})
