import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { requirePrincipal } from '../../platform/access.ts'
import { notFound } from '../../platform/errors.ts'
import { errorResponses, Page } from '../../platform/schemas.ts'
import { addressedTo } from './policy.ts'
import { presentNotification } from './present.ts'
import { listInbox, markAllRead, markRead, unreadCount } from './repo.ts'
import { Count, Notification, NotificationParams, NotificationQuery } from './schema.ts'

const NOTIFICATION = { zh: '消息', en: 'notification' }

export async function notificationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/notifications',
    {
      config: { reach: 'any.role' },
      schema: {
        tags: ['notifications'],
        summary: 'My in-app notifications, newest first · 我的消息',
        querystring: NotificationQuery,
        response: { 200: Page(Notification), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const inbox = addressedTo(principal, config.countyCode)
      const { rows, total } = await listInbox(db, inbox, principal.userId, request.query)
      return { items: rows.map(presentNotification), total }
    },
  )

  app.get(
    '/api/notifications/unread-count',
    {
      config: { reach: 'any.role' },
      schema: {
        tags: ['notifications'],
        summary: 'How many of my notifications are unread · 未读消息数',
        response: { 200: Count, ...errorResponses(401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      return { count: await unreadCount(db, addressedTo(principal, config.countyCode), principal.userId) }
    },
  )

  app.post(
    '/api/notifications/:id/read',
    {
      config: { reach: 'any.role' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one notification read · 标记已读',
        params: NotificationParams,
        response: { 200: Notification, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const inbox = addressedTo(principal, config.countyCode)
      const updated = await markRead(db, inbox, principal.userId, request.params.id, new Date())
      if (!updated) throw notFound(NOTIFICATION)
      return presentNotification(updated)
    },
  )

  app.post(
    '/api/notifications/read-all',
    {
      config: { reach: 'any.role' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark all my notifications read · 全部标记已读',
        response: { 200: Count, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request)
      const inbox = addressedTo(principal, config.countyCode)
      return { count: await markAllRead(db, inbox, principal.userId, new Date()) }
    },
  )
}
