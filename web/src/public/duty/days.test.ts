import { describe, expect, it } from 'vitest'
import { addDays, clock, dayLabel, groupBy } from './days'

describe('the duty calendar’s days', () => {
  it('names days and clocks in the county’s time whatever the browser’s zone', () => {
    expect(dayLabel('2026-12-08', 'zh')).toBe('12月8日 周二')
    expect(dayLabel('2026-12-08', 'en')).toBe('Tue 8 Dec')
    expect(clock('2026-12-08T01:00:00.000Z')).toBe('09:00')
    expect(clock('2026-12-07T16:30:00.000Z')).toBe('00:30')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28')
  })

  it('groups in order', () => {
    expect(groupBy(['a1', 'b1', 'a2'], (s) => s[0]!)).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ])
  })
})
