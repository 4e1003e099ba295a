/**
 * The county's clock. Deadlines, office hours and the working-day calendar are the county's (China Standard
 * Time), so a time the console shows is read in Asia/Shanghai whatever zone the browser is in.
 */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai'

function parts(instant: Date): Record<string, string> {
  const fields = new Intl.DateTimeFormat('en-CA', {
    timeZone: COUNTY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  return Object.fromEntries(fields.map((p) => [p.type, p.value]))
}

/** "2027-01-04 09:30", in county time; the text as given when it is not a time. */
export function countyDateTime(iso: string): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return iso
  const p = parts(instant)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

/** The county's calendar day (YYYY-MM-DD) of an instant, now by default. */
export function countyDay(instant: Date = new Date()): string {
  const p = parts(instant)
  return `${p.year}-${p.month}-${p.day}`
}

/** The instant a county day (YYYY-MM-DD) begins, as an ISO string; `days` later for the end of a range. */
export function countyDayStart(day: string, days = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  // China Standard Time is UTC+8 all year (no daylight saving).
  return new Date(Date.UTC(y, m - 1, d + days) - 8 * 3_600_000).toISOString()
}
