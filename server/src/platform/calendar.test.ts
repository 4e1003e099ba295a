import { describe, expect, it } from 'vitest'
import { cstDay, cstInstant, WorkCalendar } from './calendar.ts'
import { addDays, OFFICIAL_YEARS, officialDay, provisionalYear } from './holidays.ts'
import { lunarToSolar, qingming } from './lunar.ts'
import { parseOfficeHours } from './office-hours.ts'

const cal = new WorkCalendar()
const at = (local: string) => new Date(`${local}+08:00`)
const iso = (d: Date) => d.toISOString()

describe('Chinese working-day calendar', () => {
  it('knows National Day 2026 and its 调休 make-up Saturday', () => {
    for (const day of ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-07'])
      expect(cal.isWorkday(day), day).toBe(false)
    expect(cal.isWorkday('2026-10-10')).toBe(true) // Saturday, worked in lieu
    expect(cal.dayInfo('2026-10-10')).toMatchObject({
      kind: 'makeup',
      source: 'statutory',
      provisional: false,
    })
    expect(cal.isWorkday('2026-10-11')).toBe(false) // ordinary Sunday
    expect(cal.isWorkday('2026-10-09')).toBe(true)
  })

  it('knows Spring Festival 2026 and its make-up days', () => {
    expect(cal.isWorkday('2026-02-14')).toBe(true) // Saturday, worked in lieu
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-20', '2026-02-23'])
      expect(cal.isWorkday(day), day).toBe(false)
    expect(cal.isWorkday('2026-02-24')).toBe(true)
    expect(cal.dayInfo('2026-02-17').name).toEqual({ zh: '春节', en: 'Spring Festival' })
  })

  it('starts the clock at once in office hours, at opening before them, next working day after them', () => {
    expect(iso(cal.clockStart(at('2026-11-26T10:00:00')))).toBe(iso(at('2026-11-26T10:00:00')))
    expect(iso(cal.clockStart(at('2026-11-26T07:10:00')))).toBe(iso(at('2026-11-26T08:30:00')))
    expect(iso(cal.clockStart(at('2026-11-26T17:31:00')))).toBe(iso(at('2026-11-27T08:30:00')))
    // Friday evening → Monday morning
    expect(iso(cal.clockStart(at('2026-11-27T19:00:00')))).toBe(iso(at('2026-11-30T08:30:00')))
    // During the National Day holiday → the first working day after it
    expect(iso(cal.clockStart(at('2026-10-03T11:00:00')))).toBe(iso(at('2026-10-08T08:30:00')))
  })

  it('sets the same-day deadline at closing time of the clock’s first working day', () => {
    expect(iso(cal.sameDayDeadline(at('2026-11-26T10:00:00')))).toBe(iso(at('2026-11-26T17:30:00')))
    expect(iso(cal.sameDayDeadline(at('2026-11-26T20:00:00')))).toBe(iso(at('2026-11-27T17:30:00')))
    expect(iso(cal.sameDayDeadline(at('2026-09-30T18:00:00')))).toBe(iso(at('2026-10-08T17:30:00')))
  })

  it('counts 5 working days across National Day, working the make-up Saturday', () => {
    // Accepted Tuesday 29 Sep: 29, 30 Sep, holiday 1–7 Oct, 8, 9, and Saturday 10 Oct (调休) → Saturday 10 Oct
    expect(iso(cal.deadlineAfter(at('2026-09-29T09:00:00'), 5))).toBe(iso(at('2026-10-10T17:30:00')))
    // Mid-Autumn Friday 25 Sep is off and Sunday 20 Sep is worked in lieu
    expect(cal.isWorkday('2026-09-25')).toBe(false)
    expect(cal.isWorkday('2026-09-20')).toBe(true)
    // Accepted Thursday 8 Oct: 8, 9, Sat 10 (调休), 12, 13 → Tuesday 13 Oct
    expect(iso(cal.deadlineAfter(at('2026-10-08T09:00:00'), 5))).toBe(iso(at('2026-10-13T17:30:00')))
    // Arriving on the evening before the holiday: the clock starts 8 Oct → Tuesday 13 Oct (also west of UTC)
    expect(iso(cal.deadlineAfter(at('2026-09-30T18:30:00'), 5))).toBe(iso(at('2026-10-13T17:30:00')))
  })

  it('counts working days across Spring Festival', () => {
    // Accepted Friday 13 Feb 2026: 13, Sat 14 (调休), then holiday 15–23, 24, 25, 26 → Thursday 26 Feb
    expect(iso(cal.deadlineAfter(at('2026-02-13T09:00:00'), 5))).toBe(iso(at('2026-02-26T17:30:00')))
    expect(cal.workingDaysBetween(at('2026-02-13T09:00:00'), at('2026-02-26T16:00:00'))).toBe(4)
  })

  it('extends a deadline by working days', () => {
    expect(iso(cal.extend(at('2026-11-27T17:30:00'), 3))).toBe(iso(at('2026-12-02T17:30:00')))
  })

  it('lets county overrides correct the calendar', () => {
    const corrected = new WorkCalendar({
      overrides: new Map([
        ['2026-11-27', { kind: 'holiday', note: '台风停工' }],
        ['2026-11-28', { kind: 'workday', note: '' }],
      ]),
    })
    expect(corrected.isWorkday('2026-11-27')).toBe(false)
    expect(corrected.dayInfo('2026-11-27')).toMatchObject({ source: 'override', name: { zh: '台风停工' } })
    expect(corrected.isWorkday('2026-11-28')).toBe(true)
    expect(iso(corrected.clockStart(at('2026-11-26T18:00:00')))).toBe(iso(at('2026-11-28T08:30:00')))
  })

  it('converts CST days whatever the process time zone', () => {
    expect(cstDay(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27')
    expect(iso(cstInstant('2026-11-27', 0))).toBe('2026-11-26T16:00:00.000Z')
  })
})

describe('a year the published data does not cover', () => {
  it('is computed from the law for 2027 and marked provisional', () => {
    expect(OFFICIAL_YEARS.has(2027)).toBe(false)
    const holidays = [
      '2027-01-01', // 元旦, Friday
      '2027-02-05', // 除夕, Friday
      '2027-02-06', // 初一, Saturday
      '2027-02-07', // 初二, Sunday
      '2027-02-08', // 初三, Monday
      '2027-02-09', // 补休 for the Saturday
      '2027-02-10', // 补休 for the Sunday
      '2027-04-05', // 清明
      '2027-05-03', // 补休: 1 and 2 May are a weekend
      '2027-05-04',
      '2027-06-09', // 端午 (五月初五)
      '2027-09-15', // 中秋 (八月十五)
      '2027-10-04', // 补休: 2 and 3 October are a weekend
      '2027-10-05',
    ]
    for (const day of holidays) {
      expect(cal.isWorkday(day), day).toBe(false)
      expect(cal.dayInfo(day)).toMatchObject({ kind: 'holiday', source: 'provisional', provisional: true })
    }
    expect(cal.dayInfo('2027-01-01').name).toEqual({ zh: '元旦', en: "New Year's Day" })
    expect(cal.dayInfo('2027-02-09').name?.zh).toBe('春节补休')
    for (const day of ['2027-01-04', '2027-02-11', '2027-04-06', '2027-05-06', '2027-06-10', '2027-10-06'])
      expect(cal.dayInfo(day), day).toMatchObject({ workday: true, provisional: true })
    expect(cal.isProvisionalYear(2027)).toBe(true)
    expect(cal.isProvisionalYear(2026)).toBe(false)
  })

  it('gives an item of New Year’s Eve 2026 its deadline after the New Year holiday', () => {
    // 31 Dec (Thursday) is day 1; 1 Jan is a holiday; 4, 5, 6, 7 Jan → Thursday 7 January
    expect(iso(cal.deadlineAfter(at('2026-12-31T16:00:00'), 5))).toBe(iso(at('2027-01-07T17:30:00')))
    expect(iso(cal.clockStart(at('2026-12-31T18:00:00')))).toBe(iso(at('2027-01-04T08:30:00')))
  })

  it('is computed for 2030 on its fixed, lunar and solar-term dates', () => {
    const holidays = [
      '2030-01-01',
      '2030-02-02', // 除夕, Saturday
      '2030-02-03', // 初一, Sunday
      '2030-02-04',
      '2030-02-05',
      '2030-02-06', // 补休 ×2
      '2030-02-07',
      '2030-04-05', // 清明, Friday
      '2030-05-01',
      '2030-05-02',
      '2030-06-05', // 端午
      '2030-09-12', // 中秋
      '2030-10-01',
      '2030-10-02',
      '2030-10-03',
    ]
    for (const day of holidays)
      expect(cal.dayInfo(day), day).toMatchObject({ workday: false, kind: 'holiday' })
    expect([...provisionalYear(2030).keys()].sort()).toEqual(holidays)
    expect(cal.isWorkday('2030-02-08')).toBe(true)
    expect(cal.isWorkday('2030-10-04')).toBe(true)
  })

  it('agrees with the published calendars on every festival day the law names', () => {
    for (let year = 2015; year <= 2026; year++) {
      const days = [
        qingming(year),
        lunarToSolar(year, 5, 5),
        lunarToSolar(year, 8, 15),
        ...[0, 1, 2].map((i) => addDays(lunarToSolar(year, 1, 1), i)),
        `${year}-01-01`,
        `${year}-05-01`,
        `${year}-10-01`,
        `${year}-10-03`,
      ]
      for (const day of days) expect(officialDay(day)?.kind, `${year}: ${day}`).toBe('holiday')
    }
  })

  it('gives way to the notice the county enters', () => {
    const notice = new Map([
      ['2027-02-05', { kind: 'holiday' as const, zh: '春节', en: 'Spring Festival' }],
      [
        '2027-02-20',
        { kind: 'makeup' as const, zh: '春节调休上班', en: 'Spring Festival (make-up working day)' },
      ],
    ])
    const entered = new WorkCalendar({ notices: new Map([[2027, notice]]) })
    expect(entered.isProvisionalYear(2027)).toBe(false)
    expect(entered.dayInfo('2027-02-20')).toMatchObject({ workday: true, kind: 'makeup', source: 'notice' })
    // Only what the notice lists: the computed 补休 of 9 February no longer applies
    expect(entered.dayInfo('2027-02-09')).toMatchObject({
      workday: true,
      source: 'notice',
      provisional: false,
    })
  })
})

describe('office hours and the same-day cut-off', () => {
  const hours = parseOfficeHours({
    regular: '08:30-12:00,13:30-17:30',
    summer: { from: '07-01', to: '09-30', hours: '08:00-12:00,14:30-18:00' },
    sameDayCutoff: '16:30',
  })
  const county = new WorkCalendar({}, hours)

  it('starts the clock at the afternoon opening for an arrival in the midday break', () => {
    expect(iso(county.clockStart(at('2026-11-26T12:40:00')))).toBe(iso(at('2026-11-26T13:30:00')))
    expect(iso(county.clockStart(at('2026-11-26T11:59:00')))).toBe(iso(at('2026-11-26T11:59:00')))
  })

  it('starts the clock the next working day for an arrival after the cut-off', () => {
    expect(iso(county.clockStart(at('2026-11-26T16:29:00')))).toBe(iso(at('2026-11-26T16:29:00')))
    expect(iso(county.clockStart(at('2026-11-26T17:29:00')))).toBe(iso(at('2026-11-27T08:30:00')))
    expect(iso(county.sameDayDeadline(at('2026-11-26T17:29:00')))).toBe(iso(at('2026-11-27T17:30:00')))
    // Without a cut-off, 17:29 leaves one minute for the four same-day steps
    expect(iso(cal.sameDayDeadline(at('2026-11-26T17:29:00')))).toBe(iso(at('2026-11-26T17:30:00')))
  })

  it('keeps summer hours in their season', () => {
    expect(iso(county.clockStart(at('2026-07-15T07:50:00')))).toBe(iso(at('2026-07-15T08:00:00')))
    expect(iso(county.sameDayDeadline(at('2026-07-15T09:00:00')))).toBe(iso(at('2026-07-15T18:00:00')))
    expect(iso(county.clockStart(at('2026-07-15T13:00:00')))).toBe(iso(at('2026-07-15T14:30:00')))
    expect(iso(county.deadlineAfter(at('2026-11-23T09:00:00'), 5))).toBe(iso(at('2026-11-27T17:30:00')))
  })

  it('refuses office hours that cannot be', () => {
    expect(() => parseOfficeHours({ regular: '17:00-09:00' })).toThrow()
    expect(() => parseOfficeHours({ regular: '08:30-12:00,11:00-17:30' })).toThrow()
    expect(() => parseOfficeHours({ regular: '8.30-17.30' })).toThrow()
    expect(() => parseOfficeHours({ regular: '08:30-17:30', sameDayCutoff: '18:00' })).toThrow()
    expect(() =>
      parseOfficeHours({
        regular: '08:30-17:30',
        summer: { from: '13-01', to: '09-30', hours: '08:00-17:00' },
      }),
    ).toThrow()
    expect(parseOfficeHours({ regular: '09:00-17:00' }).regular).toEqual([[540, 1020]])
  })
})
