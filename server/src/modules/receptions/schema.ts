import { Type } from 'typebox'
import {
  ISSUE_DISPOSITIONS,
  RECEPTION_KINDS,
  RECEPTION_STATUSES,
  ROUND_STATUSES,
  ROUND_STOP_KINDS,
} from '../../db/enums.ts'
import { Bilingual, Nullable, RegionCode, Timestamp, Uuid } from '../../platform/schemas.ts'
import { Day } from '../settings/schema.ts'

const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, the county’s time' })
const Person = Type.Object({ id: Uuid, name: Type.String() })
const Location = Type.Object(
  { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
  { additionalProperties: false },
)
const Version = Type.Integer({ minimum: 1 })

export const RoundStatusSchema = Type.Enum(ROUND_STATUSES)
export const StopKindSchema = Type.Enum(ROUND_STOP_KINDS)
export const ReceptionKindSchema = Type.Enum(RECEPTION_KINDS)
export const ReceptionStatusSchema = Type.Enum(RECEPTION_STATUSES)
export const DispositionSchema = Type.Enum(ISSUE_DISPOSITIONS)

// ── rounds (流动巡诊) ─────────────────────────────────────────────────────────────────────────────────────

const StopInput = Type.Object(
  {
    kind: StopKindSchema,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    regionCode: RegionCode,
    address: Type.Optional(Type.String({ maxLength: 200 })),
    startsAt: Clock,
    endsAt: Clock,
  },
  { additionalProperties: false },
)

const roundFields = {
  title: Type.String({ minLength: 1, maxLength: 100 }),
  day: Day,
  venueId: Type.Optional(Nullable(Uuid)),
  note: Type.Optional(Type.String({ maxLength: 500 })),
  deputyIds: Type.Array(Uuid, { minItems: 1, maxItems: 30, uniqueItems: true }),
  stops: Type.Array(StopInput, { minItems: 1, maxItems: 20 }),
}

export const RoundCreate = Type.Object(
  {
    id: Type.Optional(Uuid),
    townCode: RegionCode,
    ...roundFields,
  },
  { additionalProperties: false },
)
export const RoundUpdate = Type.Object({ ...roundFields, version: Version }, { additionalProperties: false })

export const RoundStop = Type.Object({
  id: Uuid,
  seq: Type.Integer(),
  kind: StopKindSchema,
  name: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  address: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  checkedInAt: Nullable(Timestamp),
  checkInLocation: Nullable(Location),
  happened: Type.String(),
  /** The reception records made at this stop: sessions and people received. */
  receptions: Type.Integer(),
  people: Type.Integer(),
})

const roundSummaryFields = {
  id: Uuid,
  title: Type.String(),
  townCode: RegionCode,
  townName: Type.String(),
  day: Day,
  status: RoundStatusSchema,
  statusLabel: Bilingual,
  deputies: Type.Array(Person),
  stops: Type.Array(RoundStop),
}
export const PublicRound = Type.Object(roundSummaryFields)
export const Round = Type.Object({
  ...roundSummaryFields,
  venue: Nullable(Person),
  note: Type.String(),
  summary: Type.String(),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.String()),
  events: Type.Array(
    Type.Object({
      action: Type.String(),
      label: Bilingual,
      toStatus: Type.String(),
      actorName: Type.String(),
      note: Nullable(Type.String()),
      at: Timestamp,
    }),
  ),
})

const range = { from: Day, to: Day, townCode: Type.Optional(RegionCode) }
export const RoundQuery = Type.Object(
  { ...range, mine: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)
export const PublicRoundQuery = Type.Object(range, { additionalProperties: false })
export const RoundList = Type.Object({ from: Day, to: Day, rounds: Type.Array(Round) })
export const PublicRoundList = Type.Object({ from: Day, to: Day, rounds: Type.Array(PublicRound) })

export const RoundActionParams = Type.Object(
  { id: Uuid, action: Type.Enum(['check_in', 'report', 'complete', 'cancel', 'restore']) },
  { additionalProperties: false },
)
export const RoundActionBody = Type.Object(
  {
    version: Type.Optional(Version),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    stopId: Type.Optional(Uuid),
    at: Type.Optional(Timestamp),
    location: Type.Optional(Nullable(Location)),
    happened: Type.Optional(Type.String({ maxLength: 2000 })),
    summary: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
)

// ── reception records (接待记录) ─────────────────────────────────────────────────────────────────────────

const IssueInput = Type.Object(
  {
    id: Uuid,
    content: Type.String({ minLength: 1, maxLength: 2000 }),
    category: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    disposition: DispositionSchema,
    answer: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
)

export const VisitorInput = Type.Object(
  {
    id: Uuid,
    headcount: Type.Integer({ minimum: 1, maximum: 500 }),
    name: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    recordedAt: Type.Optional(Timestamp),
    issues: Type.Array(IssueInput, { maxItems: 20 }),
  },
  { additionalProperties: false },
)

export const ReceptionCreate = Type.Object(
  {
    id: Uuid,
    kind: ReceptionKindSchema,
    venueId: Type.Optional(Nullable(Uuid)),
    dutySlotId: Type.Optional(Nullable(Uuid)),
    roundStopId: Type.Optional(Nullable(Uuid)),
    startedAt: Type.Optional(Timestamp),
    deputyIds: Type.Array(Uuid, { minItems: 1, maxItems: 30, uniqueItems: true }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    visitors: Type.Optional(Type.Array(VisitorInput, { maxItems: 200 })),
  },
  { additionalProperties: false },
)
export const VisitorsAdd = Type.Object(
  { visitors: Type.Array(VisitorInput, { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false },
)

export const ReceptionIssue = Type.Object({
  id: Uuid,
  content: Type.String(),
  disposition: DispositionSchema,
  answer: Nullable(Type.String()),
  suggestion: Nullable(
    Type.Object({ id: Uuid, trackingCode: Type.String(), status: Type.String(), statusLabel: Bilingual }),
  ),
})
export const ReceptionVisitor = Type.Object({
  id: Uuid,
  headcount: Type.Integer(),
  name: Nullable(Type.String({ description: 'masked' })),
  phone: Nullable(Type.String({ description: 'masked' })),
  note: Type.String(),
  recordedAt: Timestamp,
  issues: Type.Array(ReceptionIssue),
})

const receptionFields = {
  id: Uuid,
  kind: ReceptionKindSchema,
  status: ReceptionStatusSchema,
  statusLabel: Bilingual,
  venue: Nullable(Person),
  round: Nullable(Type.Object({ id: Uuid, title: Type.String(), stopId: Uuid, stopName: Type.String() })),
  dutySlotId: Nullable(Uuid),
  regionCode: RegionCode,
  regionName: Type.String(),
  startedAt: Timestamp,
  endedAt: Nullable(Timestamp),
  people: Type.Integer({ description: 'people received (人次): the sum of the visitors’ head counts' }),
  visitorCount: Type.Integer(),
  issueCount: Type.Integer(),
  deputies: Type.Array(Person),
  note: Type.String(),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.String()),
}
export const ReceptionSummary = Type.Object(receptionFields)
export const Reception = Type.Object({ ...receptionFields, visitors: Type.Array(ReceptionVisitor) })
/** A sync's answer: the record now, and which of the sent visitors were already there (a replay). */
export const ReceptionSync = Type.Object({
  reception: Reception,
  created: Type.Boolean(),
  added: Type.Array(Uuid),
  alreadyRecorded: Type.Array(Uuid),
})

export const ReceptionQuery = Type.Object(
  {
    from: Day,
    to: Day,
    townCode: Type.Optional(RegionCode),
    venueId: Type.Optional(Uuid),
    roundId: Type.Optional(Uuid),
    mine: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export const ReceptionList = Type.Object({
  from: Day,
  to: Day,
  receptions: Type.Array(ReceptionSummary),
  people: Type.Integer({ description: 'people received in the listed records' }),
})

export const ReceptionActionParams = Type.Object(
  { id: Uuid, action: Type.Enum(['close', 'reopen']) },
  { additionalProperties: false },
)
export const ReceptionActionBody = Type.Object(
  {
    version: Type.Optional(Version),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    endedAt: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
)
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false })
