import { describe, expect, it } from 'vitest'
import { uuidv7 } from './ids.ts'

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID carrying the millisecond', () => {
    const at = Date.UTC(2026, 10, 29, 12, 0, 0, 123)
    const id = uuidv7(at)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at)
  })

  it('orders by time and never repeats', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => uuidv7(1_800_000_000_000 + Math.floor(i / 100)))
    expect(new Set(ids).size).toBe(ids.length)
    const sorted = [...ids].sort()
    // Within one millisecond the order is random; across milliseconds it follows time.
    const ms = (id: string) => id.slice(0, 13)
    expect(sorted.map(ms)).toEqual(ids.map(ms))
  })
})
