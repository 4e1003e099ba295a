import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCounty } from './factories.ts'
import { createTestApp, type TestApp } from './harness.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/**
 * Slow clients cannot hold connections (platform/timeouts.ts): a server listening on a real port, with short
 * limits, closes a connection whose headers or body trickle in, while a body that keeps up the minimum rate may
 * take longer than the base timeout.
 */

const HEADERS_SECONDS = 1
const REQUEST_SECONDS = 2
const MIN_RATE = 1024

let t: TestApp
let port: number
beforeAll(async () => {
  t = await createTestApp({
    headersTimeoutSeconds: HEADERS_SECONDS,
    requestTimeoutSeconds: REQUEST_SECONDS,
    bodyMinBytesPerSecond: MIN_RATE,
  })
  await buildCounty(t.ctx.db)
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  port = (t.app.server.address() as AddressInfo).port
})
afterAll(async () => t?.close())

interface Outcome {
  closed: boolean
  ms: number
  received: string
}

/**
 * Opens a connection, sends `head`, then `chunks` one every `everyMs`; resolves when the server closes the
 * connection, or with `closed: false` after `giveUpMs`.
 */
async function converse(head: string, chunks: Iterable<string | Buffer>, everyMs: number, giveUpMs = 15_000) {
  const socket = net.connect(port, '127.0.0.1')
  socket.on('error', () => {}) // writing to a connection the server has closed
  socket.setEncoding('utf8')
  let received = ''
  socket.on('data', (data: string) => {
    received += data
  })
  await once(socket, 'connect')
  const start = Date.now()
  // 'close' follows a reset too ('error' first, which events.once would turn into a rejection).
  const closed = new Promise<true>((resolve) => socket.once('close', () => resolve(true)))
  if (head) socket.write(head)
  const iterator = chunks[Symbol.iterator]()
  const timer = setInterval(() => {
    const next = iterator.next()
    if (!next.done && !socket.destroyed) socket.write(next.value)
  }, everyMs)
  const outcome = await Promise.race([
    closed,
    new Promise<false>((r) => setTimeout(() => r(false), giveUpMs)),
  ])
  clearInterval(timer)
  socket.destroy()
  return { closed: outcome, ms: Date.now() - start, received } satisfies Outcome
}

/** One byte after another, for ever. */
function* trickle(byte: string) {
  for (;;) yield byte
}

const request = (method: string, path: string, headers: Record<string, string | number>) =>
  `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`

const problemOf = (received: string) => JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4))

describe('slow clients', () => {
  it('closes a connection whose body trickles in, with a 408, soon after the request timeout', async () => {
    const head = request('POST', '/api/public/suggestions', {
      'content-type': 'application/json',
      'content-length': 100_000,
      'idempotency-key': idempotencyKey(),
    })
    const outcome = await converse(head, trickle(' '), 200)
    expect(outcome.closed).toBe(true)
    expect(outcome.ms).toBeGreaterThanOrEqual(REQUEST_SECONDS * 1000 - 100)
    expect(outcome.ms).toBeLessThan(REQUEST_SECONDS * 1000 + 2500)
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408 /)
    expect(problemOf(outcome.received)).toMatchObject({ status: 408, code: 'request_timeout' })
  })

  it('closes a connection whose headers trickle in, soon after the headers timeout', async () => {
    const outcome = await converse(
      'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ',
      trickle('a'),
      200,
    )
    expect(outcome.closed).toBe(true)
    expect(outcome.ms).toBeLessThan(HEADERS_SECONDS * 1000 + 2500)
    expect(outcome.received).toMatch(/^HTTP\/1\.1 408 /)
  })

  it('closes a connection that sends nothing, soon after the headers timeout', async () => {
    const outcome = await converse('', [], 1000)
    expect(outcome.closed).toBe(true)
    expect(outcome.ms).toBeLessThan(HEADERS_SECONDS * 1000 + 2500)
  })

  it('also closes a trickling body that a route refused before reading it', async () => {
    // An anonymous write to a route that needs a session is answered 401 at once; the body still trickles.
    const head = request('POST', '/api/users', {
      'content-type': 'application/json',
      'content-length': 100_000,
    })
    const outcome = await converse(head, trickle(' '), 200)
    // The 401 is sent at once; a reset that follows it on a loaded machine may drop it before it is read.
    if (outcome.received) expect(outcome.received).toMatch(/^HTTP\/1\.1 401 /)
    expect(outcome.closed).toBe(true)
    expect(outcome.ms).toBeLessThan(REQUEST_SECONDS * 1000 + 2500)
  })

  it('lets a body that keeps up the minimum rate take longer than the request timeout', async () => {
    // A submission padded with JSON whitespace to about 6 kB, sent at twice the minimum rate: about 3 s in all.
    const json = JSON.stringify({ consent: true, content: '村口的路灯坏了，晚上很黑' })
    const body = Buffer.from(`${json.slice(0, -1)}${' '.repeat(6000)}}`)
    const head = request('POST', '/api/public/suggestions', {
      'content-type': 'application/json',
      'content-length': body.length,
      'idempotency-key': idempotencyKey(),
      connection: 'close',
    })
    const chunkBytes = 200
    const chunks = Array.from({ length: Math.ceil(body.length / chunkBytes) }, (_, i) =>
      body.subarray(i * chunkBytes, (i + 1) * chunkBytes),
    )
    const outcome = await converse(head, chunks, Math.round((chunkBytes / (2 * MIN_RATE)) * 1000))
    expect(outcome.ms).toBeGreaterThan(REQUEST_SECONDS * 1000)
    expect(outcome.received).toMatch(/^HTTP\/1\.1 201 /)
  })
})
