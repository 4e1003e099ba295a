import type { Db } from '../db/index.ts'
import {
  addDays,
  type DayKind,
  isWeekend,
  OFFICIAL_YEARS,
  officialDay,
  provisionalYear,
  type StatutoryDay,
} from './holidays.ts'
import {
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  parseOfficeHours,
  type Schedule,
  scheduleOn,
  storedOfficeHours,
} from './office-hours.ts'

export { DEFAULT_OFFICE_HOURS, type OfficeHours, parseOfficeHours }

/**
 * The Chinese working-day calendar and the county's clock. A day is, by precedence:
 * - a county override (a typhoon day, a local arrangement);
 * - the State Council notice for its year, as the county entered it;
 * - the published statutory calendar (chinese-days data);
 * - for a year neither covers, the holidays computed from the law, marked provisional.
 * All day arithmetic is on 'YYYY-MM-DD' strings and all clock maths in China Standard Time (UTC+8, no daylight
 * saving): nothing depends on the process's time zone. Office hours and the same-day cut-off are the county's
 * (county_settings), see docs/domain.md "Clocks".
 */

const CST_OFFSET_MS = 8 * 3600_000

export type DaySource = 'override' | 'notice' | 'statutory' | 'provisional'

export interface DayInfo {
  day: string
  workday: boolean
  kind: DayKind
  source: DaySource
  /** True while the day's year is computed from the law, before the county has entered the notice. */
  provisional: boolean
  name?: { zh: string; en: string }
}

export interface Override {
  kind: 'workday' | 'holiday'
  note: string
}

/** YYYY-MM-DD of an instant in China Standard Time. */
export function cstDay(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10)
}

function cstMinutes(instant: Date): number {
  const local = new Date(instant.getTime() + CST_OFFSET_MS)
  return local.getUTCHours() * 60 + local.getUTCMinutes()
}

/** The instant at a given local time (minutes after midnight) on a CST day. */
export function cstInstant(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - CST_OFFSET_MS + minutes * 60_000)
}

export interface CalendarSources {
  overrides?: ReadonlyMap<string, Override>
  /** Per year with an entered notice: its holidays and make-up working days. */
  notices?: ReadonlyMap<number, ReadonlyMap<string, StatutoryDay>>
}

export class WorkCalendar {
  private readonly overrides: ReadonlyMap<string, Override>
  private readonly notices: ReadonlyMap<number, ReadonlyMap<string, StatutoryDay>>

  constructor(
    sources: CalendarSources = {},
    readonly hours: OfficeHours = DEFAULT_OFFICE_HOURS,
  ) {
    this.overrides = sources.overrides ?? new Map()
    this.notices = sources.notices ?? new Map()
  }

  /** Whether a year's holidays are computed rather than published or entered. */
  isProvisionalYear(year: number): boolean {
    return !this.notices.has(year) && !OFFICIAL_YEARS.has(year)
  }

  dayInfo(day: string): DayInfo {
    const year = Number(day.slice(0, 4))
    const override = this.overrides.get(day)
    if (override) {
      const workday = override.kind === 'workday'
      const kind: DayKind = workday
        ? isWeekend(day)
          ? 'makeup'
          : 'workday'
        : isWeekend(day)
          ? 'rest'
          : 'holiday'
      const name = override.note ? { zh: override.note, en: override.note } : undefined
      return { day, workday, kind, source: 'override', provisional: false, ...(name ? { name } : {}) }
    }
    const notice = this.notices.get(year)
    const [source, statutory]: [DaySource, StatutoryDay | undefined] = notice
      ? ['notice', notice.get(day)]
      : OFFICIAL_YEARS.has(year)
        ? ['statutory', officialDay(day)]
        : ['provisional', provisionalYear(year).get(day)]
    const provisional = source === 'provisional'
    if (statutory) {
      const workday = statutory.kind === 'makeup'
      return {
        day,
        workday,
        kind: statutory.kind,
        source,
        provisional,
        name: { zh: statutory.zh, en: statutory.en },
      }
    }
    const weekend = isWeekend(day)
    return { day, workday: !weekend, kind: weekend ? 'rest' : 'workday', source, provisional }
  }

  isWorkday(day: string): boolean {
    return this.dayInfo(day).workday
  }

  nextWorkday(day: string): string {
    let d = addDays(day, 1)
    for (let i = 0; i < 400 && !this.isWorkday(d); i++) d = addDays(d, 1)
    return d
  }

  /** The office hours that apply on a day (summer hours in their season). */
  schedule(day: string): Schedule {
    return scheduleOn(this.hours, day)
  }

  /** Opening time of a day, as an instant. */
  opening(day: string): Date {
    return cstInstant(day, this.schedule(day).opens)
  }

  /** Close of office hours of a day, as an instant. */
  closing(day: string): Date {
    return cstInstant(day, this.schedule(day).closes)
  }

  /**
   * When the clock starts for an item arriving at `arrival`: during office hours on a working day, at once; before
   * opening or in the midday break, at the next opening; after the same-day cut-off (or closing), on a day off, at
   * the next working day's opening.
   */
  clockStart(arrival: Date): Date {
    const day = cstDay(arrival)
    if (this.isWorkday(day)) {
      const minutes = cstMinutes(arrival)
      const { periods, cutoff } = this.schedule(day)
      if (minutes < cutoff) {
        for (const [opens, closes] of periods) {
          if (minutes < opens) return cstInstant(day, opens)
          if (minutes < closes) return arrival
        }
      }
    }
    return this.opening(this.nextWorkday(day))
  }

  /** Close of office hours on the working day the clock started: the limit of the four 当天 steps. */
  sameDayDeadline(arrival: Date): Date {
    return this.closing(cstDay(this.clockStart(arrival)))
  }

  /** The working day `n` working days after `day` (n = 0: `day` itself, which must be a working day). */
  addWorkingDays(day: string, n: number): string {
    let d = day
    for (let i = 0; i < n; i++) d = this.nextWorkday(d)
    return d
  }

  /**
   * Completion deadline: close of office hours on the n-th working day, counting the working day the clock
   * started on as the first (5 working days from a Monday morning end on Friday evening).
   */
  deadlineAfter(start: Date, workingDays: number): Date {
    const startDay = cstDay(this.clockStart(start))
    return this.closing(this.addWorkingDays(startDay, Math.max(0, workingDays - 1)))
  }

  /** Moves a deadline on by n working days (an approved extension). */
  extend(deadline: Date, workingDays: number): Date {
    return this.closing(this.addWorkingDays(cstDay(deadline), workingDays))
  }

  /** Working days elapsed between two instants: the number of working days after `from`'s day up to `to`'s day. */
  workingDaysBetween(from: Date, to: Date): number {
    let count = 0
    let d = cstDay(from)
    const end = cstDay(to)
    for (let i = 0; i < 4000 && d < end; i++) {
      d = addDays(d, 1)
      if (this.isWorkday(d)) count++
    }
    return count
  }
}

/** What the county's calendar is made of, read from the database: overrides, entered notices, office hours. */
export async function readCalendar(
  db: Db,
  countyCode: string,
): Promise<{ sources: Required<CalendarSources>; hours: OfficeHours }> {
  const [overrideRows, noticeYears, noticeRows, settings] = await Promise.all([
    db.selectFrom('calendar_overrides').select(['day', 'kind', 'note']).execute(),
    db.selectFrom('calendar_notices').select('year').execute(),
    db.selectFrom('calendar_notice_days').select(['day', 'year', 'kind', 'name_zh', 'name_en']).execute(),
    db
      .selectFrom('county_settings')
      .select('office_hours')
      .where('county_code', '=', countyCode)
      .executeTakeFirst(),
  ])
  const notices = new Map<number, Map<string, StatutoryDay>>()
  for (const { year } of noticeYears) notices.set(year, new Map())
  for (const r of noticeRows) notices.get(r.year)?.set(r.day, { kind: r.kind, zh: r.name_zh, en: r.name_en })
  const overrides = new Map(overrideRows.map((r) => [r.day, { kind: r.kind, note: r.note }]))
  return {
    sources: { overrides, notices },
    // Stored only after parseOfficeHours accepted it (settings routes).
    hours: settings ? storedOfficeHours(settings.office_hours) : DEFAULT_OFFICE_HOURS,
  }
}

const CACHE_MS = 60_000
const cache = new Map<string, { at: number; calendar: WorkCalendar }>()

/**
 * The county's calendar, cached for a minute per county (overrides, notices and office hours change rarely; a
 * change on another node is seen within the minute, on this node at once through invalidateCalendar).
 */
export async function loadCalendar(db: Db, countyCode: string): Promise<WorkCalendar> {
  const hit = cache.get(countyCode)
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.calendar
  const { sources, hours } = await readCalendar(db, countyCode)
  const calendar = new WorkCalendar(sources, hours)
  cache.set(countyCode, { at: Date.now(), calendar })
  return calendar
}

export function invalidateCalendar(): void {
  cache.clear()
}
