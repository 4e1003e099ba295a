import type { ScrubKind, ScrubSpan } from '../../../shared/api/types'

/** What replaces each kind in a published text (the server's platform/scrub.ts says the same; the text stays Chinese). */
export const PLACEHOLDERS: Record<ScrubKind, string> = {
  phone: '【电话已隐去】',
  landline: '【电话已隐去】',
  id_card: '【身份证号已隐去】',
  bank_card: '【银行卡号已隐去】',
  email: '【邮箱已隐去】',
  plate: '【车牌已隐去】',
  house_number: '【门牌已隐去】',
  name: '【姓名已隐去】',
}

export type Field = 'question' | 'answer'

export interface Finding {
  field: Field
  start: number
  end: number
  kind: ScrubKind
  confirmed: boolean
}

/** The original with each span to hide replaced by its placeholder; the others kept as they are. */
export function compose(original: string, spans: readonly ScrubSpan[], hidden: ReadonlySet<number>): string {
  let out = ''
  let at = 0
  spans.forEach((s, i) => {
    if (s.start < at) return
    out += original.slice(at, s.start) + (hidden.has(i) ? PLACEHOLDERS[s.kind] : s.text)
    at = s.end
  })
  return out + original.slice(at)
}

/** Every place `words` stands in `text`. */
function placesOf(text: string, words: string): number[] {
  const found: number[] = []
  if (!words) return found
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length)) found.push(i)
  return found
}

/**
 * The findings sent with a text: each span kept (not personal data) wherever its words stand in the text as
 * edited, and each span hidden where its placeholder stands.
 */
export function findingsFor(
  field: Field,
  text: string,
  spans: readonly { kind: ScrubKind; text: string | null; hide: boolean }[],
): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const s of spans) {
    const words = s.hide ? PLACEHOLDERS[s.kind] : (s.text ?? '')
    for (const start of placesOf(text, words)) {
      const key = `${start}:${s.kind}:${s.hide}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push({ field, start, end: start + words.length, kind: s.kind, confirmed: s.hide })
    }
  }
  return findings
}
