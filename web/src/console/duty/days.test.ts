import { describe, expect, it } from 'vitest'
import { addDays, clock, dayWithWeekday } from './days'

describe('duty days in the console', () => {
  it('reads clocks and weekdays in the county’s time', () => {
    expect(clock('2026-12-08T06:00:00.000Z')).toBe('14:00')
    expect(dayWithWeekday('2026-12-08', 'zh')).toBe('2026-12-08 周二')
    expect(dayWithWeekday('2026-12-13', 'en')).toBe('2026-12-13 Sun')
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
  })
})
