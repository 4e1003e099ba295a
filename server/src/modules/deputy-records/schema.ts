import { Type } from 'typebox'
import { RECORD_ENTRY_KINDS } from '../../db/enums.ts'
import type { RecordEntryKind } from '../../db/types.ts'
import { Nullable, Page, Paging, RegionCode, Timestamp, Uuid } from '../../platform/schemas.ts'
import { Day } from '../settings/schema.ts'

/** The kinds of entry made by hand (docs/domain.md "Deputies' records"). */
export const recordEntryKindLabels: Record<RecordEntryKind, { zh: string; en: string }> = {
  training: { zh: '参加培训', en: 'Training' },
  proposal: { zh: '提出议案建议', en: 'Proposals at sessions' },
  activity: { zh: '其他履职活动', en: 'Other duty activities' },
}

export const RecordEntryKindSchema = Type.Enum(RECORD_ENTRY_KINDS)

/** A record covers one calendar year of the county. */
export const Year = Type.Integer({ minimum: 2000, maximum: 2199, description: 'The year, in county time' })

/**
 * The indicators of one deputy for one year (docs/domain.md "Deputies' records"). `groupActivities` is null while
 * the module that would count it is not built (尚未启用): never a zero.
 */
export const RecordIndicators = Type.Object({
  dutySlotsHeld: Type.Integer({ description: '排班接待: duty slots held with the deputy on duty' }),
  receptionsAttended: Type.Integer({ description: '参加接待: closed reception records with the deputy' }),
  peopleReceived: Type.Integer({ description: '接待群众 (人次): people of those receptions' }),
  roundsCompleted: Type.Integer({ description: '流动巡诊: completed rounds with the deputy' }),
  suggestionsReceived: Type.Integer({ description: '领办意见建议: items addressed to the deputy' }),
  suggestionsClosed: Type.Integer({ description: 'of them closed (办结)' }),
  suggestionsResolved: Type.Integer({ description: 'of them closed with outcome A (已解决)' }),
  suggestionsRated: Type.Integer({ description: 'of them rated by the citizen' }),
  suggestionsSatisfied: Type.Integer({ description: 'of them rated satisfied or basically satisfied' }),
  groupActivities: Nullable(Type.Integer({ description: '小组活动: null while not enabled (尚未启用)' })),
  siteReports: Type.Integer({ description: '点位督查报告: monthly reports on the sites the deputy leads' }),
  trainings: Type.Integer({ description: '参加培训: trainings entered (sum of quantity)' }),
  trainingHours: Type.Number({ description: '培训学时: hours of those trainings' }),
  proposals: Type.Integer({ description: '提出议案建议: proposals entered (sum of quantity)' }),
  proposalsLed: Type.Integer({
    description: '领衔代表建议: the platform’s proposals the deputy led (submitted)',
  }),
  proposalsCosigned: Type.Integer({
    description: '联名代表建议: the platform’s proposals the deputy co-signed',
  }),
  proposalsRated: Type.Integer({
    description: 'of those led, closed with the deputy’s rating of the answer',
  }),
  proposalsSatisfied: Type.Integer({ description: 'of them rated satisfied or basically satisfied' }),
  activities: Type.Integer({ description: '其他履职活动: other activities entered (sum of quantity)' }),
})

export const RecordDeputy = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  active: Type.Boolean(),
})

export const RecordEntryAction = Type.Union([Type.Literal('edit'), Type.Literal('retire')])

export const RecordEntry = Type.Object({
  id: Uuid,
  deputyId: Uuid,
  kind: RecordEntryKindSchema,
  day: Day,
  title: Type.String(),
  quantity: Type.Integer(),
  hours: Nullable(Type.Number()),
  note: Type.String(),
  createdByName: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
  allowedActions: Type.Array(RecordEntryAction),
})

export const DeputyRecord = Type.Object({
  deputy: RecordDeputy,
  year: Type.Integer(),
  indicators: RecordIndicators,
  entries: Type.Array(RecordEntry),
  /** The kinds of entry the caller may add to this record (none: read only). */
  entryKinds: Type.Array(RecordEntryKindSchema),
})

export const DeputyRecordRow = Type.Object({ deputy: RecordDeputy, indicators: RecordIndicators })

export const DeputyParams = Type.Object({ id: Uuid }, { additionalProperties: false })
export const EntryParams = Type.Object({ id: Uuid }, { additionalProperties: false })
export const RecordQuery = Type.Object({ year: Year }, { additionalProperties: false })

export const DeputyRecordQuery = Type.Object(
  {
    year: Year,
    townCode: Type.Optional(RegionCode),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'Name or code' })),
    ...Paging,
  },
  { additionalProperties: false },
)

export const DeputyRecordPage = Page(DeputyRecordRow)

const entryFields = {
  kind: RecordEntryKindSchema,
  day: Day,
  title: Type.String({ minLength: 1, maxLength: 100 }),
  quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 1 })),
  hours: Type.Optional(Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 1000 }))),
  note: Type.Optional(Type.String({ maxLength: 500 })),
}

export const RecordEntryCreate = Type.Object(entryFields, { additionalProperties: false })
export const RecordEntryUpdate = Type.Object(
  { ...entryFields, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
)
export const RecordEntryRetire = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
)
