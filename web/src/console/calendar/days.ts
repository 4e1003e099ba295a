/**
 * Calendar arithmetic on 'YYYY-MM-DD' texts. The county's days are plain dates: computed in UTC, so nothing here
 * depends on the browser's time zone.
 */

const DAY_MS = 86_400_000

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`)
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10)

export function addDays(day: string, n: number): string {
  return toDay(toTime(day) + n * DAY_MS)
}

/** Days from `from` to `to` (0 for the same day, negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(toTime(day)).getUTCDay()
}

export function isWeekend(day: string): boolean {
  const d = weekdayOf(day)
  return d === 0 || d === 6
}

/** Whether a text is a real 'YYYY-MM-DD' day (2027-02-30 is not). */
export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(toTime(text)) && toDay(toTime(text)) === text
}

export const pad2 = (n: number) => String(n).padStart(2, '0')

/** The first and last day of a year. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/**
 * A month as weeks of seven cells, Monday first as Chinese calendars print them; null before the first and after
 * the last day of the month.
 */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = `${year}-${pad2(month)}-01`
  const lead = (weekdayOf(first) + 6) % 7
  const cells: (string | null)[] = Array.from({ length: lead }, () => null)
  for (let d = first; d.startsWith(`${year}-${pad2(month)}-`); d = addDays(d, 1)) cells.push(d)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}
