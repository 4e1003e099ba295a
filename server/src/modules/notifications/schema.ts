import { Type } from 'typebox'
import { Nullable, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'

export const RecipientTypeSchema = Type.Union([
  Type.Literal('user'),
  Type.Literal('unit'),
  Type.Literal('region'),
  Type.Literal('venue'),
  Type.Literal('deputy'),
])

export const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  titleEn: Nullable(Type.String({ description: 'The title in English, where the sender gave one' })),
  body: Type.String(),
  subject: Nullable(
    Type.Object(
      { type: Type.String({ description: 'The record type, e.g. suggestion' }), id: Type.String() },
      { description: 'The record the notification is about' },
    ),
  ),
  link: Nullable(
    Type.String({ description: 'The console path that opens it, when the subject does not say' }),
  ),
  recipientType: RecipientTypeSchema,
  createdAt: Timestamp,
  read: Type.Boolean(),
  readAt: Nullable(Timestamp),
  done: Type.Boolean({
    description:
      'The record it is about has moved on since (accepted, assigned, answered…): it asks nothing more of its reader',
  }),
  doneAt: Nullable(Timestamp),
})

export const NotificationQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'true: only unread; false: only read' })),
    ...Paging,
  },
  { additionalProperties: false },
)

export const NotificationParams = Type.Object({ id: Uuid }, { additionalProperties: false })

export const Count = Type.Object({ count: Type.Integer({ minimum: 0 }) })
