import { randomUUID } from 'node:crypto'
import type { Db } from '../src/db/index.ts'

/**
 * A publication row written directly (the staff review that scrubs and publishes is the publication module's):
 * what the support and subscription suites need of a published item.
 */
export async function publish(
  db: Db,
  suggestionId: string,
  extra: {
    status?: 'published' | 'withdrawn'
    townCode?: string | null
    categoryCode?: string | null
    question?: string
    answer?: string | null
    publishedAt?: Date
    answerPublishedAt?: Date | null
  } = {},
): Promise<void> {
  const item = await db
    .selectFrom('suggestions')
    .select(['content', 'town_code', 'category_code', 'county_code'])
    .where('id', '=', suggestionId)
    .executeTakeFirstOrThrow()
  await db
    .insertInto('suggestion_publications')
    .values({
      suggestion_id: suggestionId,
      status: extra.status ?? 'published',
      question: extra.question ?? item.content,
      answer: extra.answer ?? null,
      town_code: extra.townCode === undefined ? item.town_code : extra.townCode,
      category_code: extra.categoryCode === undefined ? item.category_code : extra.categoryCode,
      search_text: '',
      published_at: extra.publishedAt ?? new Date(),
      answer_published_at: extra.answerPublishedAt ?? null,
      withdrawn_at: extra.status === 'withdrawn' ? new Date() : null,
      county_code: item.county_code,
    })
    .execute()
}

export const device = () => randomUUID()
