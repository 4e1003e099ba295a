import type { Bilingual } from '../../shared/i18n'
import { addDays, daysBetween, isWeekend } from './days'

/**
 * The notice form edits a year's holidays as the State Council's notice prints them, in ranges ("春节：2月5日至
 * 10日放假调休，共6天"); the API takes one row per day. These turn the year's days into ranges and back.
 */

export type NoticeKind = 'holiday' | 'makeup'

export interface NoticeRange {
  name: string
  kind: NoticeKind
  from: string
  to: string
}

export interface NoticeDay {
  day: string
  kind: NoticeKind
  name: string
}

/** The festival a day belongs to: its name without the 补休 / 调休上班 the calendar adds. */
export function festivalName(name: string): string {
  return name.trim().replace(/(调休上班|补休)$/, '')
}

/**
 * Consecutive days of the same festival and kind as one range, in date order: 春节 and the 春节补休 after it read as
 * 春节 5–10 February; make-up days apart from each other stay apart.
 */
export function groupIntoRanges(
  days: readonly { day: string; kind: NoticeKind; name?: string }[],
): NoticeRange[] {
  const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
  const ranges: NoticeRange[] = []
  for (const d of sorted) {
    const name = festivalName(d.name ?? '')
    const last = ranges[ranges.length - 1]
    if (last && last.kind === d.kind && last.name === name && addDays(last.to, 1) === d.day) last.to = d.day
    else ranges.push({ name, kind: d.kind, from: d.day, to: d.day })
  }
  return ranges
}

/** Every day of the ranges, with the row each came from (to show an error the server names on its row). */
export function expandRanges(ranges: readonly NoticeRange[]): { days: NoticeDay[]; rowOf: number[] } {
  const days: NoticeDay[] = []
  const rowOf: number[] = []
  ranges.forEach((r, row) => {
    const length = daysBetween(r.from, r.to)
    for (let i = 0; i <= length; i++) {
      days.push({ day: addDays(r.from, i), kind: r.kind, name: r.name.trim() })
      rowOf.push(row)
    }
  })
  return { days, rowOf }
}

export interface RowProblem {
  row: number
  field: 'name' | 'range'
  message: Bilingual
}

/**
 * What the server would refuse, found before sending: a range outside the year or backwards, a make-up range with
 * a weekday in it, a day in two rows, a row without a name. The server checks again.
 */
export function rangeProblems(ranges: readonly NoticeRange[], year: number): RowProblem[] {
  const problems: RowProblem[] = []
  const seen = new Map<string, number>()
  ranges.forEach((r, row) => {
    if (!r.name.trim())
      problems.push({ row, field: 'name', message: { zh: '请填写节日名称', en: 'Name the holiday' } })
    if (r.to < r.from) {
      problems.push({
        row,
        field: 'range',
        message: { zh: '结束日期不能早于开始日期', en: 'The range ends before it starts' },
      })
      return
    }
    if (!r.from.startsWith(`${year}-`) || !r.to.startsWith(`${year}-`)) {
      problems.push({
        row,
        field: 'range',
        message: { zh: `日期应在 ${year} 年内`, en: `The days must lie in ${year}` },
      })
      return
    }
    const { days } = expandRanges([r])
    const weekday = r.kind === 'makeup' ? days.find((d) => !isWeekend(d.day)) : undefined
    if (weekday) {
      problems.push({
        row,
        field: 'range',
        message: {
          zh: `调休上班日应为周六或周日，${weekday.day} 不是`,
          en: `A make-up working day falls on a Saturday or Sunday; ${weekday.day} does not`,
        },
      })
      return
    }
    const twice = days.find((d) => seen.has(d.day))
    if (twice) {
      problems.push({
        row,
        field: 'range',
        message: {
          zh: `${twice.day} 已在第 ${(seen.get(twice.day) ?? 0) + 1} 行中`,
          en: `${twice.day} is already in row ${(seen.get(twice.day) ?? 0) + 1}`,
        },
      })
      return
    }
    for (const d of days) seen.set(d.day, row)
  })
  return problems
}

/**
 * The row and field of the form that a field the server names stands for: body.days[3].day (the handler's
 * checks) or body.days.3.name (the schema's) → the row day 3 came from and its range, name or kind; undefined for
 * anything else.
 */
export function rowOfProblem(
  field: string | undefined,
  rowOf: readonly number[],
): { index: number; row: number; field: 'name' | 'range' | 'kind' } | undefined {
  const m = /^(?:body\.)?days(?:\[(\d+)\]|\.(\d+))\.(day|name|kind)$/.exec(field ?? '')
  if (!m) return undefined
  const index = Number(m[1] ?? m[2])
  const row = rowOf[index]
  if (row === undefined) return undefined
  return { index, row, field: m[3] === 'day' ? 'range' : (m[3] as 'name' | 'kind') }
}
