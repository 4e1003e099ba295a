import { describe, expect, it } from 'vitest'
import { countyDateTime, countyDay } from './time'

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
})
