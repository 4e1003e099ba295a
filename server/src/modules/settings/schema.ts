import { Type } from 'typebox'
import { CALENDAR_DAY_KINDS } from '../../db/enums.ts'
import { invalidField } from '../../platform/errors.ts'
import { Nullable } from '../../platform/schemas.ts'

export const Day = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'YYYY-MM-DD (China Standard Time)',
})

/** Whole ranges are the usual read (a year is 366 days), so a page holds up to 500 days and defaults to all. */
const WholeListPaging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'Default: the whole list' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
}

export const CalendarQuery = Type.Object(
  { from: Day, to: Day, ...WholeListPaging },
  { additionalProperties: false },
)

export const TimeLimitQuery = Type.Object(WholeListPaging, { additionalProperties: false })

export const DayParams = Type.Object({ day: Day }, { additionalProperties: false })

export const CalendarDay = Type.Object({
  day: Type.String(),
  workday: Type.Boolean(),
  source: Type.Union([Type.Literal('statutory'), Type.Literal('override')]),
  name: Type.Optional(Type.String({ description: 'Holiday or make-up day name, or the override note' })),
})

export const OverrideBody = Type.Object(
  {
    kind: Type.Enum(CALENDAR_DAY_KINDS),
    note: Type.String({ maxLength: 100 }),
  },
  { additionalProperties: false },
)

export const TierSchema = Type.Union([
  Type.Literal('default'),
  Type.Literal('town'),
  Type.Literal('county'),
  Type.Literal('proposal'),
])

export const TimeLimit = Type.Object({
  tier: TierSchema,
  category: Nullable(Type.String()),
  categoryName: Nullable(Type.String()),
  completionWorkingDays: Type.Integer(),
  maxExtensionWorkingDays: Type.Integer(),
  escalateAfterWorkingDays: Type.Integer(),
  ratingWindowDays: Type.Integer(),
})

export const TimeLimitBody = Type.Object(
  {
    tier: TierSchema,
    category: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40 }))),
    completionWorkingDays: Type.Integer({ minimum: 1, maximum: 365 }),
    maxExtensionWorkingDays: Type.Integer({ minimum: 0, maximum: 365 }),
    escalateAfterWorkingDays: Type.Integer({ minimum: 0, maximum: 365 }),
    ratingWindowDays: Type.Integer({ minimum: 1, maximum: 90 }),
  },
  { additionalProperties: false },
)

/** A real calendar day (2026-02-30 is not), as a UTC timestamp, or a 400 naming the field. */
export function parseDay(text: string, field: string): number {
  const t = Date.parse(`${text}T00:00:00Z`)
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== text) {
    throw invalidField(field, { zh: `${field} 不是有效日期`, en: `${field} is not a valid date` })
  }
  return t
}
