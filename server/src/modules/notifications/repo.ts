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
  'n.read_at',
  'n.payload',
] as const

const inboxOf = (db: Db, inbox: Expression<SqlBool>) => db.selectFrom('notifications as n').where(inbox)

/** The inbox, newest first; only unread (true) or only read (false) messages when asked. */
export async function listInbox(db: Db, inbox: Expression<SqlBool>, query: PageQuery & { unread?: boolean }) {
  let base = inboxOf(db, inbox)
  if (query.unread !== undefined) base = base.where('n.read_at', query.unread ? 'is' : 'is not', null)
  return fetchPage(
    base,
    (q) =>
      q
        .select([...columns])
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id', 'desc'),
    query,
  )
}

export type NotificationRow = Awaited<ReturnType<typeof listInbox>>['rows'][number]

export async function unreadCount(db: Db, inbox: Expression<SqlBool>): Promise<number> {
  const row = await inboxOf(db, inbox)
    .where('n.read_at', 'is', null)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** Marks one message of the inbox read (keeping the first reading time); undefined when it is not there. */
export async function markRead(db: Db, inbox: Expression<SqlBool>, id: string, now: Date) {
  return db
    .updateTable('notifications as n')
    .set({ read_at: sql`coalesce(n.read_at, ${now})`, status: 'read' })
    .where('n.id', '=', id)
    .where(inbox)
    .returning([...columns])
    .executeTakeFirst()
}

/** Marks every unread message of the inbox read; answers how many. */
export async function markAllRead(db: Db, inbox: Expression<SqlBool>, now: Date): Promise<number> {
  const result = await db
    .updateTable('notifications as n')
    .set({ read_at: now, status: 'read' })
    .where('n.read_at', 'is', null)
    .where(inbox)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
