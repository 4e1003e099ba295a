import { createHash } from 'node:crypto'
import type { SuggestionStatus } from '../../db/types.ts'
import { AppError, invalidField, type Message } from '../../platform/errors.ts'
import {
  findPersonalData,
  PLACEHOLDERS,
  SCRUB_KIND_LABELS,
  type ScrubKind,
  scrub,
} from '../../platform/scrub.ts'
import type { SuggestionRow } from '../suggestions/repo.ts'
import type { FindingRow } from './repo.ts'

/**
 * The review before publication: which items may be published, the draft (each text scrubbed, with what was
 * found), and the check of what staff submit — every span of personal data the scrubber still finds must be one
 * staff marked as not personal data, else nothing is published.
 */

/** The question may be published once the item is accepted: not before, not when rejected or merged. */
const NOT_PUBLISHABLE: readonly SuggestionStatus[] = ['submitted', 'rejected']
/** The answer once the item has one. */
export const ANSWER_PUBLISHABLE: readonly SuggestionStatus[] = [
  'replied',
  'reviewed',
  'feedback_given',
  'closed',
  'answered_on_spot',
]

export function eligibility(item: SuggestionRow) {
  const eligible = !NOT_PUBLISHABLE.includes(item.status) && item.merged_into_id === null
  const answerPublishable = eligible && ANSWER_PUBLISHABLE.includes(item.status) && item.answer !== null
  let reason: Message | null = null
  if (!item.publish_consent)
    reason = {
      zh: '群众未同意公开，不能公开此件',
      en: 'The citizen did not agree to publication: the item cannot be published',
    }
  else if (!eligible)
    reason = {
      zh: '此件尚未受理，或已不予受理、已并单，不能公开',
      en: 'The item is not accepted yet, or was rejected or merged: it cannot be published',
    }
  return { consent: item.publish_consent, eligible, answerPublishable, reason }
}

/** 409 unless the item may be published now (the consent first: without it nothing else matters). */
export function requirePublishable(item: SuggestionRow, withAnswer: boolean) {
  const e = eligibility(item)
  if (e.reason) throw new AppError('conflict', e.reason)
  if (withAnswer && !e.answerPublishable)
    throw new AppError(
      'conflict',
      {
        zh: '此件尚无答复，只能公开问题',
        en: 'The item has no answer yet: only the question may be published',
      },
      'body.answer',
    )
}

export function draftText(text: string, knownNames: readonly string[]) {
  const { text: scrubbed, spans } = scrub(text, { knownNames })
  return { original: text, spans, scrubbed }
}

type Field = 'question' | 'answer'
interface SubmittedFinding {
  field?: Field
  start: number
  end: number
  kind: ScrubKind
  confirmed: boolean
}

/**
 * Scans the submitted texts again. A span still in a text passes only when a finding at the same place and of the
 * same kind says it is not personal data (confirmed: false); otherwise 400 naming the field and the kind. Answers
 * the findings to keep: the words of a span kept in the text, never those of one hidden.
 */
export function checkTexts(
  texts: Record<Field, string | null>,
  findings: readonly SubmittedFinding[],
  knownNames: readonly string[],
): FindingRow[] {
  const kept: FindingRow[] = []
  findings.forEach((f, i) => {
    const field = f.field ?? 'question'
    const text = texts[field]
    if (text === null || f.end < f.start || f.end > text.length)
      throw invalidField(`body.findings.${i}`, {
        zh: '标记的位置不在文中',
        en: 'The finding is not within the text',
      })
  })
  for (const field of ['question', 'answer'] as const) {
    const text = texts[field]
    if (text === null) continue
    for (const span of findPersonalData(text, { knownNames })) {
      const marked = findings.find(
        (f) =>
          (f.field ?? 'question') === field &&
          f.start === span.start &&
          f.end === span.end &&
          f.kind === span.kind,
      )
      if (!marked || marked.confirmed) {
        const label = SCRUB_KIND_LABELS[span.kind]
        throw invalidField(`body.${field}`, {
          zh: `${field === 'question' ? '问题' : '答复'}第 ${span.start + 1} 个字起仍有${label.zh}，请隐去，或标明不是个人信息`,
          en: `The ${field} still holds a ${label.en} at character ${span.start + 1}: hide it, or mark it as not personal data`,
        })
      }
    }
  }
  for (const f of findings) {
    const field = f.field ?? 'question'
    const text = texts[field]!
    kept.push({
      field,
      start: f.start,
      end: f.end,
      kind: f.kind,
      confirmed: f.confirmed,
      text: f.confirmed ? null : text.slice(f.start, f.end),
    })
  }
  return kept
}

export const sha256 = (text: string | null) =>
  text === null ? null : createHash('sha256').update(text).digest('hex')

/** Where each hidden span's placeholder stands in the scrubbed text: the findings of a text scrubbed whole. */
export function hiddenFindings(
  field: Field,
  spans: readonly { start: number; end: number; kind: ScrubKind }[],
) {
  let shift = 0
  return spans.map((s): FindingRow => {
    const start = s.start + shift
    const length = PLACEHOLDERS[s.kind].length
    shift += length - (s.end - s.start)
    return { field, start, end: start + length, kind: s.kind, confirmed: true, text: null }
  })
}
