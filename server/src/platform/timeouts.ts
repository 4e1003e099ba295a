import type http from 'node:http'
import type { FastifyInstance, FastifyRequest } from 'fastify'

/**
 * How long a client may take to send its request, so that slow clients cannot hold connections (a request's
 * headers, or its body, sent a byte every few seconds):
 * - the request line and headers must arrive within `headersTimeoutSeconds` of the first byte (Node's
 *   headersTimeout; a connection that sends nothing at all is closed then too);
 * - a body must arrive within `requestTimeoutSeconds`, plus one second for every `bodyMinBytesPerSecond` bytes
 *   received so far: a deadline that grows with what arrives. A total alone cannot tell a 10 MB photo sent from a
 *   phone on a slow network (minutes, legitimately) from a trickle; a minimum rate alone would cut a phone that
 *   stalls in a tunnel. So a body arriving at the minimum rate or faster is never cut (and a stall is covered by
 *   what it sent before), while a trickle is cut about `requestTimeoutSeconds` after it began;
 * - whatever the rate, no request may take longer than its largest possible body at the minimum rate (Node's
 *   requestTimeout, the backstop).
 * A request cut short is answered 408 (when no answer has begun) and its connection closed.
 */
export interface RequestTimeouts {
  headersTimeoutSeconds: number
  requestTimeoutSeconds: number
  bodyMinBytesPerSecond: number
}

/** The largest body any route takes: a 10 MB photo or spreadsheet with its multipart framing. */
const LARGEST_BODY_BYTES = 11 * 1024 * 1024

/** Fastify's server options for these timeouts (`Fastify({ ...serverTimeouts(config) })`). */
export function serverTimeouts(t: RequestTimeouts): { requestTimeout: number; http: http.ServerOptions } {
  const headersMs = t.headersTimeoutSeconds * 1000
  const bodyMs = t.requestTimeoutSeconds * 1000
  const largestBodyMs =
    t.bodyMinBytesPerSecond > 0 ? Math.ceil(LARGEST_BODY_BYTES / t.bodyMinBytesPerSecond) * 1000 : 0
  return {
    requestTimeout: headersMs + bodyMs + largestBodyMs,
    http: {
      headersTimeout: headersMs,
      // How often Node looks for connections past these limits (its default, 30 s, would add up to that much).
      connectionsCheckingInterval: Math.min(1000, Math.ceil(headersMs / 2)),
    },
  }
}

const hasBody = (request: FastifyRequest) => {
  const length = request.headers['content-length']
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined
}

/** Closes the connection of a request whose body has fallen behind its deadline, with a 408 when possible. */
function cutShort(request: FastifyRequest, response: http.ServerResponse): void {
  const socket = request.raw.socket
  request.log.info({ bytesRead: socket.bytesRead }, 'request body too slow: connection closed')
  const destroy = setTimeout(() => socket.destroy(), 1000)
  destroy.unref()
  // An answer already begun (the route refused the request before reading its body) cannot take a 408.
  if (response.headersSent || !socket.writable) {
    socket.destroy()
    return
  }
  // The problem document every error is (platform/problem.ts), written on the connection being closed.
  const body = JSON.stringify({
    type: '/problems/request_timeout',
    title: 'request_timeout',
    status: 408,
    code: 'request_timeout',
    detail: 'The request was not received in time',
    message: {
      zh: '请求发送超时，请检查网络后重试',
      en: 'The request was not received in time; check the network and try again',
    },
    requestId: String(request.id),
  })
  socket.end(
    'HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  )
}

/** Watches each request that has a body until it has all arrived (see RequestTimeouts). */
export function registerBodyDeadline(app: FastifyInstance, t: RequestTimeouts): void {
  const baseMs = t.requestTimeoutSeconds * 1000
  const rate = t.bodyMinBytesPerSecond
  app.addHook('onRequest', async (request, reply) => {
    const raw = request.raw
    const socket = raw.socket
    // Requests injected in tests have no connection to hold.
    if (raw.complete || !hasBody(request) || typeof socket?.bytesRead !== 'number') return
    const start = Date.now()
    // Bytes read from the connection: what the client has sent, whether or not a handler has read it yet.
    const before = socket.bytesRead
    let timer: NodeJS.Timeout | undefined
    const check = () => {
      if (raw.complete || socket.destroyed) return
      const allowed = start + baseMs + (rate > 0 ? ((socket.bytesRead - before) / rate) * 1000 : 0)
      const now = Date.now()
      if (now < allowed) {
        timer = setTimeout(check, Math.max(100, allowed - now))
        timer.unref()
      } else cutShort(request, reply.raw)
    }
    timer = setTimeout(check, baseMs)
    timer.unref()
    raw.once('close', () => clearTimeout(timer))
  })
}
