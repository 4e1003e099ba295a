import { describe, expect, it } from 'vitest'
import { AppError } from './errors.ts'
import { FailureLimit } from './rate-limit.ts'

const refusal = (run: () => void) => {
  try {
    run()
  } catch (error) {
    return error instanceof AppError ? { code: error.code, ...error.extra } : error
  }
  return null
}

describe('FailureLimit', () => {
  it('refuses a key once its failures reach the limit, until its window ends', () => {
    const limit = new FailureLimit(2, 60_000)
    limit.claim('A', 0)
    limit.claim('A', 1_000)
    expect(refusal(() => limit.claim('A', 30_000))).toEqual({ code: 'rate_limited', retryAfterSeconds: 30 })
    expect(refusal(() => limit.claim('B', 30_000))).toBeNull()
    expect(refusal(() => limit.claim('A', 60_000))).toBeNull()
  })

  it('does not count attempts given back', () => {
    const limit = new FailureLimit(1)
    for (let i = 0; i < 10; i++) {
      limit.claim('A', i)
      limit.release('A')
    }
    limit.claim('A', 10)
    expect(refusal(() => limit.claim('A', 11))).toMatchObject({ code: 'rate_limited' })
  })

  it('holds at most maxKeys keys, letting the oldest windows go first', () => {
    const limit = new FailureLimit(1, 60_000, 3)
    for (const [i, key] of ['A', 'B', 'C', 'D'].entries()) limit.claim(key, i)
    // A gave way to D; B, C and D are still counted.
    expect(refusal(() => limit.claim('A', 10))).toBeNull()
    expect(refusal(() => limit.claim('D', 10))).toMatchObject({ code: 'rate_limited' })
  })

  it('is off at 0', () => {
    const limit = new FailureLimit(0)
    for (let i = 0; i < 100; i++) limit.claim('A', i)
  })
})
