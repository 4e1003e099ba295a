import { describe, expect, it } from 'vitest'
import type { CalendarDay } from '../../shared/api/types'
import { dayClasses, dayDescription, dayTitle, rangeText } from './format'

const info = (over: Partial<CalendarDay>): CalendarDay => ({
  day: '2027-01-04',
  workday: true,
  kind: 'workday',
  source: 'statutory',
  provisional: false,
  ...over,
})

describe('day texts', () => {
  it('names a day with its weekday in both languages', () => {
    expect(dayTitle('2027-01-04', 'zh')).toBe('2027年1月4日 星期一')
    expect(dayTitle('2027-01-09', 'en')).toBe('Saturday 9 January 2027')
  })

  it('writes a range as the notice does', () => {
    expect(rangeText('2027-02-05', '2027-02-10', 'zh')).toBe('2月5日至10日')
    expect(rangeText('2027-09-30', '2027-10-02', 'zh')).toBe('9月30日至10月2日')
    expect(rangeText('2027-01-09', '2027-01-09', 'zh')).toBe('1月9日')
    expect(rangeText('2027-02-05', '2027-02-10', 'en')).toBe('5–10 Feb')
    expect(rangeText('2027-09-30', '2027-10-02', 'en')).toBe('30 Sep – 2 Oct')
  })

  it('describes a day: kind, name, and whether it is the county’s or provisional', () => {
    expect(
      dayDescription(info({ kind: 'holiday', workday: false, name: '元旦', nameEn: "New Year's Day" }), 'zh'),
    ).toBe('2027年1月4日 星期一 · 放假 · 元旦')
    expect(
      dayDescription(
        info({ kind: 'holiday', workday: false, source: 'provisional', provisional: true, name: '春节' }),
        'zh',
      ),
    ).toBe('2027年1月4日 星期一 · 放假 · 春节 · 依法推算（暂定）')
    expect(dayDescription(info({ source: 'override', name: '台风' }), 'en')).toBe(
      "Monday 4 January 2027 · Working day · 台风 · The county's correction",
    )
  })
})

describe('dayClasses', () => {
  it('colours a day by its kind and marks overrides, provisional holidays and today', () => {
    expect(dayClasses(undefined, '2027-01-04')).toBe('lx-cal-day')
    expect(dayClasses(info({}), '2027-01-05')).toBe('lx-cal-day')
    expect(dayClasses(info({}), '2027-01-04')).toBe('lx-cal-day is-today')
    expect(dayClasses(info({ kind: 'holiday', provisional: true, source: 'provisional' }), '')).toBe(
      'lx-cal-day is-holiday is-provisional',
    )
    // An ordinary day of a provisional year is not marked: nothing about it is in doubt.
    expect(dayClasses(info({ kind: 'rest', provisional: true, source: 'provisional' }), '')).toBe(
      'lx-cal-day is-rest',
    )
    expect(dayClasses(info({ kind: 'makeup', source: 'override' }), '')).toBe(
      'lx-cal-day is-makeup is-override',
    )
  })
})
