import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect } from 'vitest'
import { ENDPOINTS, RECIPIENTS } from '../src/modules/index.ts'
import { deliverPending } from '../src/platform/delivery.ts'
import { createTestApp, type Session, type TestApp } from './harness.ts'
import { type LoopSessions, type LoopWorld, loopWorld } from './loop-items.ts'

/**
 * The world of the partner-system suites (docs/domain.md "Partner systems"): a county with its loop staff, a
 * local receiver standing for the partners' webhooks, and helpers to register partners and call as one. A suite
 * calls usePartnerWorld() once; the bindings below are set before its tests run.
 */

export let t: TestApp
export let w: LoopWorld
export let s: LoopSessions
export let town: Session

/** A local receiver standing for the partners' systems. */
export interface Received {
  headers: http.IncomingHttpHeaders
  raw: string
  body: { kind: string; recipient: { type: string; id: string }; data?: Record<string, any> }
}
export const received: Received[] = []
let server: http.Server
export let hookUrl: string

export function usePartnerWorld(): void {
  beforeAll(async () => {
    t = await createTestApp()
    ;({ w, s } = await loopWorld(t))
    town = s.town
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        received.push({ headers: req.headers, raw, body: JSON.parse(raw) })
        res.end('ok')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()))
    await t?.close()
  })
}

export interface Issued {
  partner: { id: string; keys: { id: string; prefix: string; revokedAt: string | null }[] }
  keyId: string
  key: string
  webhookSecret: string | null
}

let seq = 0
export async function issuePartner(body: Record<string, unknown>): Promise<Issued> {
  const res = await s.admin.post('/api/partners', { name: `测试系统${++seq}`, kind: 'hotline', ...body })
  expect(res.statusCode, res.body).toBe(201)
  return res.json()
}

export const asPartner = (key: string, method: string, url: string, payload?: unknown, headers = {}) =>
  t.app.inject({
    method: method as 'GET',
    url,
    headers: { authorization: `Bearer ${key}`, ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  })

export const submission = (reference: string, content = '村口路灯已坏一周，夜间通行不便，请尽快修复。') => ({
  reference,
  content,
  category: 'construction',
  regionCode: w.villageCode,
  contact: { name: '张三', phone: '13800001234' },
})

export const itemsOf = (partnerId: string) =>
  t.ctx.db.selectFrom('suggestions').selectAll().where('partner_id', '=', partnerId).execute()

export const deliver = () =>
  deliverPending(
    { db: t.ctx.db, cipher: t.ctx.cipher },
    // No county gateway: the partners' own endpoints are reached all the same.
    {
      url: undefined,
      secret: undefined,
      maxAttempts: 3,
      timeoutMs: 5000,
      recipients: RECIPIENTS,
      endpoints: ENDPOINTS,
    },
  )

export const signatureOk = (r: Received, secret: string) =>
  r.headers['x-lianxin-signature'] ===
  `sha256=${createHmac('sha256', secret).update(`${r.headers['x-lianxin-timestamp']}.${r.raw}`).digest('hex')}`
