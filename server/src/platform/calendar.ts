import chineseDays from 'chinese-days'
import type { Db } from '../db/index.ts'

/**
 * The Chinese working-day calendar: statutory holidays and 调休 make-up days from chinese-days, corrected by an
 * admin override table (the State Council publishes next year's calendar around November). All clock maths is in
 * China Standard Time (UTC+8, no daylight saving).
 */

const CST_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

export interface OfficeHours {
  /** Minutes after local midnight. */
  start: number
  end: number
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: 8 * 60 + 30, end: 17 * 60 + 30 }

export function parseOfficeHours(text: string): OfficeHours {
  const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!m) throw new Error(`office hours must look like 08:30-17:30, got "${text}"`)
  const start = Number(m[1]) * 60 + Number(m[2])
  const end = Number(m[3]) * 60 + Number(m[4])
  if (!(start < end && end <= 24 * 60))
    throw new Error(`office hours must start before they end, got "${text}"`)
  return { start, end }
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

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
}

export type DayKind = 'workday' | 'holiday'

export class WorkCalendar {
  constructor(
    private readonly overrides: ReadonlyMap<string, DayKind> = new Map(),
    readonly hours: OfficeHours = DEFAULT_OFFICE_HOURS,
  ) {}

  isWorkday(day: string): boolean {
    const override = this.overrides.get(day)
    if (override) return override === 'workday'
    return chineseDays.isWorkday(day)
  }

  nextWorkday(day: string): string {
    let d = nextDay(day)
    for (let i = 0; i < 400 && !this.isWorkday(d); i++) d = nextDay(d)
    return d
  }

  /**
   * When the clock starts for an item arriving at `arrival`: during office hours on a working day, at once;
   * before office hours, at the opening; after office hours or on a day off, at the next working day's opening.
   */
  clockStart(arrival: Date): Date {
    const day = cstDay(arrival)
    if (this.isWorkday(day)) {
      const minutes = cstMinutes(arrival)
      if (minutes < this.hours.start) return cstInstant(day, this.hours.start)
      if (minutes < this.hours.end) return arrival
    }
    return cstInstant(this.nextWorkday(day), this.hours.start)
  }

  /** Close of office hours on the working day the clock started: the limit of the four 当天 steps. */
  sameDayDeadline(arrival: Date): Date {
    return cstInstant(cstDay(this.clockStart(arrival)), this.hours.end)
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
    return cstInstant(this.addWorkingDays(startDay, Math.max(0, workingDays - 1)), this.hours.end)
  }

  /** Moves a deadline on by n working days (an approved extension). */
  extend(deadline: Date, workingDays: number): Date {
    return cstInstant(this.addWorkingDays(cstDay(deadline), workingDays), this.hours.end)
  }

  /** Working days elapsed between two instants: the number of working days after `from`'s day up to `to`'s day. */
  workingDaysBetween(from: Date, to: Date): number {
    let count = 0
    let d = cstDay(from)
    const end = cstDay(to)
    for (let i = 0; i < 4000 && d < end; i++) {
      d = nextDay(d)
      if (this.isWorkday(d)) count++
    }
    return count
  }
}

let cached: { at: number; calendar: WorkCalendar; hours: OfficeHours } | null = null
const CACHE_MS = 60_000

/** The calendar with the admin overrides, cached for a minute (overrides change rarely; every node reloads). */
export async function loadCalendar(db: Db, hours: OfficeHours = DEFAULT_OFFICE_HOURS): Promise<WorkCalendar> {
  if (cached && Date.now() - cached.at < CACHE_MS && cached.hours === hours) return cached.calendar
  const rows = await db.selectFrom('calendar_overrides').select(['day', 'kind']).execute()
  const overrides = new Map(
    rows.map((r) => [typeof r.day === 'string' ? r.day : cstDayOfDate(r.day as unknown as Date), r.kind]),
  )
  const calendar = new WorkCalendar(overrides, hours)
  cached = { at: Date.now(), calendar, hours }
  return calendar
}

export function invalidateCalendar(): void {
  cached = null
}

/** A `date` column read back as a JS Date at local midnight UTC: take its UTC calendar day. */
function cstDayOfDate(d: Date): string {
  return d.toISOString().slice(0, 10)
}
