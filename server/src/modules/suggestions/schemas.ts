import { Type } from 'typebox'
import { Bilingual, Nullable, Paging, Timestamp } from '../../platform/schemas.ts'
import { ACTIONS, STATUSES } from './workflow.ts'

export const StatusSchema = Type.Enum(STATUSES)
/** Every workflow action; the staff detail offers the ones the caller may take now. */
export const ActionSchema = Type.Enum(ACTIONS)
/** What a timeline event records: a workflow action, or the submission itself. */
export const EventActionSchema = Type.Enum(['submit', ...ACTIONS])
export const ChannelSchema = Type.Enum(['online', 'station', 'mobile', 'grid', 'mediation'])
export const StaffChannelSchema = Type.Enum(['station', 'mobile', 'grid', 'mediation'])
export const TierSchema = Type.Enum(['town', 'county', 'proposal'])
export const OutcomeSchema = Type.Enum(['A', 'B', 'C', 'D'])
export const RatingSchema = Type.Enum(['satisfied', 'basically_satisfied', 'dissatisfied'])

/** Citizen text is plain text: length-limited here, always rendered as text by the web app. */
export const Content = Type.String({ minLength: 1, maxLength: 2000 })

export const Location = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false },
)

export const Contact = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 40 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
)

export const IntakeFields = {
  content: Content,
  category: Type.Optional(Type.String({ maxLength: 40 })),
  venueId: Type.Optional(Type.String({ format: 'uuid' })),
  deputyId: Type.Optional(Type.String({ format: 'uuid' })),
  regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
  location: Type.Optional(Location),
  contact: Type.Optional(Contact),
  photoIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 5 })),
}

export const ListItem = Type.Object({
  id: Type.String(),
  trackingCode: Type.String(),
  status: StatusSchema,
  statusLabel: Bilingual,
  channel: ChannelSchema,
  tier: Nullable(TierSchema),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  category: Nullable(Type.String()),
  categoryName: Nullable(Type.String()),
  excerpt: Type.String(),
  receivedAt: Timestamp,
  dueAt: Nullable(Timestamp),
  overdue: Type.Boolean(),
  leadUnitId: Nullable(Type.String()),
  leadUnitName: Nullable(Type.String()),
  contactPhoneMasked: Nullable(Type.String()),
  urgeCount: Type.Integer(),
  escalated: Type.Boolean(),
  extensionRequested: Type.Boolean(),
  mergedIntoId: Nullable(Type.String()),
  venueId: Nullable(Type.String()),
  deputyId: Nullable(Type.String()),
  version: Type.Integer(),
})

export const Event = Type.Object({
  at: Timestamp,
  action: EventActionSchema,
  actionLabel: Bilingual,
  fromStatus: Nullable(StatusSchema),
  toStatus: StatusSchema,
  actorName: Type.String(),
  public: Type.Boolean(),
  note: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
})

export const PublicEvent = Type.Object({
  at: Timestamp,
  action: EventActionSchema,
  title: Bilingual,
  status: StatusSchema,
  note: Nullable(Type.String()),
})

export const Timestamps = Type.Object({
  receivedAt: Timestamp,
  clockStartAt: Timestamp,
  sameDayDueAt: Timestamp,
  acceptedAt: Nullable(Timestamp),
  routedAt: Nullable(Timestamp),
  acknowledgedAt: Nullable(Timestamp),
  assignedAt: Nullable(Timestamp),
  signedAt: Nullable(Timestamp),
  repliedAt: Nullable(Timestamp),
  reviewedAt: Nullable(Timestamp),
  feedbackAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
  dueAt: Nullable(Timestamp),
})

export const QueueQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(StatusSchema, { maxItems: 12 })),
    channel: Type.Optional(ChannelSchema),
    tier: Type.Optional(TierSchema),
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    unitId: Type.Optional(Type.String({ format: 'uuid' })),
    deputyId: Type.Optional(Type.String({ format: 'uuid' })),
    venueId: Type.Optional(Type.String({ format: 'uuid' })),
    category: Type.Optional(Type.String({ maxLength: 40 })),
    overdue: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    ...Paging,
  },
  { additionalProperties: false },
)
