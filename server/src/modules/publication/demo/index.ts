import type { DemoStep } from '../../../demo/world.ts'
import { insertRows } from '../../../demo/world.ts'
import { scrub } from '../../../platform/scrub.ts'
import { searchTextOf } from '../repo.ts'
import { ANSWER_PUBLISHABLE, hiddenFindings } from '../review.ts'

const HOUR = 3_600_000
/** Items received before this were handled completely in the demo's history (2021–2022). */
const HISTORY_END = Date.parse('2023-01-01T00:00:00+08:00')
const OPEN = ['accepted', 'routed', 'assigned', 'signed', 'in_progress']

/**
 * The demo county's published answers: of the consenting items (a share of the citizens' own, drawn at intake),
 * most answered ones of 2021–2022 with their answers, and a few of the live ones — some still open, the question
 * only. Each text goes through the real scrubber, its finds hidden as staff would confirm them; the citizens who
 * wrote their number or name into the text show the placeholders on the public page.
 */
export const publicationStep: DemoStep = {
  name: 'publication',
  async run(ctx) {
    const { rng, now, cipher } = ctx
    const items = await ctx.db
      .selectFrom('suggestions')
      .select([
        'id',
        'status',
        'content',
        'answer',
        'contact_name_enc',
        'town_code',
        'category_code',
        'received_at',
        'accepted_at',
        'replied_at',
        'feedback_at',
        'county_code',
      ])
      .where('publish_consent', '=', true)
      .where('merged_into_id', 'is', null)
      .where('status', 'not in', ['submitted', 'rejected'])
      .orderBy('received_at')
      .orderBy('id')
      .execute()
    const rows = []
    for (const item of items) {
      const history = item.received_at.getTime() < HISTORY_END
      const answered = ANSWER_PUBLISHABLE.includes(item.status) && item.answer !== null
      const publish = history
        ? answered && rng.chance(0.7)
        : answered
          ? rng.chance(0.5)
          : OPEN.includes(item.status) && rng.chance(0.3)
      if (!publish) continue
      const names = item.contact_name_enc ? [cipher.decrypt(item.contact_name_enc)] : []
      const question = scrub(item.content, { knownNames: names })
      const answer = answered ? scrub(item.answer!, { knownNames: names }) : null
      const answeredAt = item.feedback_at ?? item.replied_at
      const answerAt = answeredAt ? new Date(answeredAt.getTime() + rng.int(2, 48) * HOUR) : null
      const acceptedAt = item.accepted_at ?? item.received_at
      const questionAt =
        answerAt && history ? answerAt : new Date(acceptedAt.getTime() + rng.int(1, 24) * HOUR)
      const latest = (d: Date) => (d.getTime() > now.getTime() ? now : d)
      const publishedAt = latest(questionAt)
      rows.push({
        suggestion_id: item.id,
        status: 'published' as const,
        question: question.text,
        answer: answer?.text ?? null,
        findings: JSON.stringify([
          ...hiddenFindings('question', question.spans),
          ...(answer ? hiddenFindings('answer', answer.spans) : []),
        ]),
        town_code: item.town_code,
        category_code: item.category_code,
        search_text: searchTextOf(question.text, answer?.text ?? null),
        published_by: null,
        published_at: publishedAt,
        answer_published_at: answerAt
          ? latest(new Date(Math.max(answerAt.getTime(), publishedAt.getTime())))
          : null,
        county_code: item.county_code,
        updated_at: answerAt ? latest(answerAt) : publishedAt,
        version: answer && !history ? 2 : 1,
      })
    }
    await insertRows(ctx, 'suggestion_publications', rows)
  },
}
