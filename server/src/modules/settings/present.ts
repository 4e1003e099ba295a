import type { DayInfo } from '../../platform/calendar.ts'
import type { TimeLimitRow } from './repo.ts'

/** A day of the county's calendar, with where it comes from and whether it is still provisional. */
export function presentDay(info: DayInfo) {
  return {
    day: info.day,
    workday: info.workday,
    kind: info.kind,
    source: info.source,
    provisional: info.provisional,
    ...(info.name ? { name: info.name.zh, nameEn: info.name.en } : {}),
  }
}

export const YEAR_MESSAGES = {
  statutory: {
    zh: '国务院办公厅已公布本年度放假安排',
    en: "The State Council's holiday arrangements for the year",
  },
  notice: { zh: '已按国务院办公厅通知录入本年度放假安排', en: "Entered from the State Council's notice" },
  provisional: {
    zh: '本年度节假日依据《全国年节及纪念日放假办法》推算，为暂定安排，待国务院办公厅通知发布后请录入调休安排',
    en: "Computed from the holiday law: provisional until the State Council's notice is entered",
  },
} as const

export function presentTimeLimit(r: TimeLimitRow) {
  return {
    tier: r.tier,
    category: r.category_code || null,
    categoryName: r.category_name ?? null,
    completionWorkingDays: r.completion_working_days,
    maxExtensionWorkingDays: r.max_extension_working_days,
    escalateAfterWorkingDays: r.escalate_after_working_days,
    ratingWindowDays: r.rating_window_days,
  }
}
