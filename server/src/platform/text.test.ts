import { describe, expect, it } from 'vitest'
import { searchText, similarity, words } from './text.ts'

describe('Chinese text', () => {
  it('segments into meaningful words', () => {
    const w = words('我们小区门口的路灯坏了，晚上出行很不方便！')
    expect(w).toContain('路灯')
    expect(w).toContain('小区')
    expect(w).not.toContain('的')
    expect(w).not.toContain('，')
  })
  it('scores near-duplicates high and unrelated texts low', () => {
    const a = words('幸福村村口路灯坏了好几天，晚上很黑')
    const b = words('幸福村村口的路灯坏了，晚上太黑了')
    const c = words('希望增加公交班次，方便老人去县城看病')
    expect(similarity(a, b)).toBeGreaterThan(0.4)
    expect(similarity(a, c)).toBeLessThan(0.1)
    expect(similarity([], b)).toBe(0)
  })
  it('indexes as space-separated words', () => {
    expect(searchText('垃圾分类')).toMatch(/垃圾/)
  })
})
