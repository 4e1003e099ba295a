import type { CalendarDay } from '../../shared/api/types'
import type { Lang } from '../../shared/i18n'
import { calendarDayKindLabels, calendarDaySourceLabels, label } from '../../shared/labels'
import { weekdayOf } from './days'

const WEEKDAY_NAMES_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const WEEKDAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2027年1月4日 星期一" / "Monday 4 January 2027". */
export function dayTitle(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number)
  const w = weekdayOf(day)
  return lang === 'zh'
    ? `${y}年${m}月${d}日 ${WEEKDAY_NAMES_ZH[w]}`
    : `${WEEKDAY_NAMES_EN[w]} ${d} ${MONTHS_EN[m - 1]} ${y}`
}

/** "2月5日至10日" / "5–10 Feb": a range within one year, short. */
export function rangeText(from: string, to: string, lang: Lang): string {
  const [, fm, fd] = from.split('-').map(Number)
  const [, tm, td] = to.split('-').map(Number)
  if (lang === 'zh') {
    if (from === to) return `${fm}月${fd}日`
    return fm === tm ? `${fm}月${fd}日至${td}日` : `${fm}月${fd}日至${tm}月${td}日`
  }
  const month = (m: number) => MONTHS_EN[m - 1].slice(0, 3)
  if (from === to) return `${fd} ${month(fm)}`
  return fm === tm ? `${fd}–${td} ${month(fm)}` : `${fd} ${month(fm)} – ${td} ${month(tm)}`
}

/** What a day is, in words: the cell's tooltip and accessible name. */
export function dayDescription(info: CalendarDay, lang: Lang): string {
  const parts = [dayTitle(info.day, lang), label(calendarDayKindLabels, info.kind, lang)]
  const name = lang === 'en' ? (info.nameEn ?? info.name) : info.name
  if (name) parts.push(name)
  if (info.source === 'override' || info.provisional)
    parts.push(label(calendarDaySourceLabels, info.source, lang))
  return parts.join(' · ')
}

/** The CSS classes of a day cell: its kind, a county override, provisional, today. */
export function dayClasses(info: CalendarDay | undefined, today: string): string {
  const classes = ['lx-cal-day']
  if (!info) return classes.join(' ')
  if (info.kind !== 'workday') classes.push(`is-${info.kind}`)
  if (info.source === 'override') classes.push('is-override')
  // Every day of a provisional year is provisional; the mark matters where the law's computation shows.
  if (info.provisional && (info.kind === 'holiday' || info.kind === 'makeup')) classes.push('is-provisional')
  if (info.day === today) classes.push('is-today')
  return classes.join(' ')
}
