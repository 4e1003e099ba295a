import { describe, expect, it } from 'vitest'
import { compose, findingsFor, PLACEHOLDERS } from './publication-text'

const original = '我叫钱晓燕，电话13912345678。'
const spans = [
  { start: 2, end: 5, kind: 'name' as const, text: '钱晓燕' },
  { start: 8, end: 19, kind: 'phone' as const, text: '13912345678' },
]

describe('the review texts', () => {
  it('hides the ticked spans and keeps the others', () => {
    expect(compose(original, spans, new Set([0, 1]))).toBe(
      `我叫${PLACEHOLDERS.name}，电话${PLACEHOLDERS.phone}。`,
    )
    expect(compose(original, spans, new Set([1]))).toBe(`我叫钱晓燕，电话${PLACEHOLDERS.phone}。`)
  })

  it('sends each kept span where its words stand in the text as edited, each hidden one at its placeholder', () => {
    const text = `有人叫钱晓燕，电话${PLACEHOLDERS.phone}。`
    expect(
      findingsFor('question', text, [
        { kind: 'name', text: '钱晓燕', hide: false },
        { kind: 'phone', text: '13912345678', hide: true },
      ]),
    ).toEqual([
      { field: 'question', start: 3, end: 6, kind: 'name', confirmed: false },
      { field: 'question', start: 9, end: 9 + PLACEHOLDERS.phone.length, kind: 'phone', confirmed: true },
    ])
  })
})
