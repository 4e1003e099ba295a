import { Type } from 'typebox'
import { CALENDAR_DAY_KINDS, NOTICE_DAY_KINDS } from '../../db/enums.ts'
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

const Bilingual = Type.Object({ zh: Type.String(), en: Type.String() })

export const CalendarDay = Type.Object({
  day: Type.String(),
  workday: Type.Boolean(),
  kind: Type.Union(
    [Type.Literal('workday'), Type.Literal('rest'), Type.Literal('holiday'), Type.Literal('makeup')],
    { description: 'workday · rest (weekend) · holiday (法定节假日/补休) · makeup (调休上班)' },
  ),
  source: Type.Union(
    [
      Type.Literal('statutory'),
      Type.Literal('notice'),
      Type.Literal('provisional'),
      Type.Literal('override'),
    ],
    {
      description:
        "statutory: the published calendar; notice: the State Council's notice as the county entered it; " +
        'provisional: computed from the law, until the notice is entered; override: the county’s correction',
    },
  ),
  provisional: Type.Boolean({
    description: "True until the State Council's notice for the day's year is entered",
  }),
  name: Type.Optional(Type.String({ description: 'Holiday or make-up day name, or the override note' })),
  nameEn: Type.Optional(Type.String()),
})

export const YearParams = Type.Object(
  { year: Type.Integer({ minimum: 1900, maximum: 2199 }) },
  { additionalProperties: false },
)

export const NoticeDay = Type.Object(
  {
    day: Day,
    kind: Type.Enum(NOTICE_DAY_KINDS, { description: 'holiday (放假) · makeup (调休上班)' }),
    name: Type.String({ minLength: 1, maxLength: 20, description: '元旦, 春节 …' }),
  },
  { additionalProperties: false },
)

export const NoticeBody = Type.Object(
  {
    title: Type.String({ maxLength: 200, description: '国务院办公厅关于2027年部分节假日安排的通知' }),
    days: Type.Array(NoticeDay, { minItems: 1, maxItems: 80 }),
  },
  { additionalProperties: false },
)

export const CalendarYear = Type.Object({
  year: Type.Integer(),
  status: Type.Union([Type.Literal('statutory'), Type.Literal('notice'), Type.Literal('provisional')]),
  message: Bilingual,
  notice: Nullable(
    Type.Object({
      title: Type.String(),
      enteredAt: Type.String({ format: 'date-time' }),
      enteredBy: Nullable(Type.String()),
    }),
  ),
  days: Type.Array(CalendarDay, { description: 'The holidays and make-up working days of the year' }),
  recomputed: Type.Optional(Type.Integer({ description: 'Open items whose deadlines were recomputed' })),
})

export const OfficeHoursSchema = Type.Object(
  {
    regular: Type.String({ maxLength: 40, description: '08:30-12:00,13:30-17:30' }),
    summer: Type.Optional(
      Nullable(
        Type.Object(
          {
            from: Type.String({ maxLength: 5, description: 'MM-DD' }),
            to: Type.String({ maxLength: 5, description: 'MM-DD' }),
            hours: Type.String({ maxLength: 40 }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    sameDayCutoff: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 5,
          description: 'HH:MM: arrivals after it count from the next working day',
        }),
      ),
    ),
  },
  { additionalProperties: false },
)

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
