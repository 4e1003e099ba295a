import { Type } from 'typebox'
import { OUTCOMES, PUBLICATION_STATUSES, RATINGS } from '../../db/enums.ts'
import { Bilingual, Nullable, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'
import { SCRUB_KINDS } from '../../platform/scrub.ts'

/** Published answers (办理结果公开): the staff review and the public list and page. */

export const ScrubKindSchema = Type.Enum(SCRUB_KINDS)
export const PublicationStatusSchema = Type.Enum(PUBLICATION_STATUSES)
export const TextField = Type.Enum(['question', 'answer'])

/** A span the scrubber found in a text (offsets in UTF-16 code units, end exclusive). */
export const Span = Type.Object({
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  kind: ScrubKindSchema,
  text: Type.String(),
})

/** One text of the draft: the original (staff see it anyway), what was found in it, and the text with all hidden. */
export const DraftText = Type.Object({
  original: Type.String(),
  spans: Type.Array(Span),
  scrubbed: Type.String(),
})

/** What staff decided about a span, at its place in the text as submitted. */
export const Finding = Type.Object(
  {
    field: Type.Optional(TextField),
    start: Type.Integer({ minimum: 0, maximum: 10000 }),
    end: Type.Integer({ minimum: 0, maximum: 10000 }),
    kind: ScrubKindSchema,
    confirmed: Type.Boolean({
      description:
        'true: personal data, hidden in the text; false: staff say it is not personal data and it stays in the text',
    }),
  },
  { additionalProperties: false },
)

export const StoredFinding = Type.Object({
  field: TextField,
  start: Type.Integer(),
  end: Type.Integer(),
  kind: ScrubKindSchema,
  confirmed: Type.Boolean(),
  text: Nullable(
    Type.String({ description: 'The words kept in the text, for a span marked as not personal data' }),
  ),
})

export const Publication = Type.Object({
  status: PublicationStatusSchema,
  question: Type.String(),
  answer: Nullable(Type.String()),
  findings: Type.Array(StoredFinding),
  publishedAt: Timestamp,
  answerPublishedAt: Nullable(Timestamp),
  withdrawnAt: Nullable(Timestamp),
  withdrawReason: Nullable(Type.String()),
  publicUrl: Nullable(Type.String()),
  version: Type.Integer(),
})

export const Review = Type.Object({
  suggestionId: Type.String(),
  consent: Type.Boolean({ description: 'The citizen agreed to publication without personal data' }),
  eligible: Type.Boolean({
    description: 'The question may be published: accepted or later, neither rejected nor merged',
  }),
  answerPublishable: Type.Boolean({ description: 'The item has an answer that may be published with it' }),
  reason: Nullable(Bilingual),
  canPublish: Type.Boolean({
    description: 'The caller manages the item and may publish, update or withdraw',
  }),
  draft: Type.Object({ question: DraftText, answer: Nullable(DraftText) }),
  publication: Nullable(Publication),
})

export const PublishBody = Type.Object(
  {
    question: Type.String({ minLength: 1, maxLength: 5000 }),
    answer: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 5000 }))),
    findings: Type.Array(Finding, { maxItems: 200 }),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)

export const WithdrawBody = Type.Object(
  { reason: Type.String({ minLength: 2, maxLength: 500 }) },
  { additionalProperties: false },
)

export const IdParams = Type.Object({ id: Uuid })

// ── public ─────────────────────────────────────────────────────────────────────────────────────────────────

export const STAGES = ['open', 'answered'] as const
export const StageSchema = Type.Enum(STAGES)
export const stageLabels: Record<(typeof STAGES)[number], { zh: string; en: string }> = {
  open: { zh: '处理中', en: 'In progress' },
  answered: { zh: '已答复', en: 'Answered' },
}

export const PublicAnswersQuery = Type.Object(
  {
    town: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    category: Type.Optional(Type.String({ maxLength: 40 })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    stage: Type.Optional(StageSchema),
    year: Type.Optional(
      Type.Integer({
        minimum: 2000,
        maximum: 2199,
        description: 'Items received in this year (county time)',
      }),
    ),
    ...Paging,
  },
  { additionalProperties: false },
)

const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'A day, county time' })

export const PublicAnswerItem = Type.Object({
  id: Type.String(),
  question: Type.String({ description: 'The published question (shortened in the list)' }),
  stage: StageSchema,
  stageLabel: Bilingual,
  townName: Nullable(Type.String()),
  categoryName: Nullable(Type.String()),
  receivedDay: Day,
  answeredDay: Nullable(Day),
  unitName: Nullable(Type.String()),
  workingDaysTaken: Nullable(
    Type.Integer({ description: 'Working days (county calendar) from the clock start to the answer' }),
  ),
  outcome: Nullable(Type.Enum(OUTCOMES)),
  rating: Nullable(Type.Enum(RATINGS)),
  answerPublished: Type.Boolean(),
  supportCount: Type.Integer({
    minimum: 0,
    description: 'Citizens who added their support (附议), the items merged into it included',
  }),
})

export const PublicTimelineEvent = Type.Object({
  at: Timestamp,
  action: Type.String(),
  label: Bilingual,
})

export const PublicAnswer = Type.Object({
  ...PublicAnswerItem.properties,
  answer: Nullable(Type.String()),
  publishedAt: Timestamp,
  timeline: Type.Array(PublicTimelineEvent),
})
