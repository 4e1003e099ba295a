import { countyDay } from '../../shared/time'

/** The county's current year. */
export const currentYear = () => Number(countyDay().slice(0, 4))

/** The years a record can be read for: this year and the seven before it, newest first. */
export const recordYears = () => Array.from({ length: 8 }, (_, i) => currentYear() - i)

/** The year in the URL (?year=), or this year. */
export function yearOf(params: URLSearchParams): number {
  const y = Number(params.get('year'))
  return Number.isInteger(y) && y >= 2000 && y <= currentYear() ? y : currentYear()
}
