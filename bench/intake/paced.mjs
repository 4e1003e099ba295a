/**
 * An open-loop load generator for the fixed-rate latency budget. Requests are scheduled on a Poisson process
 * (independent citizens) at a mean `rate`, and each latency is measured from its SCHEDULED send time, so a
 * server that falls behind is charged for the queue it builds (no coordinated omission).
 *
 * Why not only autocannon's overallRate: autocannon 8 limits each connection to `rate/connections` requests
 * per one-second window, so every second starts with a closed-loop burst of all connections and then idles;
 * and its coordinated-omission correction passes `Math.ceil(1 / rate)` (= 1 ms) as the expected interval,
 * which fills the histogram with synthetic samples. Both are reported; the budget is judged on this one.
 */
import http from 'node:http'
import { seeded } from './content.mjs'

export function percentile(sorted, p) {
  if (sorted.length === 0) return null
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

/**
 * @param {object} o
 * @param {string} o.url base URL, e.g. http://127.0.0.1:3000
 * @param {string} o.path
 * @param {number} o.rate mean requests per second
 * @param {number} o.durationS
 * @param {number} o.maxSockets keep-alive connections at most (further requests queue in the agent, and wait)
 * @param {() => {headers: Record<string,string>, body: string}} o.next
 */
export function paced({
  url,
  path,
  rate,
  durationS,
  maxSockets,
  next,
  graceS = 5,
  timeoutMs = 10_000,
  seed = 7,
}) {
  const { hostname, port } = new URL(url)
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const rnd = seeded(seed)
  // Poisson arrivals: exponential gaps with mean 1/rate.
  const schedule = []
  for (let t = 0; t < durationS * 1000; t += (-Math.log(1 - rnd()) * 1000) / rate) schedule.push(t)
  const total = schedule.length
  const latencies = []
  const statusCodes = {}
  const sampleErrors = []
  let errors = 0
  let timeouts = 0
  let finished = 0
  let maxLagMs = 0
  let abandoned = 0
  const pending = new Map() // request → scheduled time, for the ones still out when the run is cut off

  return new Promise((resolve) => {
    const start = performance.now() + 20
    let sent = 0
    let done = false
    let cutoff = null
    const finish = (req) => {
      pending.delete(req)
      if (++finished < total || done) return
      done = true
      clearTimeout(cutoff)
      agent.destroy()
      const sorted = latencies.sort((a, b) => a - b)
      const elapsed = (performance.now() - start) / 1000
      const ok = Object.entries(statusCodes)
        .filter(([code]) => code.startsWith('2'))
        .reduce((n, [, c]) => n + c, 0)
      resolve({
        scheduled: total,
        offeredRate: total / durationS,
        completedRate: ok / elapsed,
        elapsedS: elapsed,
        statusCodes,
        non2xx: total - ok - errors - timeouts - abandoned,
        errors,
        timeouts,
        // Still unanswered graceS after the last scheduled send: the server had fallen behind. Their latency
        // counts as the time they had waited by then, so the percentiles are lower bounds when this is > 0.
        abandoned,
        latencyIsLowerBound: abandoned > 0,
        sampleErrors,
        maxSendLagMs: Math.round(maxLagMs * 10) / 10,
        latencyMs: {
          p50: percentile(sorted, 50),
          p90: percentile(sorted, 90),
          p97_5: percentile(sorted, 97.5),
          p99: percentile(sorted, 99),
          p99_9: percentile(sorted, 99.9),
          max: sorted[sorted.length - 1] ?? null,
          mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
        },
      })
    }
    const fire = (scheduledAt) => {
      const { headers, body } = next()
      const req = http.request(
        {
          agent,
          hostname,
          port,
          path,
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
          timeout: timeoutMs,
        },
        (res) => {
          res.on('data', (chunk) => {
            if (res.statusCode >= 300 && sampleErrors.length < 3)
              sampleErrors.push(`${res.statusCode} ${chunk}`)
          })
          res.on('end', () => {
            // 2xx latencies only, like autocannon; failures are counted separately.
            if (done) return
            if (res.statusCode < 300) latencies.push(performance.now() - scheduledAt)
            statusCodes[res.statusCode] = (statusCodes[res.statusCode] ?? 0) + 1
            finish(req)
          })
        },
      )
      req.on('timeout', () => {
        timeouts++
        req.destroy(new Error('timeout'))
      })
      req.on('error', (error) => {
        if (done) return
        if (error.message !== 'timeout') {
          errors++
          if (sampleErrors.length < 3) sampleErrors.push(String(error))
        }
        finish(req)
      })
      pending.set(req, scheduledAt)
      req.end(body)
    }
    const tick = () => {
      const now = performance.now() - start
      while (sent < total && schedule[sent] <= now) {
        maxLagMs = Math.max(maxLagMs, now - schedule[sent])
        fire(start + schedule[sent])
        sent++
      }
      if (sent < total) setTimeout(tick, Math.max(0, Math.min(5, schedule[sent] - now)))
      else
        cutoff = setTimeout(() => {
          const at = performance.now()
          for (const [req, scheduledAt] of [...pending]) {
            abandoned++
            latencies.push(at - scheduledAt)
            finished++
            pending.delete(req)
            req.destroy()
          }
          finished-- // let the last finish() below complete the run
          finish(null)
        }, graceS * 1000)
    }
    setTimeout(tick, 20)
  })
}
