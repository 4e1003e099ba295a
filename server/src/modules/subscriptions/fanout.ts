import type { Db } from '../../db/index.ts'
import type { Job } from '../../platform/jobs.ts'
import { enqueue, type OutboxMessage } from '../../platform/notify.ts'
import { updateMessage } from './present.ts'
import {
  type Cursor,
  dropStalePending,
  lockCursor,
  redactSpentCodes,
  SUBSCRIPTION_SUBJECT,
  saveCursor,
  subscribersOf,
  type Update,
  updatesAfter,
} from './repo.ts'

/**
 * The updates fan-out (docs/domain.md "Subscriptions"): off the request path, every node runs it; the one that
 * locks the cursor row (FOR UPDATE SKIP LOCKED) reads the public updates after it — items published in a followed
 * town or category, a followed item's published answer and public status changes — and enqueues one webhook
 * message per subscriber and update, then moves the cursor, all in one transaction: a message is queued exactly
 * once whatever the number of nodes. Each run does bounded work (MAX_MESSAGES, MAX_UPDATES); a large audience
 * is continued by the next run from the last subscriber reached. Updates younger than SETTLE_MS wait for the next
 * run, so that a transaction that stamped its time a moment before committing is not passed by the cursor.
 */

export const MAX_MESSAGES = 500
export const MAX_UPDATES = 200
export const SETTLE_MS = 5_000
const DAY_MS = 86_400_000

export interface FanoutResult {
  updates: number
  messages: number
  skipped?: number
}

export async function fanOut(
  db: Db,
  countyCode: string,
  baseUrl: string,
  unsubscribeToken: (id: string) => string,
  now: Date,
  maxMessages = MAX_MESSAGES,
): Promise<FanoutResult> {
  return db.transaction().execute(async (trx) => {
    const cursor = await lockCursor(trx, now)
    if (!cursor) return { updates: 0, messages: 0, skipped: 1 }
    const until = new Date(now.getTime() - SETTLE_MS)
    const updates = await updatesAfter(trx, countyCode, cursor, until, MAX_UPDATES)
    let budget = maxMessages
    let done = 0
    let next: Cursor = cursor
    for (const update of updates) {
      const resume =
        update.at === cursor.afterAt && update.key === cursor.afterKey ? cursor.afterSubscription : null
      const subscribers = await subscribersOf(trx, update, resume, budget)
      const messages = subscribers.map((s) => message(update, s, baseUrl, unsubscribeToken(s.id)))
      for (let i = 0; i < messages.length; i += 100)
        await enqueue(trx, countyCode, messages.slice(i, i + 100))
      budget -= messages.length
      if (budget <= 0 && subscribers.length > 0) {
        // The budget ran out on this update: the next run continues after its last subscriber reached.
        next = { afterAt: update.at, afterKey: update.key, afterSubscription: subscribers.at(-1)!.id }
        break
      }
      next = { afterAt: update.at, afterKey: update.key, afterSubscription: null }
      done++
    }
    if (next !== cursor) await saveCursor(trx, next)
    return { updates: done, messages: maxMessages - budget }
  })
}

function message(
  update: Update,
  subscription: { id: string; target_type: string },
  baseUrl: string,
  token: string,
): OutboxMessage {
  const text = updateMessage(update, subscription.target_type, baseUrl, token)
  return {
    channel: 'webhook',
    recipientType: 'citizen',
    recipientId: subscription.id,
    kind: 'subscription.update',
    subject: { type: SUBSCRIPTION_SUBJECT, id: subscription.id },
    title: text.title,
    body: text.body,
    payload: { data: { update: update.key, answerUrl: text.answerUrl, unsubscribeUrl: text.unsubscribeUrl } },
  }
}

export const subscriptionFanoutJob: Job = {
  name: 'subscription_fanout',
  async run(ctx, now) {
    const token = (id: string) => ctx.cipher.lookupHash(`subscription-unsubscribe:${id}`)
    const result = await fanOut(ctx.db, ctx.config.countyCode, ctx.config.publicBaseUrl, token, now)
    const redacted = await redactSpentCodes(ctx.db, now)
    const dropped = await dropStalePending(ctx.db, new Date(now.getTime() - DAY_MS))
    return { ...result, redacted, dropped }
  },
}
