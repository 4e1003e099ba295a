import { Type } from 'typebox'
import { Nullable, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'

export const AuditRow = Type.Object({
  seq: Type.String(),
  at: Timestamp,
  actorId: Nullable(Type.String()),
  actorName: Type.String(),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Nullable(Type.String()),
  result: Type.String(),
  requestId: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
})

export const AuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ maxLength: 80 })),
    actorId: Type.Optional(Uuid),
    targetType: Type.Optional(Type.String({ maxLength: 40 })),
    targetId: Type.Optional(Type.String({ maxLength: 80 })),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    ...Paging,
  },
  { additionalProperties: false },
)
