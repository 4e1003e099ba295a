import { describe, expect, it } from 'vitest'
import { rulesInHours } from './demo.ts'

describe('the demo duty rules read from a venue’s published hours', () => {
  it('finds the monthly and weekly receptions and ignores the rest', () => {
    expect(
      rulesInHours(
        '每月9日 9:00-11:30 代表集中坐诊；每周二 14:00-17:00 代表轮值接待；工作日 8:30-17:00 联络员值守；线上全天候',
      ),
    ).toEqual([
      { kind: 'monthly', day: 9, startsAt: '09:00', endsAt: '11:30' },
      { kind: 'weekly', day: 2, startsAt: '14:00', endsAt: '17:00' },
    ])
    expect(rulesInHours('每周五 14:00-16:30')).toEqual([
      { kind: 'weekly', day: 5, startsAt: '14:00', endsAt: '16:30' },
    ])
    expect(rulesInHours('按巡诊计划，每月至少一次')).toEqual([])
  })
})
