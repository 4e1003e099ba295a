import { Type } from 'typebox'
import { Bilingual } from '../../platform/schemas.ts'

/** Support (附议): the public request and answers, and the staff's view of an item's count and the threshold. */

export const AnswerParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
)

const DeviceId = Type.String({
  format: 'uuid',
  description:
    'A random UUID the browser keeps in localStorage: one support per device (stored as a keyed hash)',
})

export const SupportBody = Type.Object(
  {
    device: DeviceId,
    phone: Type.Optional(
      Type.String({
        maxLength: 20,
        description: 'Optional: one support per phone too (stored as a keyed hash)',
      }),
    ),
  },
  { additionalProperties: false },
)

export const SupportQuery = Type.Object({ device: Type.Optional(DeviceId) }, { additionalProperties: false })

export const SupportState = Type.Object({
  count: Type.Integer({ description: 'Supports, plus the items merged into this one and their supports' }),
  supported: Type.Boolean({ description: 'Whether the device given supports this item' }),
  open: Type.Boolean({ description: 'Whether the item still takes supports (open and not yet answered)' }),
})

export const StaffSupport = Type.Object({
  count: Type.Integer(),
  direct: Type.Integer({ description: 'Citizens who added their support to this item' }),
  merged: Type.Integer({
    description: 'Items merged into this one (each counts as a support, with its own)',
  }),
  threshold: Type.Integer(),
  highAttention: Type.Boolean({ description: '关注度高: the count has reached the county’s threshold' }),
  label: Bilingual,
})

export const ThresholdSchema = Type.Object(
  {
    threshold: Type.Integer({
      minimum: 1,
      maximum: 100000,
      description: 'Supports from which an item is of high attention (关注度高)',
    }),
  },
  { additionalProperties: false },
)
