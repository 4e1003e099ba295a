import { describe, expect, it } from 'vitest'
import { countyDateTime, countyDay, countyDayStart } from './time'

// The unit project may run under any TZ: these instants must read the same in all of them.
describe('county time', () => {
  it('formats an instant in Asia/Shanghai, not in the machine’s zone', () => {
    expect(countyDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30')
    expect(countyDateTime('2027-01-04T01:05:00.000Z')).toBe('2027-01-04 09:05')
  })

  it('keeps text that is not a time as it is', () => {
    expect(countyDateTime('not a time')).toBe('not a time')
  })

  it('gives the county’s day of an instant', () => {
    expect(countyDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31')
    expect(countyDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })

  it('gives the instant a county day begins, and the day after a range', () => {
    expect(countyDayStart('2027-01-01')).toBe('2026-12-31T16:00:00.000Z')
    expect(countyDayStart('2026-12-31', 1)).toBe('2026-12-31T16:00:00.000Z')
    expect(countyDayStart('2026-02-28', 1)).toBe('2026-02-28T16:00:00.000Z')
  })
})
