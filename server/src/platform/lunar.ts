/**
 * The Chinese lunisolar calendar (农历) for 1900–2100 and the 清明 solar term: what the statutory holidays that
 * follow the lunar calendar (春节, 端午, 中秋) and the solar terms (清明) need. Pure day arithmetic on
 * 'YYYY-MM-DD' strings in UTC: no result depends on the process's time zone.
 *
 * The year table is the widely published one (香港天文台 data): per year, bits 0–3 the leap month (0 = none),
 * bits 4–15 whether months 12…1 have 30 days, bit 16 whether the leap month has 30 days.
 */

// biome-ignore format: ten years per line
const YEARS = [
  0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2, // 1900
  0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977, // 1910
  0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970, // 1920
  0x06566, 0x0d4a0, 0x0ea50, 0x06e95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950, // 1930
  0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557, // 1940
  0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0, // 1950
  0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0, // 1960
  0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6, // 1970
  0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570, // 1980
  0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x055c0, 0x0ab60, 0x096d5, 0x092e0, // 1990
  0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5, // 2000
  0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, // 2010
  0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, // 2020
  0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, // 2030
  0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, // 2040
  0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0, // 2050
  0x0a2e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4, // 2060
  0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0, // 2070
  0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160, // 2080
  0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252, // 2090
  0x0d520, // 2100
]

export const FIRST_LUNAR_YEAR = 1900
export const LAST_LUNAR_YEAR = 2100
/** Lunar 1900-01-01 (正月初一) fell on 31 January 1900. */
const EPOCH_MS = Date.UTC(1900, 0, 31)
const DAY_MS = 86_400_000

function info(year: number): number {
  const value = YEARS[year - FIRST_LUNAR_YEAR]
  if (value === undefined) throw new RangeError(`no lunar calendar data for ${year}`)
  return value
}

function leapMonth(year: number): number {
  return info(year) & 0xf
}

function leapDays(year: number): number {
  if (leapMonth(year) === 0) return 0
  return info(year) & 0x10000 ? 30 : 29
}

function monthDays(year: number, month: number): number {
  return info(year) & (0x10000 >> month) ? 30 : 29
}

function yearDays(year: number): number {
  let days = 0
  for (let m = 1; m <= 12; m++) days += monthDays(year, m)
  return days + leapDays(year)
}

export function hasLunarData(year: number): boolean {
  return year >= FIRST_LUNAR_YEAR && year <= LAST_LUNAR_YEAR
}

/** The Gregorian day of a lunar date (the ordinary month, not the leap month of the same number). */
export function lunarToSolar(year: number, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month))
    throw new RangeError(`no lunar date ${year}-${month}-${day}`)
  let offset = 0
  for (let y = FIRST_LUNAR_YEAR; y < year; y++) offset += yearDays(y)
  const leap = leapMonth(year)
  for (let m = 1; m < month; m++) {
    offset += monthDays(year, m)
    if (m === leap) offset += leapDays(year)
  }
  offset += day - 1
  return new Date(EPOCH_MS + offset * DAY_MS).toISOString().slice(0, 10)
}

/** 除夕: the last day of the lunar year before 正月初一 of `year`. */
export function lunarNewYearsEve(year: number): string {
  const newYear = Date.parse(`${lunarToSolar(year, 1, 1)}T00:00:00Z`)
  return new Date(newYear - DAY_MS).toISOString().slice(0, 10)
}

/**
 * The day of the 清明 solar term (4–6 April), by the standard formula [Y × 0.2422 + C] − [Y / 4] with
 * C = 5.59 in the 20th century and 4.81 in the 21st (checked against the astronomical table for 1901–2099).
 */
export function qingming(year: number): string {
  const y = year % 100
  const c = year <= 2000 ? 5.59 : 4.81
  const century = year === 2000 ? 100 : y
  const day = Math.floor(century * 0.2422 + c) - Math.floor(century / 4)
  return `${year}-04-${String(day).padStart(2, '0')}`
}
