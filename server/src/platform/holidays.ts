import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' }
import { hasLunarData, lunarNewYearsEve, lunarToSolar, qingming } from './lunar.ts'

/**
 * The statutory calendar of a year: from the State Council's published notices (the chinese-days data, read as
 * plain 'YYYY-MM-DD' keys so that no look-up depends on the process's time zone) and, for a year the data does
 * not cover yet, computed from the law (全国年节及纪念日放假办法, as revised in 2024) and marked provisional until
 * the county enters that year's notice.
 */

export type DayKind = 'workday' | 'rest' | 'holiday' | 'makeup'

export interface StatutoryDay {
  kind: 'holiday' | 'makeup'
  zh: string
  en: string
}

interface Festival {
  zh: string
  en: string
  days: (year: number) => string[]
}

const DAY_MS = 86_400_000

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday, from the date alone. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay()
}

export function isWeekend(day: string): boolean {
  const d = weekday(day)
  return d === 0 || d === 6
}

const FESTIVALS: Festival[] = [
  { zh: '元旦', en: "New Year's Day", days: (y) => [`${y}-01-01`] },
  {
    zh: '春节',
    en: 'Spring Festival',
    // 除夕 and 正月初一 to 初三
    days: (y) =>
      hasLunarData(y)
        ? [lunarNewYearsEve(y), ...[0, 1, 2].map((i) => addDays(lunarToSolar(y, 1, 1), i))]
        : [],
  },
  { zh: '清明节', en: 'Qingming Festival', days: (y) => (y >= 1901 && y <= 2099 ? [qingming(y)] : []) },
  { zh: '劳动节', en: 'Labour Day', days: (y) => [`${y}-05-01`, `${y}-05-02`] },
  { zh: '端午节', en: 'Dragon Boat Festival', days: (y) => (hasLunarData(y) ? [lunarToSolar(y, 5, 5)] : []) },
  { zh: '中秋节', en: 'Mid-Autumn Festival', days: (y) => (hasLunarData(y) ? [lunarToSolar(y, 8, 15)] : []) },
  { zh: '国庆节', en: 'National Day', days: (y) => [`${y}-10-01`, `${y}-10-02`, `${y}-10-03`] },
]

/** The festivals' Chinese names → English, for days an administrator enters by name. */
export const FESTIVAL_NAMES: ReadonlyMap<string, string> = new Map([
  ...FESTIVALS.map((f) => [f.zh, f.en] as const),
  ['清明', 'Qingming Festival'],
  ['端午', 'Dragon Boat Festival'],
  ['中秋', 'Mid-Autumn Festival'],
  ['国庆', 'National Day'],
  ['劳动', 'Labour Day'],
  ['除夕', "Chinese New Year's Eve"],
  ['中秋节、国庆节', 'Mid-Autumn Festival and National Day'],
])

const officialHolidays = official.holidays as Record<string, string>
const officialWorkdays = official.workdays as Record<string, string>

/** The years the published data covers. */
export const OFFICIAL_YEARS: ReadonlySet<number> = new Set(
  Object.keys(officialHolidays).map((d) => Number(d.slice(0, 4))),
)

function officialName(entry: string | undefined): { zh: string; en: string } | undefined {
  const [en, zh] = entry?.split(',') ?? []
  return en && zh ? { zh, en } : undefined
}

/** A holiday or make-up day of the published data, or undefined for an ordinary day. */
export function officialDay(day: string): StatutoryDay | undefined {
  const holiday = officialName(officialHolidays[day])
  if (holiday) return { kind: 'holiday', ...holiday }
  const makeup = officialName(officialWorkdays[day])
  if (makeup) return { kind: 'makeup', zh: `${makeup.zh}调休上班`, en: `${makeup.en} (make-up working day)` }
  return undefined
}

const provisionalCache = new Map<number, ReadonlyMap<string, StatutoryDay>>()

/**
 * A year's statutory holidays computed from the law: the 13 days of the seven festivals on their fixed, lunar and
 * solar-term dates, and for every statutory day that falls on a weekend (or on another festival's day) a 补假 day
 * on the next weekday after it, as the law requires. The State Council's notice later adds the 调休 weekend
 * working days, which cannot be computed.
 */
export function provisionalYear(year: number): ReadonlyMap<string, StatutoryDay> {
  const cached = provisionalCache.get(year)
  if (cached) return cached
  const days = new Map<string, StatutoryDay>()
  for (const festival of FESTIVALS) {
    const statutory = festival.days(year)
    let owed = 0
    for (const day of statutory) {
      if (isWeekend(day) || days.has(day)) owed++
      if (!days.has(day)) days.set(day, { kind: 'holiday', zh: festival.zh, en: festival.en })
    }
    let d = statutory[statutory.length - 1]
    while (d && owed > 0) {
      d = addDays(d, 1)
      if (isWeekend(d) || days.has(d)) continue
      days.set(d, { kind: 'holiday', zh: `${festival.zh}补休`, en: `${festival.en} (day in lieu)` })
      owed--
    }
  }
  provisionalCache.set(year, days)
  return days
}
