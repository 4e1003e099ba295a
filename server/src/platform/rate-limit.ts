import fastifyRateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { AppError } from './errors.ts'

/**
 * Per-address limits for the routes anyone can call (public submissions, sign-in). Registered per plugin, with
 * no global limit: each route opts in with `config: perMinute(n)`. Counters are kept in each node's memory, so N
 * nodes allow N times the limit (a shared store comes with several nodes). Behind a proxy set
 * LIANXIN_TRUST_PROXY so the client's address is used. Over the limit: 429 with Retry-After.
 */
export async function acceptRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.ceil(context.ttl / 1000)
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
    },
  })
}

/** A route's limit per client address and minute; 0 turns it off. */
export const perMinute = (max: number) => ({
  rateLimit: max > 0 ? { max, timeWindow: '1 minute' } : (false as const),
})
