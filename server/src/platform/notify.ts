import type { Insertable } from 'kysely'
import type { Db } from '../db/index.ts'
import type { NotificationsTable, RecipientType } from '../db/types.ts'
import { uuidv7 } from './ids.ts'
import { wakeSignal } from './jobs.ts'

/**
 * The notification outbox. Commands enqueue in their own transaction (nothing is sent for a change that
 * rolled back); a delivery worker sends them later and retries failures. Citizens' phone numbers are never
 * copied into the outbox: the webhook adapter asks the subject's module for them at delivery time.
 */
export interface Subject {
  /** The owning module's record type, e.g. 'suggestion'. */
  type: string
  id: string
}

export interface OutboxMessage {
  channel: 'in_app' | 'webhook'
  recipientType: RecipientType
  recipientId: string
  kind: string
  /** The record the message is about; a citizen recipient is reached through it. */
  subject?: Subject | null
  title: string
  /** The title in English, for the console in English (stored in the payload); the Chinese one otherwise. */
  titleEn?: string
  body: string
  /** Where the console opens it (a console path such as /calendar?year=2027), when the subject does not say. */
  link?: string
  /** Stored with the message; its `data` is sent as the webhook body's `data` (a partner's structured message). */
  payload?: Record<string, unknown>
}

/** The notifications rows of `messages`, as enqueue inserts them (or a command's own statement does). */
export function outboxRows(countyCode: string, messages: OutboxMessage[]): Insertable<NotificationsTable>[] {
  const now = new Date()
  return messages.map((m) => ({
    id: uuidv7(),
    channel: m.channel,
    recipient_type: m.recipientType,
    recipient_id: m.recipientId,
    kind: m.kind,
    subject_type: m.subject?.type ?? null,
    subject_id: m.subject?.id ?? null,
    title: m.title,
    body: m.body,
    payload: JSON.stringify({
      ...m.payload,
      ...(m.link ? { link: m.link } : {}),
      ...(m.titleEn ? { titleEn: m.titleEn } : {}),
    }),
    // In-app messages are delivered by being stored; they wait only to be read.
    status: m.channel === 'in_app' ? ('sent' as const) : ('pending' as const),
    sent_at: m.channel === 'in_app' ? now : null,
    county_code: countyCode,
  }))
}

/**
 * Notified after a command that queued a webhook message the citizen is waiting for (a one-time code) commits:
 * the delivery job then runs within a moment instead of at its next interval.
 */
export const outboxQueued = wakeSignal()

export async function enqueue(trx: Db, countyCode: string, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return
  await trx.insertInto('notifications').values(outboxRows(countyCode, messages)).execute()
}

/**
 * Marks done the in-app messages about a record whose state has changed since they were sent (an item
 * accepted, assigned, answered…): they no longer wait on their readers, and the inbox shows them as done.
 * Called by the workflow kernel before it enqueues the messages of the change itself.
 */
export async function markMovedOn(trx: Db, subjectType: string, subjectId: string, now: Date): Promise<void> {
  await trx
    .updateTable('notifications')
    .set({ done_at: now })
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('channel', '=', 'in_app')
    .where('done_at', 'is', null)
    .execute()
}

/**
 * How the webhook adapter reaches the citizen behind a subject (a suggestion, say): the module owning the
 * subject type resolves ids to the encrypted phone and the reference the citizen knows (a tracking code).
 */
export type RecipientResolver = (
  db: Db,
  ids: string[],
) => Promise<Map<string, { phoneEnc: string | null; reference: string | null }>>

/**
 * Where a webhook message goes when its recipient has its own endpoint (a partner system with a webhook URL):
 * the module owning the recipient type resolves ids to the URL and the encrypted signing secret at delivery
 * time. Recipient types without a resolver go to the county's gateway (LIANXIN_WEBHOOK_URL).
 */
export type EndpointResolver = (
  db: Db,
  ids: string[],
) => Promise<Map<string, { url: string; secretEnc: string } | null>>
