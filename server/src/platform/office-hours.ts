/**
 * A county's office hours (办公时间): one or two periods a day (08:30-12:00,13:30-17:30), summer hours for a season
 * of the year, and the same-day cut-off (当日受理截止时间) after which an arrival counts as arriving at the next
 * working day's opening, so that the four same-day steps always have a working afternoon. Stored per county as
 * the text an administrator types; see docs/domain.md "Clocks".
 */

export type Period = readonly [opens: number, closes: number]

export interface OfficeHours {
  regular: readonly Period[]
  summer?: { from: string; to: string; periods: readonly Period[] }
  /** Minutes after midnight; undefined = closing time. */
  sameDayCutoff?: number
}

/** The settings as stored and edited: text, validated by parseOfficeHours. */
export interface OfficeHoursText {
  regular: string
  summer?: { from: string; to: string; hours: string } | null
  sameDayCutoff?: string | null
}

export interface Schedule {
  periods: readonly Period[]
  opens: number
  closes: number
  cutoff: number
}

export const DEFAULT_OFFICE_HOURS_TEXT: OfficeHoursText = { regular: '08:30-17:30' }

export class OfficeHoursError extends Error {
  constructor(
    readonly field: string,
    readonly zh: string,
    en: string,
  ) {
    super(en)
  }
}

function minutesOf(text: string, field: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  const value = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN
  if (!m || Number(m[2]) > 59 || value > 24 * 60)
    throw new OfficeHoursError(
      field,
      `时间应形如 08:30，收到“${text}”`,
      `a time looks like 08:30, got "${text}"`,
    )
  return value
}

/** "08:30-12:00,13:30-17:30": one or more periods, in order, not overlapping. */
export function parsePeriods(text: string, field = 'hours'): Period[] {
  const periods: Period[] = []
  for (const part of text.split(/[,，]/)) {
    const [a, b, ...rest] = part.split(/[-–~]/)
    if (a === undefined || b === undefined || rest.length > 0)
      throw new OfficeHoursError(
        field,
        `办公时间应形如 08:30-12:00,13:30-17:30，收到“${text}”`,
        `office hours look like 08:30-12:00,13:30-17:30, got "${text}"`,
      )
    const opens = minutesOf(a, field)
    const closes = minutesOf(b, field)
    const previous = periods[periods.length - 1]
    if (opens >= closes || (previous && opens < previous[1]))
      throw new OfficeHoursError(
        field,
        '各时段应先开始后结束，且按先后顺序不重叠',
        'each period must start before it ends, in order and without overlap',
      )
    periods.push([opens, closes])
  }
  if (periods.length > 3) throw new OfficeHoursError(field, '每天最多三个时段', 'at most three periods a day')
  return periods
}

function monthDay(text: string, field: string): string {
  const m = /^(\d{2})-(\d{2})$/.exec(text.trim())
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12 || Number(m[2]) < 1 || Number(m[2]) > 31)
    throw new OfficeHoursError(
      field,
      `日期应形如 07-01，收到“${text}”`,
      `a day of the year looks like 07-01, got "${text}"`,
    )
  return `${m[1]}-${m[2]}`
}

export function parseOfficeHours(text: OfficeHoursText): OfficeHours {
  const regular = parsePeriods(text.regular, 'regular')
  const hours: OfficeHours = { regular }
  if (text.summer) {
    hours.summer = {
      from: monthDay(text.summer.from, 'summer.from'),
      to: monthDay(text.summer.to, 'summer.to'),
      periods: parsePeriods(text.summer.hours, 'summer.hours'),
    }
  }
  if (text.sameDayCutoff) {
    const cutoff = minutesOf(text.sameDayCutoff, 'sameDayCutoff')
    const earliestClose = Math.min(
      ...[regular, hours.summer?.periods ?? regular].map((p) => p[p.length - 1]![1]),
    )
    if (cutoff <= regular[0]![0] || cutoff > earliestClose)
      throw new OfficeHoursError(
        'sameDayCutoff',
        '当日受理截止时间应在上班后、下班前',
        'the same-day cut-off must lie after opening and no later than closing',
      )
    hours.sameDayCutoff = cutoff
  }
  return hours
}

const hh = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
const periodsText = (periods: readonly Period[]) => periods.map(([a, b]) => `${hh(a)}-${hh(b)}`).join(',')

/** The canonical text of parsed office hours (what is stored and shown). */
export function officeHoursText(hours: OfficeHours): OfficeHoursText {
  return {
    regular: periodsText(hours.regular),
    summer: hours.summer
      ? { from: hours.summer.from, to: hours.summer.to, hours: periodsText(hours.summer.periods) }
      : null,
    sameDayCutoff: hours.sameDayCutoff === undefined ? null : hh(hours.sameDayCutoff),
  }
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = parseOfficeHours(DEFAULT_OFFICE_HOURS_TEXT)

/** The schedule of a day: summer hours between their from and to days (a season may wrap the new year). */
export function scheduleOn(hours: OfficeHours, day: string): Schedule {
  const md = day.slice(5)
  const s = hours.summer
  const inSummer = s ? (s.from <= s.to ? md >= s.from && md <= s.to : md >= s.from || md <= s.to) : false
  const periods = inSummer && s ? s.periods : hours.regular
  const opens = periods[0]![0]
  const closes = periods[periods.length - 1]![1]
  return { periods, opens, closes, cutoff: Math.min(hours.sameDayCutoff ?? closes, closes) }
}

/** Office hours as read back from the database (jsonb): checked for shape, then parsed. */
export function storedOfficeHours(value: unknown): OfficeHours {
  const v = value as Partial<OfficeHoursText> | null
  if (!v || typeof v.regular !== 'string')
    throw new OfficeHoursError('office_hours', '办公时间设置已损坏', 'the stored office hours are damaged')
  return parseOfficeHours(v as OfficeHoursText)
}
