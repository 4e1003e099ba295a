import { describe, expect, it } from 'vitest'
import {
  expandRanges,
  festivalName,
  groupIntoRanges,
  type NoticeRange,
  rangeProblems,
  rowOfProblem,
} from './ranges'

const day = (d: string, name: string, kind: 'holiday' | 'makeup' = 'holiday') => ({ day: d, kind, name })

describe('groupIntoRanges', () => {
  it('reads a festival and its days in lieu as one range, as the notice prints it', () => {
    const ranges = groupIntoRanges([
      day('2027-02-09', '春节补休'),
      day('2027-02-05', '春节'),
      day('2027-02-06', '春节'),
      day('2027-02-07', '春节'),
      day('2027-02-08', '春节'),
      day('2027-02-10', '春节补休'),
      day('2027-01-01', '元旦'),
    ])
    expect(ranges).toEqual([
      { name: '元旦', kind: 'holiday', from: '2027-01-01', to: '2027-01-01' },
      { name: '春节', kind: 'holiday', from: '2027-02-05', to: '2027-02-10' },
    ])
  })

  it('keeps make-up days apart from the holidays and from each other', () => {
    const ranges = groupIntoRanges([
      day('2026-02-14', '春节调休上班', 'makeup'),
      day('2026-02-15', '春节'),
      day('2026-02-16', '春节'),
      day('2026-02-28', '春节调休上班', 'makeup'),
    ])
    expect(ranges).toEqual([
      { name: '春节', kind: 'makeup', from: '2026-02-14', to: '2026-02-14' },
      { name: '春节', kind: 'holiday', from: '2026-02-15', to: '2026-02-16' },
      { name: '春节', kind: 'makeup', from: '2026-02-28', to: '2026-02-28' },
    ])
  })

  it('does not join neighbouring festivals or days with a gap', () => {
    const ranges = groupIntoRanges([
      day('2027-09-30', '中秋节'),
      day('2027-10-01', '国庆节'),
      day('2027-10-03', '国庆节'),
    ])
    expect(ranges.map((r) => `${r.name} ${r.from}~${r.to}`)).toEqual([
      '中秋节 2027-09-30~2027-09-30',
      '国庆节 2027-10-01~2027-10-01',
      '国庆节 2027-10-03~2027-10-03',
    ])
  })

  it('strips only the suffixes the calendar adds', () => {
    expect(festivalName('国庆节调休上班')).toBe('国庆节')
    expect(festivalName(' 劳动节补休 ')).toBe('劳动节')
    expect(festivalName('补休日活动')).toBe('补休日活动')
  })
})

describe('expandRanges', () => {
  it('gives every day of every range, with its row, and inverts the grouping', () => {
    const ranges: NoticeRange[] = [
      { name: '元旦', kind: 'holiday', from: '2027-01-01', to: '2027-01-04' },
      { name: ' 元旦 ', kind: 'makeup', from: '2027-01-09', to: '2027-01-09' },
    ]
    const { days, rowOf } = expandRanges(ranges)
    expect(days).toEqual([
      day('2027-01-01', '元旦'),
      day('2027-01-02', '元旦'),
      day('2027-01-03', '元旦'),
      day('2027-01-04', '元旦'),
      day('2027-01-09', '元旦', 'makeup'),
    ])
    expect(rowOf).toEqual([0, 0, 0, 0, 1])
    expect(groupIntoRanges(days)).toEqual(ranges.map((r) => ({ ...r, name: r.name.trim() })))
  })

  it('crosses a month end', () => {
    const { days } = expandRanges([{ name: '国庆节', kind: 'holiday', from: '2027-09-30', to: '2027-10-02' }])
    expect(days.map((d) => d.day)).toEqual(['2027-09-30', '2027-10-01', '2027-10-02'])
  })
})

describe('rangeProblems', () => {
  const row = (
    from: string,
    to: string,
    kind: 'holiday' | 'makeup' = 'holiday',
    name = '元旦',
  ): NoticeRange => ({
    name,
    kind,
    from,
    to,
  })

  it('accepts a sound notice', () => {
    expect(
      rangeProblems([row('2027-01-01', '2027-01-04'), row('2027-01-09', '2027-01-10', 'makeup')], 2027),
    ).toEqual([])
  })

  it('names the row and field of each problem', () => {
    const problems = rangeProblems(
      [
        row('2027-01-01', '2027-01-04'),
        row('2027-01-08', '2027-01-09', 'makeup'), // Friday
        row('2027-01-04', '2027-01-05'), // 4 January twice
        row('2026-12-31', '2027-01-01'), // outside the year
        row('2027-03-02', '2027-03-01'), // backwards
        row('2027-05-01', '2027-05-01', 'holiday', '  '),
      ],
      2027,
    )
    expect(problems.map((p) => [p.row, p.field, p.message.zh])).toEqual([
      [1, 'range', '调休上班日应为周六或周日，2027-01-08 不是'],
      [2, 'range', '2027-01-04 已在第 1 行中'],
      [3, 'range', '日期应在 2027 年内'],
      [4, 'range', '结束日期不能早于开始日期'],
      [5, 'name', '请填写节日名称'],
    ])
  })
})

describe('rowOfProblem', () => {
  const rowOf = [0, 0, 0, 0, 1]
  it('maps the day the server names to the row it came from', () => {
    expect(rowOfProblem('body.days[4].day', rowOf)).toEqual({ index: 4, row: 1, field: 'range' })
    expect(rowOfProblem('body.days[2].name', rowOf)).toEqual({ index: 2, row: 0, field: 'name' })
    expect(rowOfProblem('body.days.4.name', rowOf)).toEqual({ index: 4, row: 1, field: 'name' })
    expect(rowOfProblem('body.days.1.kind', rowOf)).toEqual({ index: 1, row: 0, field: 'kind' })
  })

  it('answers undefined for other fields and unknown days', () => {
    expect(rowOfProblem('body.title', rowOf)).toBeUndefined()
    expect(rowOfProblem('body.days', rowOf)).toBeUndefined()
    expect(rowOfProblem('body.days[9].day', rowOf)).toBeUndefined()
    expect(rowOfProblem(undefined, rowOf)).toBeUndefined()
  })
})
