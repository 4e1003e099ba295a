import { Type } from 'typebox'
import { CHANNELS, OUTCOMES, RATINGS, REJECT_REASONS, TIERS, UNIT_LINK_ROLES } from '../../db/enums.ts'
import { Bilingual, Nullable, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'
import { ACTIONS, STATUSES } from './workflow.ts'

/** The closed loop's contract: enums, the list item, the detail, the citizen's tracking view. */

export const StatusSchema = Type.Enum(STATUSES)
/** Every workflow action; the staff detail offers the ones the caller may take now. */
export const ActionSchema = Type.Enum(ACTIONS)
/** What a timeline event records: a workflow action, or the submission itself. */
export const EventActionSchema = Type.Enum(['submit', ...ACTIONS])
export const ChannelSchema = Type.Enum(CHANNELS)
/** The programme's names of the channels (see docs/domain.md "The three channels"). */
export const channelLabels: Record<(typeof CHANNELS)[number], { zh: string; en: string }> = {
  online: { zh: '线上问诊', en: 'Online' },
  station: { zh: '站内坐诊', en: 'At a station' },
  mobile: { zh: '流动巡诊', en: 'Mobile rounds' },
  grid: { zh: '网格上报', en: 'Grid report' },
  mediation: { zh: '矛调中心', en: 'Mediation centre' },
  external: { zh: '外部系统', en: 'Partner system' },
  supervision: { zh: '领办督查', en: 'Project supervision' },
}
/**
 * Staff record items of the channels they receive in person; online and partner items arrive by themselves, and
 * supervision items come from a site's monthly report.
 */
export const StaffChannelSchema = Type.Enum(
  CHANNELS.filter((c) => c !== 'online' && c !== 'external' && c !== 'supervision'),
)
export const TierSchema = Type.Enum(TIERS)
export const OutcomeSchema = Type.Enum(OUTCOMES)
export const RatingSchema = Type.Enum(RATINGS)
export const RejectReasonSchema = Type.Enum(REJECT_REASONS)

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
  publishConsent: Type.Optional(
    Type.Boolean({
      description:
        'The citizen agrees that the opinion and its answer may be published without their name, phone and other personal data (default false)',
    }),
  ),
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
  regionNameEn: Nullable(Type.String({ description: 'The English name, where the reference data has one' })),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  townNameEn: Nullable(Type.String({ description: 'The English name, where the reference data has one' })),
  category: Nullable(Type.String()),
  categoryName: Nullable(Type.String()),
  categoryNameEn: Nullable(
    Type.String({ description: 'The English name, where the reference data has one' }),
  ),
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
  supportCount: Type.Integer({
    description: '附议: supports, plus the items merged into this one and theirs',
  }),
  highAttention: Type.Boolean({
    description: '关注度高: the support count has reached the county’s threshold',
  }),
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
    highAttention: Type.Optional(
      Type.Boolean({ description: '关注度高: support at or above the threshold' }),
    ),
    sort: Type.Optional(Type.Literal('support', { description: 'support: the most supported first' })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    ...Paging,
  },
  { additionalProperties: false },
)

export const FileRef = Type.Object({
  id: Type.String(),
  url: Type.String(),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
})

export const ActionResult = Type.Object({ id: Type.String(), status: StatusSchema, version: Type.Integer() })

const Named = Type.Object({ id: Type.String(), name: Type.String() })
const Linked = Type.Object({ id: Type.String(), trackingCode: Type.String() })

export const Detail = Type.Object({
  id: Type.String(),
  trackingCode: Type.String(),
  status: StatusSchema,
  statusLabel: Bilingual,
  channel: ChannelSchema,
  tier: Nullable(TierSchema),
  content: Type.String(),
  category: Nullable(Type.String()),
  categoryName: Nullable(Type.String()),
  categoryNameEn: Nullable(
    Type.String({ description: 'The English name, where the reference data has one' }),
  ),
  regionCode: Type.String(),
  regionName: Type.String(),
  regionNameEn: Nullable(Type.String({ description: 'The English name, where the reference data has one' })),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  townNameEn: Nullable(Type.String({ description: 'The English name, where the reference data has one' })),
  venue: Nullable(Named),
  deputy: Nullable(Named),
  location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number() })),
  contactNameMasked: Nullable(Type.String()),
  contactPhoneMasked: Nullable(Type.String()),
  canRevealContact: Type.Boolean(),
  units: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), role: Type.Enum(UNIT_LINK_ROLES) }),
  ),
  answer: Nullable(Type.String()),
  unitAnswer: Nullable(
    Type.String({
      description: "The unit's own wording, when the reviewer corrected it before it reached the citizen",
    }),
  ),
  outcome: Nullable(OutcomeSchema),
  rating: Nullable(RatingSchema),
  ratingComment: Nullable(Type.String()),
  rejectReason: Nullable(RejectReasonSchema),
  mergedInto: Nullable(Linked),
  mergedFollowers: Type.Array(Linked),
  duplicates: Type.Array(
    Type.Object({
      id: Type.String(),
      trackingCode: Type.String(),
      score: Type.Number(),
      excerpt: Type.String(),
      status: StatusSchema,
    }),
  ),
  photos: Type.Array(FileRef),
  attachments: Type.Array(FileRef),
  timestamps: Timestamps,
  dueAt: Nullable(Timestamp),
  overdue: Type.Boolean(),
  extensionRequest: Nullable(Type.Object({ days: Type.Integer(), reason: Type.String() })),
  reopenCount: Type.Integer(),
  urgeCount: Type.Integer(),
  escalatedAt: Nullable(Timestamp),
  allowedActions: Type.Array(ActionSchema),
  timeline: Type.Array(Event),
  version: Type.Integer(),
})

export const Tracking = Type.Object({
  trackingCode: Type.String(),
  status: StatusSchema,
  statusLabel: Bilingual,
  content: Type.String(),
  category: Nullable(Type.String()),
  submittedAt: Timestamp,
  regionName: Type.String(),
  venueName: Nullable(Type.String()),
  deputyName: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  answer: Nullable(Type.String()),
  outcome: Nullable(OutcomeSchema),
  answeredAt: Nullable(Timestamp),
  rating: Nullable(RatingSchema),
  canRate: Type.Boolean(),
  canReopen: Type.Boolean(),
  mergedInto: Nullable(Type.Object({ trackingCode: Type.String(), status: StatusSchema })),
  photoIds: Type.Array(Type.String()),
  attachmentIds: Type.Array(
    Type.String({
      description: 'Photos the unit attached to its answer, once the answer has reached the citizen',
    }),
  ),
  timeline: Type.Array(PublicEvent),
  publishConsent: Type.Boolean({
    description: 'Whether the citizen agreed to publication without personal data (办理结果公开)',
  }),
  publicUrl: Nullable(
    Type.String({ description: 'The public page of the item once staff have published it' }),
  ),
  proposals: Type.Array(
    Type.Object({
      title: Type.String(),
      status: Type.String({ description: 'The proposal’s state (代表建议), e.g. registered' }),
      statusLabel: Bilingual,
      leadDeputyName: Type.String(),
      answer: Nullable(Type.String()),
      outcome: Nullable(OutcomeSchema),
      answeredAt: Nullable(Timestamp),
    }),
    { description: 'Formal deputy proposals (代表建议) that took the item up, from their submission' },
  ),
  nextSteps: Type.Object({
    acceptBy: Timestamp,
    answerWithinWorkingDays: Type.Integer({
      description: 'Working days the handling unit has to answer once the item is assigned',
    }),
    answerBy: Nullable(Timestamp),
  }),
})

export const TokenHeader = Type.Object({ 'x-access-token': Type.String({ minLength: 10, maxLength: 100 }) })
export const CodeParams = Type.Object({ trackingCode: Type.String({ pattern: '^[A-Z0-9]{6,20}$' }) })
export const IdParams = Type.Object({ id: Uuid })

// ── recovery by phone ─────────────────────────────────────────────────────────────────────────────────────────

export const PhoneBody = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 30, description: 'The phone number given with the items' }),
  },
  { additionalProperties: false },
)

export const CodeRequested = Type.Object({
  smsAvailable: Type.Boolean({
    description: 'false when this installation cannot send SMS (no webhook): the same for every phone number',
  }),
  codeValidMinutes: Type.Integer(),
})

export const VerifyBody = Type.Object(
  {
    phone: PhoneBody.properties.phone,
    code: Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code received by SMS' }),
  },
  { additionalProperties: false },
)

export const RecoveredItems = Type.Object({
  items: Type.Array(
    Type.Object({
      trackingCode: Type.String(),
      accessToken: Type.String({
        description: 'A new access key for this item (the original link keeps working)',
      }),
      trackingUrl: Type.String(),
      submittedAt: Timestamp,
      status: StatusSchema,
      statusLabel: Bilingual,
      summary: Type.String(),
    }),
  ),
})
