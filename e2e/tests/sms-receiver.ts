import { createHmac } from 'node:crypto'
import http from 'node:http'

/**
 * A stand-in SMS gateway: the e2e server posts its webhook messages here (playwright.config.ts points
 * LIANXIN_WEBHOOK_URL at it). It checks each message's signature like a real gateway and keeps the messages.
 */
export const WEBHOOK_SECRET = 'e2e-webhook-secret-0123456789'

export function webhookPort(): number {
  return Number(process.env.LIANXIN_E2E_WEBHOOK_PORT ?? Number(process.env.LIANXIN_E2E_PORT ?? 3100) + 1)
}

export interface Sms {
  kind: string
  body: string
  phone?: string
}

export async function startSmsReceiver(): Promise<{ messages: Sms[]; close(): Promise<void> }> {
  const messages: Sms[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const timestamp = String(req.headers['x-lianxin-timestamp'])
      const expected = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${raw}`).digest('hex')}`
      if (req.headers['x-lianxin-signature'] !== expected) {
        res.statusCode = 401
        res.end()
        return
      }
      messages.push(JSON.parse(raw) as Sms)
      res.statusCode = 200
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(webhookPort(), '127.0.0.1', resolve))
  return {
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
