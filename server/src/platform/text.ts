import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

/**
 * Chinese text for search and duplicate detection: jieba segmentation, then the words joined by spaces so that
 * PostgreSQL's 'simple' text-search configuration (the same on PGlite and PostgreSQL) can index them.
 */

let jieba: Jieba | null = null
const segmenter = () => {
  jieba ??= Jieba.withDict(dict)
  return jieba
}

// Particles and function words that carry no meaning for matching.
const STOP = new Set(
  '的 了 和 是 在 有 我 我们 你 他 她 它 这 那 就 都 也 还 要 很 把 被 让 给 对 与 及 或 而 但 等 啊 吗 呢 吧 哦 嗯 一个 一些 这个 那个 因为 所以 如果 可以 能 会 希望 建议 请 问题 情况 没有 不 没'.split(
    ' ',
  ),
)

/** Meaningful words of a text, lower-cased, without punctuation or stop words. */
export function words(text: string): string[] {
  return segmenter()
    .cut(text.slice(0, 5000), false)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && /[\p{L}\p{N}]/u.test(w) && !STOP.has(w))
}

/** The indexed form of a text: its words separated by spaces. */
export function searchText(text: string): string {
  return words(text).join(' ')
}

/** Jaccard similarity of two word sets (0…1). */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a)
  const sb = new Set(b)
  if (sa.size === 0 || sb.size === 0) return 0
  let common = 0
  for (const w of sa) if (sb.has(w)) common++
  return common / (sa.size + sb.size - common)
}
