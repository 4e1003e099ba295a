import type { Static } from 'typebox'
import { cstDay, type WorkCalendar } from '../../platform/calendar.ts'
import { statusLabels, TRANSITIONS } from '../suggestions/index.ts'
import type { FindingRow, PublicationRow, PublishedRow } from './repo.ts'
import type { PublicAnswer, PublicAnswerItem, Publication, ScrubKindSchema } from './schema.ts'
import { stageLabels } from './schema.ts'

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

export const publicUrlOf = (id: string) => `/answers/${id}`

export function presentPublication(row: PublicationRow): Static<typeof Publication> {
  return {
    status: row.status,
    question: row.question,
    answer: row.answer,
    findings: (row.findings as FindingRow[]).map((f) => ({
      ...f,
      kind: f.kind as Static<typeof ScrubKindSchema>,
    })),
    publishedAt: iso(row.published_at)!,
    answerPublishedAt: iso(row.answer_published_at),
    withdrawnAt: iso(row.withdrawn_at),
    withdrawReason: row.withdraw_reason,
    publicUrl: row.status === 'published' ? publicUrlOf(row.suggestion_id) : null,
    version: row.version,
  }
}

/** Questions in the list: the first lines only. */
const EXCERPT = 120
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text)

/** When the answer came: the unit's reply, or the answer given on the spot. */
const answeredAt = (r: PublishedRow) => r.replied_at ?? r.feedback_at

export function presentPublicItem(
  r: PublishedRow,
  calendar: WorkCalendar,
  supportCount: number,
  full = false,
): Static<typeof PublicAnswerItem> {
  const answered = r.answer !== null
  const at = answered ? answeredAt(r) : null
  return {
    id: r.suggestion_id,
    question: full ? r.question : excerpt(r.question),
    stage: answered ? 'answered' : 'open',
    stageLabel: stageLabels[answered ? 'answered' : 'open'],
    townName: r.town_name,
    categoryName: r.category_name,
    receivedDay: cstDay(new Date(r.received_at)),
    answeredDay: at ? cstDay(new Date(at)) : null,
    unitName: r.unit_name,
    workingDaysTaken: at ? calendar.workingDaysBetween(new Date(r.clock_start_at), new Date(at)) : null,
    outcome: answered ? r.outcome : null,
    rating: answered ? r.rating : null,
    answerPublished: answered,
    supportCount,
  }
}

/** Public events only, by what happened — never who did it or what they noted. */
export function presentPublicAnswer(
  r: PublishedRow,
  calendar: WorkCalendar,
  events: { at: Date | string; action: string; to_status: string }[],
  supportCount: number,
): Static<typeof PublicAnswer> {
  const shown = r.answer === null ? events.filter((e) => !ANSWER_ACTIONS.includes(e.action)) : events
  return {
    ...presentPublicItem(r, calendar, supportCount, true),
    answer: r.answer,
    publishedAt: iso(r.published_at)!,
    timeline: shown.map((e) => ({
      at: iso(e.at)!,
      action: e.action,
      label:
        e.action === 'submit'
          ? { zh: '提交', en: 'Submitted' }
          : (TRANSITIONS[e.action as keyof typeof TRANSITIONS]?.label ??
            statusLabels[e.to_status as keyof typeof statusLabels] ?? { zh: e.action, en: e.action }),
    })),
  }
}

/** Events about the answer, not shown while only the question is published. */
const ANSWER_ACTIONS = [
  'reply',
  'review',
  'send_back',
  'give_feedback',
  'answer_on_spot',
  'rate',
  'close_unrated',
]
