import { type Expression, type SqlBool, sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import { fetchPage, type PageQuery } from '../../platform/paging.ts'

/** Every function here takes the inbox as a condition on the alias `n` (see policy.ts). */

const columns = [
  'n.id',
  'n.kind',
  'n.title',
  'n.body',
  'n.subject_type',
  'n.subject_id',
  'n.recipient_type',
  'n.created_at',
  'n.payload',
  'n.done_at',
] as const

/** When this reader read the message (each reader has their own read state), or null. */
const readAtBy = (reader: string) =>
  sql<Date | null>`(SELECT r.read_at FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = ${reader})`
const unreadBy = (reader: string) =>
  sql<SqlBool>`NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = ${reader})`

const inboxOf = (db: Db, inbox: Expression<SqlBool>) => db.selectFrom('notifications as n').where(inbox)

/** The inbox, newest first; only unread (true) or only read (false) messages when asked. */
export async function listInbox(
  db: Db,
  inbox: Expression<SqlBool>,
  reader: string,
  query: PageQuery & { unread?: boolean },
) {
  let base = inboxOf(db, inbox)
  if (query.unread !== undefined)
    base = base.where(query.unread ? unreadBy(reader) : sql<SqlBool>`NOT ${unreadBy(reader)}`)
  return fetchPage(
    base,
    (q) =>
      q
        .select([...columns, readAtBy(reader).as('read_at')])
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id', 'desc'),
    query,
  )
}

export type NotificationRow = Awaited<ReturnType<typeof listInbox>>['rows'][number]

/** Unread messages that still wait on their reader (a message about a record that moved on is done). */
export async function unreadCount(db: Db, inbox: Expression<SqlBool>, reader: string): Promise<number> {
  const row = await inboxOf(db, inbox)
    .where('n.done_at', 'is', null)
    .where(unreadBy(reader))
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/**
 * Marks one message of the inbox read by this reader (keeping their first reading time), and the message read
 * (by anyone) for the outbox; undefined when it is not in the inbox.
 */
export async function markRead(db: Db, inbox: Expression<SqlBool>, reader: string, id: string, now: Date) {
  const found = await inboxOf(db, inbox).select('n.id').where('n.id', '=', id).executeTakeFirst()
  if (!found) return undefined
  await db
    .insertInto('notification_reads')
    .values({ notification_id: id, user_id: reader, read_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'notification_id']).doNothing())
    .execute()
  await db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, ${now})`, status: 'read' })
    .where('id', '=', id)
    .execute()
  return inboxOf(db, inbox)
    .select([...columns, readAtBy(reader).as('read_at')])
    .where('n.id', '=', id)
    .executeTakeFirst()
}

/** Marks every message of the inbox this reader has not read as read by them; answers how many. */
export async function markAllRead(
  db: Db,
  inbox: Expression<SqlBool>,
  reader: string,
  now: Date,
): Promise<number> {
  const unread = inboxOf(db, inbox)
    .where(unreadBy(reader))
    .select([
      'n.id as notification_id',
      sql<string>`${reader}::uuid`.as('user_id'),
      sql<Date>`${now}::timestamptz`.as('read_at'),
    ])
  const result = await db
    .insertInto('notification_reads')
    .columns(['notification_id', 'user_id', 'read_at'])
    .expression(unread)
    .onConflict((oc) => oc.columns(['user_id', 'notification_id']).doNothing())
    .executeTakeFirst()
  await db
    .updateTable('notifications as n')
    .set({ read_at: now, status: 'read' })
    .where('n.read_at', 'is', null)
    .where(inbox)
    .where(sql<SqlBool>`NOT ${unreadBy(reader)}`)
    .execute()
  return Number(result.numInsertedOrUpdatedRows ?? 0)
}
