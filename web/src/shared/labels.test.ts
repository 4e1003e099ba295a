import { describe, expect, it } from 'vitest'
import { nameIn, placeOf, termIn } from './labels'

describe('names from the reference data', () => {
  it('shows a place’s Chinese name with the English in English, the Chinese alone otherwise', () => {
    expect(nameIn('en', '武康街道', 'Wukang Subdistrict')).toBe('武康街道 (Wukang Subdistrict)')
    expect(nameIn('en', '青渚村', null)).toBe('青渚村')
    expect(nameIn('zh', '武康街道', 'Wukang Subdistrict')).toBe('武康街道')
  })

  it('writes an item’s town and village, the village left out when it is the town', () => {
    const place = {
      townName: '武康街道',
      townNameEn: 'Wukang Subdistrict',
      regionName: '青渚村',
      regionNameEn: null,
    }
    expect(placeOf('en', place)).toBe('武康街道 (Wukang Subdistrict) / 青渚村')
    expect(placeOf('zh', { ...place, regionName: '武康街道' })).toBe('武康街道')
  })

  it('gives a category its English name in English where there is one', () => {
    expect(termIn('en', '城乡建设', 'Urban and rural construction')).toBe('Urban and rural construction')
    expect(termIn('en', '城乡建设', '')).toBe('城乡建设')
    expect(termIn('zh', '城乡建设', 'Urban and rural construction')).toBe('城乡建设')
  })
})
