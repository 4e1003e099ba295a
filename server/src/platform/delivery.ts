import { createHmac } from 'node:crypto'
import { sql } from 'kysely'
import type { Config } from '../config.ts'
import type { Db } from '../db/index.ts'
import type { RecipientType } from '../db/types.ts'
import type { PersonalDataCipher } from './crypto.ts'
import type { Job, JobLogger } from './jobs.ts'
import { type EndpointResolver, outboxQueued, type RecipientResolver } from './notify.ts'

/**
 * The outbox worker: delivers pending webhook notifications (an SMS gateway for citizens, a DingTalk/浙政钉
 * robot for staff) and retries failures with exponential backoff; after the last attempt a row is marked
 * 'failed' and stays in the table for an operator. Nothing is lost and nothing is sent for a rolled-back change
 * (commands enqueue in their own transaction, see notify.ts).
 *
 * Claiming: one statement picks a small batch with FOR UPDATE SKIP LOCKED and leases it (moves next_attempt_at
 * past the time the batch may take), so several nodes never deliver the same row at once and no transaction is
 * held open across HTTP. A node that dies mid-batch leaves leased rows that are retried when the lease ends:
 * delivery is at least once, and receivers deduplicate on X-Lianxin-Delivery (the notification id).
 *
 * A citizen's phone number is decrypted from the subject (through its module's resolver) at delivery time only: it is never stored in the
 * outbox, never logged and never written to last_error.
 *
 * A recipient with its own endpoint (a partner system, `endpoints` by recipient type) is sent to its URL, signed
 * with its own secret, whether or not the county's gateway is configured.
 */

export interface DeliveryOptions {
  /** Without a URL nothing is delivered: webhook rows stay pending until one is configured. */
  url: string | undefined
  secret: string | undefined
  maxAttempts: number
  timeoutMs: number
  batchSize?: number
  /** First retry delay; each further attempt doubles it, up to maxBackoffMs. */
  baseBackoffMs?: number
  maxBackoffMs?: number
  log?: JobLogger
  /** Per subject type, how to reach the citizen behind it (the modules' manifests register these). */
  recipients?: Record<string, RecipientResolver>
  /** Per recipient type, the recipient's own endpoint (a partner's webhook URL and secret). */
  endpoints?: Record<string, EndpointResolver>
}

export function deliveryOptionsOf(
  config: Config,
  log?: JobLogger,
  recipients?: Record<string, RecipientResolver>,
  endpoints?: Record<string, EndpointResolver>,
): DeliveryOptions {
  return {
    recipients,
    endpoints,
    url: config.webhookUrl,
    secret: config.webhookSecret,
    maxAttempts: config.webhookMaxAttempts,
    timeoutMs: config.webhookTimeoutSeconds * 1000,
    log,
  }
}

export const DEFAULT_BATCH = 10
export const DEFAULT_BASE_BACKOFF_MS = 60_000
export const DEFAULT_MAX_BACKOFF_MS = 6 * 3600_000

/** Delay before attempt `attempts + 1`, after `attempts` failures: base · 2^(attempts − 1), capped. */
export function backoffMs(
  attempts: number,
  base = DEFAULT_BASE_BACKOFF_MS,
  max = DEFAULT_MAX_BACKOFF_MS,
): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1))
}

/**
 * `sha256=<hex>`: HMAC-SHA256 over "<timestamp>.<raw body>" with the shared secret. Signing the timestamp lets a
 * receiver refuse replays of a captured request (check the timestamp is recent, and dedupe on the delivery id).
 */
export function signBody(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`
}

export interface WebhookBody {
  id: string
  kind: string
  title: string
  body: string
  trackingCode?: string
  recipient: { type: string; id: string }
  phone?: string
  createdAt: string
  /** The structured content of a partner's message (an item's new status, an assignment). */
  data?: Record<string, unknown>
}

type Outcome = { ok: true } | { ok: false; error: string }

/** POSTs one message. 2xx = delivered; anything else, a redirect, a timeout or a network error = failed. */
export async function postWebhook(
  url: string,
  secret: string,
  message: WebhookBody,
  timeoutMs: number,
  now = new Date(),
): Promise<Outcome> {
  const raw = JSON.stringify(message)
  const timestamp = String(Math.floor(now.getTime() / 1000))
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-lianxin-signature': signBody(secret, timestamp, raw),
        'x-lianxin-timestamp': timestamp,
        'x-lianxin-delivery': message.id,
        'user-agent': 'lianxin-webhook/1',
      },
      body: raw,
      // A redirect could carry a citizen's phone number elsewhere: refuse to follow it.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    await res.body?.cancel().catch(() => {})
    if (res.status >= 200 && res.status < 300) return { ok: true }
    // The response body is not recorded: a receiver might echo the request, phone number included.
    return { ok: false, error: `HTTP ${res.status}` }
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string }; message?: string }
    if (e.name === 'TimeoutError') return { ok: false, error: `timeout after ${timeoutMs} ms` }
    return { ok: false, error: (e.cause?.code ?? e.name ?? 'network error').slice(0, 200) }
  }
}

interface ClaimedRow {
  id: string
  recipient_type: RecipientType
  recipient_id: string
  kind: string
  subject_type: string | null
  subject_id: string | null
  title: string
  body: string
  payload: unknown
  attempts: number
  created_at: Date
}

export interface DeliveryResult {
  delivered: number
  retried: number
  failed: number
  skipped?: string
}

/**
 * Delivers webhook notifications due at `now`, a batch at a time, until none is due or `maxBatches` ran.
 */
export async function deliverPending(
  ctx: { db: Db; cipher: PersonalDataCipher },
  options: DeliveryOptions,
  now = new Date(),
  maxBatches = 20,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { delivered: 0, retried: 0, failed: 0 }
  const endpoints = options.endpoints ?? {}
  const gateway = Boolean(options.url && options.secret)
  const ownTypes = Object.keys(endpoints)
  if (!gateway && ownTypes.length === 0) {
    result.skipped = 'LIANXIN_WEBHOOK_URL is not set: webhook notifications stay pending'
    return result
  }
  // Without the county's gateway, only the recipients with their own endpoints can be reached.
  const reachable = gateway
    ? sql`true`
    : sql`recipient_type IN (${sql.join(ownTypes.map((t) => sql.lit(t)))})`
  const batchSize = options.batchSize ?? DEFAULT_BATCH
  // The lease covers a whole batch of timeouts, with room to spare.
  const leaseMs = Math.max(60_000, 2 * batchSize * options.timeoutMs)
  for (let b = 0; b < maxBatches; b++) {
    const claimed = await sql<ClaimedRow>`
      UPDATE notifications SET next_attempt_at = ${new Date(now.getTime() + leaseMs)}
      WHERE id IN (
        SELECT id FROM notifications
        WHERE channel = 'webhook' AND status = 'pending' AND next_attempt_at <= ${now} AND ${reachable}
        ORDER BY next_attempt_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, recipient_type, recipient_id, kind, subject_type, subject_id, title, body, payload, attempts, created_at`.execute(
      ctx.db,
    )
    const rows = claimed.rows
    if (rows.length === 0) break
    const contacts = await resolveContacts(ctx.db, options.recipients ?? {}, rows)
    const own = await resolveEndpoints(ctx.db, endpoints, rows)
    for (const row of rows) {
      const endpoint = row.recipient_type in endpoints ? (own.get(row.recipient_id) ?? null) : undefined
      const outcome = await deliverOne(ctx, options, row, contacts.get(contactKey(row)), now, endpoint)
      const attempts = row.attempts + 1
      if (outcome.ok) {
        await ctx.db
          .updateTable('notifications')
          .set({ status: 'sent', sent_at: now, attempts, last_error: null })
          .where('id', '=', row.id)
          .where('status', '=', 'pending')
          .execute()
        result.delivered++
      } else if (attempts >= options.maxAttempts || outcome.permanent) {
        await ctx.db
          .updateTable('notifications')
          .set({ status: 'failed', attempts, last_error: outcome.error })
          .where('id', '=', row.id)
          .where('status', '=', 'pending')
          .execute()
        result.failed++
        options.log?.warn(
          { notificationId: row.id, kind: row.kind, attempts, error: outcome.error },
          'webhook notification failed for good',
        )
      } else {
        const next = new Date(
          now.getTime() + backoffMs(attempts, options.baseBackoffMs, options.maxBackoffMs),
        )
        await ctx.db
          .updateTable('notifications')
          .set({ attempts, next_attempt_at: next, last_error: outcome.error })
          .where('id', '=', row.id)
          .where('status', '=', 'pending')
          .execute()
        result.retried++
      }
    }
    if (rows.length < batchSize) break
  }
  return result
}

type Contact = { phoneEnc: string | null; reference: string | null }
const contactKey = (row: ClaimedRow) => `${row.subject_type}:${row.subject_id}`

/** Asks each subject type's module (its registered resolver) for the contacts behind a batch of messages. */
async function resolveContacts(
  db: Db,
  recipients: Record<string, RecipientResolver>,
  rows: ClaimedRow[],
): Promise<Map<string, Contact>> {
  const byType = new Map<string, Set<string>>()
  for (const r of rows) {
    if (!r.subject_type || !r.subject_id) continue
    const ids = byType.get(r.subject_type) ?? new Set<string>()
    ids.add(r.subject_id)
    byType.set(r.subject_type, ids)
  }
  const contacts = new Map<string, Contact>()
  for (const [type, ids] of byType) {
    const resolve = recipients[type]
    if (!resolve) continue
    for (const [id, contact] of await resolve(db, [...ids])) contacts.set(`${type}:${id}`, contact)
  }
  return contacts
}

/** The own endpoints of the batch's recipients that have them (partners), by recipient id. */
async function resolveEndpoints(
  db: Db,
  endpoints: Record<string, EndpointResolver>,
  rows: ClaimedRow[],
): Promise<Map<string, { url: string; secretEnc: string } | null>> {
  const found = new Map<string, { url: string; secretEnc: string } | null>()
  for (const [type, resolve] of Object.entries(endpoints)) {
    const ids = [...new Set(rows.filter((r) => r.recipient_type === type).map((r) => r.recipient_id))]
    if (ids.length === 0) continue
    for (const [id, endpoint] of await resolve(db, ids)) found.set(id, endpoint)
  }
  return found
}

async function deliverOne(
  ctx: { cipher: PersonalDataCipher },
  options: DeliveryOptions,
  row: ClaimedRow,
  contact: Contact | undefined,
  now: Date,
  /** The recipient's own endpoint; null when its type has endpoints but this one has none (any more). */
  endpoint?: { url: string; secretEnc: string } | null,
): Promise<{ ok: true } | { ok: false; error: string; permanent?: boolean }> {
  const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : (row.payload ?? {})) as Record<
    string,
    unknown
  >
  const trackingCode =
    typeof payload.trackingCode === 'string' ? payload.trackingCode : (contact?.reference ?? undefined)
  const message: WebhookBody = {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    ...(trackingCode ? { trackingCode } : {}),
    recipient: { type: row.recipient_type, id: row.recipient_id },
    createdAt: new Date(row.created_at).toISOString(),
    ...(payload.data && typeof payload.data === 'object'
      ? { data: payload.data as Record<string, unknown> }
      : {}),
  }
  if (endpoint === null) return { ok: false, error: 'no webhook endpoint', permanent: true }
  if (endpoint) {
    let secret: string
    try {
      secret = ctx.cipher.decrypt(endpoint.secretEnc)
    } catch {
      return { ok: false, error: 'webhook secret cannot be decrypted (data key?)' }
    }
    return postWebhook(endpoint.url, secret, message, options.timeoutMs, now)
  }
  // A citizen is reached by phone; without one (erased since) there is nobody to deliver to. A deputy's message
  // (a duty reminder, say) carries the deputy's phone when the subject's module resolves one.
  if (row.recipient_type === 'citizen' || (row.recipient_type === 'deputy' && contact?.phoneEnc)) {
    if (!contact?.phoneEnc) return { ok: false, error: 'no contact phone', permanent: true }
    try {
      message.phone = ctx.cipher.decrypt(contact.phoneEnc)
    } catch {
      return { ok: false, error: 'contact phone cannot be decrypted (data key?)' }
    }
  }
  return postWebhook(options.url!, options.secret!, message, options.timeoutMs, now)
}

/** Its own timer at the jobs' interval, so that a wake (outboxQueued, after a one-time code) runs it at once. */
export const DELIVERY_WAKE_DELAY_MS = 200

export const deliveryJobFor = (
  recipients: Record<string, RecipientResolver>,
  endpoints: Record<string, EndpointResolver> = {},
): Job => ({
  name: 'deliver_notifications',
  everyMs: (ctx) => ctx.config.jobsIntervalSeconds * 1000,
  wake: outboxQueued.subscribe,
  wakeDelayMs: DELIVERY_WAKE_DELAY_MS,
  run: async (ctx, now, log) => ({
    ...(await deliverPending(ctx, deliveryOptionsOf(ctx.config, log, recipients, endpoints), now)),
  }),
})
