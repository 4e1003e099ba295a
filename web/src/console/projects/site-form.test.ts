import { describe, expect, it } from 'vitest'
import { countyOf, siteBody, villagePoint } from './site-form'

describe('the site form', () => {
  it('finds the county of a town', () => {
    expect(countyOf('330521001000')).toBe('330521000000')
  })

  it('places the point at the chosen village when it has a position', () => {
    const villages = [
      { code: '330521001001', lat: 30.54, lng: 119.96 },
      { code: '330521001002', lat: null, lng: null },
    ]
    expect(villagePoint(villages, '330521001001')).toEqual({ lat: 30.54, lng: 119.96 })
    expect(villagePoint(villages, '330521001002')).toBeNull()
    expect(villagePoint(villages, '330521001009')).toBeNull()
  })

  it('sends trimmed names, nulls for what is left out and a done flag on each milestone', () => {
    const body = siteBody({
      projectId: 'p',
      townCode: '330521001000',
      regionCode: '330521001001',
      name: ' 青渚村路灯 ',
      lat: 30.5,
      lng: 119.9,
      deputyIds: ['d'],
      milestones: [{ name: ' 开工 ', due: '2026-03-01' }],
    })
    expect(body).toEqual({
      projectId: 'p',
      name: '青渚村路灯',
      regionCode: '330521001001',
      address: '',
      location: { lat: 30.5, lng: 119.9 },
      unitId: null,
      deputyIds: ['d'],
      planStart: null,
      planEnd: null,
      investment: null,
      milestones: [{ name: '开工', due: '2026-03-01', done: false }],
    })
  })
})
