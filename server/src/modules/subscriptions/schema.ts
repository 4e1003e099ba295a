import { Type } from 'typebox'
import { SUBSCRIPTION_TARGET_TYPES } from '../../db/enums.ts'

/** Subscriptions (关注): following a town, a category or one published item by SMS; the Atom feeds. */

export const TargetType = Type.Enum(SUBSCRIPTION_TARGET_TYPES, {
  description: 'town (镇/街道, its 12-digit code) · category (类别 code) · item (a published item’s id)',
})

export const Target = Type.Object(
  { type: TargetType, id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
)

export const SubscribeBody = Type.Object(
  { target: Target, phone: Type.String({ maxLength: 20 }) },
  { additionalProperties: false },
)

export const CodeSent = Type.Object({
  smsAvailable: Type.Boolean({
    description: 'False when no SMS gateway is configured: follow the Atom feed instead',
  }),
  codeValidMinutes: Type.Integer(),
})

export const ConfirmBody = Type.Object(
  {
    phone: Type.String({ maxLength: 20 }),
    code: Type.String({ pattern: '^[0-9]{6}$', description: 'The 6 digits received by SMS' }),
  },
  { additionalProperties: false },
)

const TargetView = Type.Object({
  type: TargetType,
  id: Type.String(),
  name: Type.String({ description: 'The town’s or category’s name, or the item’s question' }),
})

export const Subscribed = Type.Object({
  target: TargetView,
  phoneMasked: Type.String(),
  unsubscribeToken: Type.String(),
  unsubscribeUrl: Type.String({ description: 'The public page that ends the subscription' }),
})

export const UnsubscribeBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
)

export const Unsubscribed = Type.Object({ ended: Type.Literal(true), target: TargetView })

export const TownFeedParams = Type.Object(
  { code: Type.String({ pattern: '^[0-9]{12}$' }) },
  { additionalProperties: false },
)

export const CategoryFeedParams = Type.Object(
  { code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$' }) },
  { additionalProperties: false },
)

export const SubscriptionOptions = Type.Object({
  smsAvailable: Type.Boolean(),
  codeValidMinutes: Type.Integer(),
})

export const FollowTownParams = TownFeedParams

export const FollowTown = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  feedUrl: Type.String({ description: 'The town’s Atom feed' }),
  latest: Type.Array(
    Type.Object({
      id: Type.String(),
      question: Type.String(),
      publishedAt: Type.String({ format: 'date-time' }),
      answered: Type.Boolean(),
      supportCount: Type.Integer(),
      open: Type.Boolean({ description: 'Whether it still takes support (附议)' }),
    }),
    { description: 'The town’s latest published items (at most 10), newest first' },
  ),
})
