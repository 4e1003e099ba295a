/** The county's days and clocks for the duty pages (UTC+8 all year, whatever the browser's zone). */

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六']
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** "2026-12-08 周二" / "2026-12-08 Tue". */
export function dayWithWeekday(day: string, lang: 'zh' | 'en'): string {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay()
  return `${day} ${lang === 'zh' ? `周${WEEKDAYS_ZH[w]}` : WEEKDAYS_EN[w]}`
}

/** "09:00" of an instant in the county's time. */
export function clock(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(11, 16)
}
