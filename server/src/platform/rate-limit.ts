import fastifyRateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { AppError } from './errors.ts'

/**
 * Per-address limits for the routes anyone can call (public submissions, sign-in, tracking). Registered per plugin, with
 * no global limit: each route opts in with `config: perMinute(n)`. Counters are kept in each node's memory, so N
 * nodes allow N times the limit (a shared store comes with several nodes). Behind a proxy set
 * LIANXIN_TRUST_PROXY so the client's address is used. Over the limit: 429 with Retry-After.
 */
export async function acceptRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => rateLimited(Math.ceil(context.ttl / 1000)),
  })
}

/** 429 `rate_limited`, with Retry-After (platform/problem.ts sets the header from retryAfterSeconds). */
export function rateLimited(seconds: number): AppError {
  return new AppError(
    'rate_limited',
    {
      zh: `请求过于频繁，请 ${seconds} 秒后再试`,
      en: `Too many requests; try again in ${seconds} s`,
    },
    undefined,
    undefined,
    { retryAfterSeconds: seconds },
  )
}

/** A route's limit per client address and minute; 0 turns it off. */
export const perMinute = (max: number) => ({
  rateLimit: max > 0 ? { max, timeWindow: '1 minute' } : (false as const),
})

/**
 * Failed attempts at one key (a tracking code: however many addresses the guesses come from), counted per
 * minute in this node's memory like the per-address limits, so N nodes allow N times as many. An attempt is
 * claimed before it is checked and given back when it succeeds: parallel guesses cannot slip past the limit, and
 * the owner's own look-ups never count. Once a key's failures reach the limit, every attempt at it is answered
 * 429 with Retry-After until its minute ends (a right answer too, or the limit would tell it apart). At most
 * `maxKeys` keys are held; the oldest windows give way first.
 */
export class FailureLimit {
  private readonly windows = new Map<string, { failures: number; endsAt: number }>()

  constructor(
    private readonly max: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one attempt at `key`; 429 when the key's failures have reached the limit in this window. */
  claim(key: string, now = Date.now()): void {
    if (this.max <= 0) return
    let window = this.windows.get(key)
    if (!window || window.endsAt <= now) {
      this.windows.delete(key)
      this.makeRoom(now)
      window = { failures: 0, endsAt: now + this.windowMs }
      this.windows.set(key, window)
    }
    if (window.failures >= this.max) throw rateLimited(Math.max(1, Math.ceil((window.endsAt - now) / 1000)))
    window.failures++
  }

  /** Gives back the attempt claimed for `key`: it succeeded. */
  release(key: string): void {
    const window = this.windows.get(key)
    if (window && window.failures > 0) window.failures--
  }

  /** Windows are kept in the order they started, so the ended (and, when full, the oldest) ones are in front. */
  private makeRoom(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.endsAt > now && this.windows.size < this.maxKeys) break
      this.windows.delete(key)
    }
  }
}
