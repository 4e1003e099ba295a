/** Day arithmetic on the county's 'YYYY-MM-DD' days, and their names, for the duty calendar. */

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六']
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "12月8日 周二" / "Tue 8 Dec". */
export function dayLabel(day: string, lang: 'zh' | 'en'): string {
  const d = new Date(`${day}T00:00:00Z`)
  const w = d.getUTCDay()
  return lang === 'zh'
    ? `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${WEEKDAYS_ZH[w]}`
    : `${WEEKDAYS_EN[w]} ${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]}`
}

/** "09:00" of an instant in the county's time (UTC+8 all year). */
export function clock(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(11, 16)
}

/** Items grouped by a key, in their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    groups.set(k, [...(groups.get(k) ?? []), item])
  }
  return [...groups]
}
