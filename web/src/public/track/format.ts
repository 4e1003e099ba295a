import type { Lang } from '../../shared/i18n'
import { COUNTY_TIME_ZONE } from '../../shared/time'

/** A time on the citizen's pages, to the minute, in the county's time whatever the phone's zone. */
export function formatTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: COUNTY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** A day on the citizen's pages, in the county's time. */
export function formatDay(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: COUNTY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
}
