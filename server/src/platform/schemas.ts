import { type TSchema, Type } from 'typebox'

/** Shared TypeBox schemas used by every module. */

export const Uuid = Type.String({ format: 'uuid' })
export const RegionCode = Type.String({
  pattern: '^[0-9]{12}$',
  description: '12-digit statistical region code',
})
/** An instant (ISO 8601), within years 1900–2199: what the county's records can hold. */
export const Timestamp = Type.String({ format: 'date-time', pattern: '^(19|20|21)[0-9]{2}-' })

/** The one bilingual shape of the API: Chinese first, English second. */
export const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() })
export const Message = Bilingual

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    message: Message,
    field: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Message, row: Type.Optional(Type.Integer()) })),
    ),
    lockedUntil: Type.Optional(Type.String({ format: 'date-time' })),
    retryAfterSeconds: Type.Optional(Type.Integer()),
    currentStatus: Type.Optional(
      Type.String({ description: 'For invalid_transition: the state the item is in' }),
    ),
    requestId: Type.String(),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details with Chinese and English messages' },
)

/** The list convention: every list endpoint takes limit and offset. */
export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
}

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer({ minimum: 0 }) })

export const Ok = Type.Object({ ok: Type.Literal(true) })

/** Standard error responses to attach to routes so they appear in the OpenAPI document. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, Type.Ref('Problem')])) as Record<number, TSchema>

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
