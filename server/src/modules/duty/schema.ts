import { Type } from 'typebox'
import { DUTY_DAY_OFF_POLICIES, DUTY_RULE_KINDS, DUTY_SLOT_STATUSES } from '../../db/enums.ts'
import { Bilingual, Nullable, RegionCode, Timestamp, Uuid } from '../../platform/schemas.ts'
import { Day } from '../settings/schema.ts'

const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, the county’s time' })

export const DutyRuleKindSchema = Type.Enum(DUTY_RULE_KINDS)
export const DutyDayOffSchema = Type.Enum(DUTY_DAY_OFF_POLICIES)
export const DutySlotStatusSchema = Type.Enum(DUTY_SLOT_STATUSES)

const Person = Type.Object({ id: Uuid, name: Type.String() })

const ruleFields = {
  kind: DutyRuleKindSchema,
  dayOfMonth: Type.Optional(
    Nullable(Type.Integer({ minimum: 1, maximum: 31, description: 'monthly: the day' })),
  ),
  weekday: Type.Optional(
    Nullable(Type.Integer({ minimum: 1, maximum: 7, description: 'weekly: 1 Monday … 7 Sunday' })),
  ),
  startsAt: Clock,
  endsAt: Clock,
  validFrom: Day,
  validUntil: Type.Optional(Nullable(Day)),
  onDayOff: DutyDayOffSchema,
  note: Type.Optional(Type.String({ maxLength: 200 })),
  deputyIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true }),
}

export const DutyRuleCreate = Type.Object({ venueId: Uuid, ...ruleFields }, { additionalProperties: false })
export const DutyRuleUpdate = Type.Object(
  { ...ruleFields, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
)
export const DutyRuleRetire = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
)

export const DutyRule = Type.Object({
  id: Uuid,
  venue: Type.Object({ id: Uuid, name: Type.String() }),
  kind: DutyRuleKindSchema,
  dayOfMonth: Nullable(Type.Integer()),
  weekday: Nullable(Type.Integer()),
  startsAt: Clock,
  endsAt: Clock,
  validFrom: Day,
  validUntil: Nullable(Day),
  onDayOff: DutyDayOffSchema,
  note: Type.String(),
  active: Type.Boolean(),
  deputies: Type.Array(Person),
  summary: Bilingual,
  version: Type.Integer(),
})

export const DutyRuleQuery = Type.Object({ venueId: Type.Optional(Uuid) }, { additionalProperties: false })
export const DutyRuleList = Type.Object({ rules: Type.Array(DutyRule) })

const slotFields = {
  id: Uuid,
  venue: Type.Object({ id: Uuid, name: Type.String(), kind: Type.String(), address: Type.String() }),
  regionName: Type.String(),
  townCode: Nullable(RegionCode),
  day: Day,
  ruleDay: Nullable(Day),
  startsAt: Timestamp,
  endsAt: Timestamp,
  status: DutySlotStatusSchema,
  statusLabel: Bilingual,
  /** Why it moved or was cancelled: the day off, or the note of whoever cancelled it. */
  changeReason: Nullable(Bilingual),
  moved: Type.Boolean(),
  deputies: Type.Array(Type.Object({ id: Uuid, name: Type.String(), swappedFor: Nullable(Type.String()) })),
}
export const DutySlot = Type.Object(slotFields)
export const DutySlotStaff = Type.Object({
  ...slotFields,
  version: Type.Integer(),
  manual: Type.Boolean(),
  allowedActions: Type.Array(Type.String()),
})

const range = {
  from: Day,
  to: Day,
  townCode: Type.Optional(RegionCode),
  venueId: Type.Optional(Uuid),
}
export const DutyScheduleQuery = Type.Object(range, { additionalProperties: false })
export const DutySlotQuery = Type.Object(
  { ...range, deputyId: Type.Optional(Uuid), mine: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)
export const DutySchedule = Type.Object({ from: Day, to: Day, slots: Type.Array(DutySlot) })
export const DutyScheduleStaff = Type.Object({ from: Day, to: Day, slots: Type.Array(DutySlotStaff) })

export const DutySlotParams = Type.Object(
  {
    id: Uuid,
    action: Type.Enum(['cancel', 'restore', 'swap']),
  },
  { additionalProperties: false },
)
export const DutySlotActionBody = Type.Object(
  {
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    outDeputyId: Type.Optional(Uuid),
    inDeputyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false })
