import { describe, expect, it } from 'vitest'
import {
  previousMonth,
  progressFor,
  type ReportValues,
  reportBody,
  reportErrors,
  reportMonths,
} from './report'

const good = { finding: 'good' as const, note: '' }
const base: ReportValues = {
  month: '2026-12',
  status: 'in_progress',
  progress: 60,
  onTime: good,
  quality: good,
  quantity: good,
}
const fields = (v: ReportValues) => reportErrors(v).map((e) => e.name.join('.'))

describe('the monthly report form', () => {
  it('offers this month and last month, across the new year too', () => {
    expect(reportMonths('2026-12')).toEqual(['2026-12', '2026-11'])
    expect(reportMonths('2027-01')).toEqual(['2027-01', '2026-12'])
    expect(previousMonth('2026-10')).toBe('2026-09')
  })

  it('holds progress to what the state allows', () => {
    expect(progressFor('not_started', 40)).toBe(0)
    expect(progressFor('completed', 40)).toBe(100)
    expect(progressFor('in_progress', 0)).toBe(1)
    expect(progressFor('in_progress', 100)).toBe(99)
    expect(progressFor('in_progress', 42.4)).toBe(42)
    expect(progressFor('in_progress', undefined)).toBe(1)
  })

  it('accepts a plain report and refuses progress that disagrees with the state', () => {
    expect(fields(base)).toEqual([])
    expect(fields({ ...base, status: 'completed', progress: 90 })).toEqual(['progress'])
    expect(fields({ ...base, status: 'not_started', progress: 5 })).toEqual(['progress'])
    expect(fields({ ...base, status: 'in_progress', progress: 100 })).toEqual(['progress'])
    expect(fields({ ...base, status: 'completed', progress: 100 })).toEqual([])
  })

  it('asks for each check’s finding', () => {
    expect(fields({ ...base, quality: {} })).toEqual(['quality.finding'])
  })

  it('asks what the problem is when a check found one, or when it is sent for handling', () => {
    const problem = { ...base, quantity: { finding: 'problem' as const } }
    expect(fields(problem)).toEqual(['problems'])
    expect(fields({ ...problem, problems: '   ' })).toEqual(['problems'])
    expect(fields({ ...problem, problems: '路灯少装 3 盏' })).toEqual([])
    expect(fields({ ...base, raiseProblems: true })).toEqual(['problems'])
    expect(reportErrors({ ...base, raiseProblems: true })[0]?.message.zh).toContain('转交')
  })

  it('sends trimmed text, and the problems for handling only when there are some', () => {
    const body = reportBody(
      {
        ...base,
        problems: ' 工期滞后 ',
        opinion: ' 加快进度 ',
        raiseProblems: true,
        onTime: { finding: 'concern', note: ' 雨季 ' },
      },
      { version: 3, photoIds: ['p1'], checkIn: null },
    )
    expect(body).toMatchObject({
      version: 3,
      month: '2026-12',
      problems: '工期滞后',
      opinion: '加快进度',
      raiseProblems: true,
      onTime: { finding: 'concern', note: '雨季' },
      photoIds: ['p1'],
      checkIn: null,
    })
    expect(
      reportBody({ ...base, raiseProblems: true }, { version: 1, photoIds: [], checkIn: null }).raiseProblems,
    ).toBe(false)
  })
})
