import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { type Expression, type SqlBool, sql } from 'kysely'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import { type Principal, requirePrincipal } from '../../platform/access.ts'
import { notFound } from '../../platform/errors.ts'
import { fetchPage } from '../../platform/paging.ts'
import { errorResponses, Nullable, Page, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'

/**
 * The in-app inbox (站内消息). In-app notifications are addressed to a user, a unit (its staff share them) or a
 * region (the town or county congress staff managing it share them); a caller sees the union over their grants.
 * A unit's or region's message is one row, so reading it marks it read for everyone sharing that inbox.
 * Webhook rows (SMS, robots) are not part of the inbox.
 */

const NOTIFICATION = { zh: '消息', en: 'notification' }

const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  subject: Nullable(
    Type.Object(
      { type: Type.String({ description: 'The record type, e.g. suggestion' }), id: Type.String() },
      { description: 'The record the notification is about' },
    ),
  ),
  recipientType: Type.Union([Type.Literal('user'), Type.Literal('unit'), Type.Literal('region')]),
  createdAt: Timestamp,
  read: Type.Boolean(),
  readAt: Nullable(Timestamp),
})

const ListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'true: only unread; false: only read' })),
    ...Paging,
  },
  { additionalProperties: false },
)

/** The caller's inbox as one SQL condition on the `n` alias. */
export function addressedTo(principal: Principal, countyCode: string): Expression<SqlBool> {
  const units = new Set<string>()
  const regions = new Set<string>()
  for (const g of principal.grants) {
    if (g.role === 'unit_staff' && g.unitId) units.add(g.unitId)
    if ((g.role === 'county_admin' || g.role === 'town_staff') && g.regionCode) regions.add(g.regionCode)
    if (g.role === 'county_admin') regions.add(countyCode)
  }
  const parts: Expression<SqlBool>[] = [
    sql<SqlBool>`(n.recipient_type = 'user' AND n.recipient_id = ${principal.userId})`,
  ]
  if (units.size)
    parts.push(sql<SqlBool>`(n.recipient_type = 'unit' AND n.recipient_id IN (${sql.join([...units])}))`)
  if (regions.size)
    parts.push(sql<SqlBool>`(n.recipient_type = 'region' AND n.recipient_id IN (${sql.join([...regions])}))`)
  return sql<SqlBool>`(n.channel = 'in_app' AND (${sql.join(parts, sql` OR `)}))`
}

const inbox = (db: Db, principal: Principal, countyCode: string) =>
  db.selectFrom('notifications as n').where(addressedTo(principal, countyCode))

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
] as const

function present(r: {
  id: string
  kind: string
  title: string
  body: string
  subject_type: string | null
  subject_id: string | null
  recipient_type: 'user' | 'unit' | 'region' | 'citizen'
  created_at: Date
  read_at: Date | null
}) {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    subject: r.subject_type && r.subject_id ? { type: r.subject_type, id: r.subject_id } : null,
    recipientType: r.recipient_type as 'user' | 'unit' | 'region',
    createdAt: new Date(r.created_at).toISOString(),
    read: r.read_at !== null,
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  }
}

export async function notificationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'My in-app notifications, newest first · 我的消息',
        querystring: ListQuery,
        response: { 200: Page(Notification), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const { unread } = request.query
      let base = inbox(db, principal, config.countyCode)
      if (unread !== undefined) base = base.where('n.read_at', unread ? 'is' : 'is not', null)
      const { rows, total } = await fetchPage(
        base,
        (q) =>
          q
            .select([...columns])
            .orderBy('n.created_at', 'desc')
            .orderBy('n.id', 'desc'),
        request.query,
      )
      return { items: rows.map(present), total }
    },
  )

  app.get(
    '/api/notifications/unread-count',
    {
      schema: {
        tags: ['notifications'],
        summary: 'How many of my notifications are unread · 未读消息数',
        response: { 200: Type.Object({ count: Type.Integer({ minimum: 0 }) }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const row = await inbox(db, principal, config.countyCode)
        .where('n.read_at', 'is', null)
        .select(sql<string>`count(*)`.as('n'))
        .executeTakeFirst()
      return { count: Number(row?.n ?? 0) }
    },
  )

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one notification read · 标记已读',
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        response: { 200: Notification, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const now = new Date()
      // Someone else's message is "not found": its existence does not leak.
      const updated = await db
        .updateTable('notifications as n')
        .set({ read_at: sql`coalesce(n.read_at, ${now})`, status: 'read' })
        .where('n.id', '=', request.params.id)
        .where(addressedTo(principal, config.countyCode))
        .returning([...columns])
        .executeTakeFirst()
      if (!updated) throw notFound(NOTIFICATION)
      return present(updated)
    },
  )

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark all my notifications read · 全部标记已读',
        response: { 200: Type.Object({ count: Type.Integer({ minimum: 0 }) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const result = await db
        .updateTable('notifications as n')
        .set({ read_at: new Date(), status: 'read' })
        .where('n.read_at', 'is', null)
        .where(addressedTo(principal, config.countyCode))
        .executeTakeFirst()
      return { count: Number(result.numUpdatedRows) }
    },
  )
}
