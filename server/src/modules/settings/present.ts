import chineseDays from 'chinese-days'
import type { OverrideKind, TimeLimitRow } from './repo.ts'

/** chinese-days names a holiday or make-up day "National Day,国庆节,3"; ordinary days get their weekday. */
function statutoryName(day: string, workday: boolean): string | undefined {
  const detail = chineseDays.getDayDetail(day) as { name?: string } | undefined
  const parts = detail?.name?.split(',') ?? []
  if (parts.length < 2 || !parts[1]) return undefined
  return workday ? `${parts[1]}调休上班` : parts[1]
}

/** A day of the calendar: the override when there is one, else the statutory calendar (chinese-days). */
export function presentDay(day: string, override: { kind: OverrideKind; note: string } | undefined) {
  if (override) {
    return {
      day,
      workday: override.kind === 'workday',
      source: 'override' as const,
      ...(override.note ? { name: override.note } : {}),
    }
  }
  const workday = chineseDays.isWorkday(day)
  const name = statutoryName(day, workday)
  return { day, workday, source: 'statutory' as const, ...(name ? { name } : {}) }
}

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
