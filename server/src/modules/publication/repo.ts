import { type SqlBool, sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { PublicationStatus } from '../../db/types.ts'
import { cstInstant } from '../../platform/calendar.ts'
import { fetchPage } from '../../platform/paging.ts'
import { words } from '../../platform/text.ts'

/** The module's SQL: the published answers (suggestion_publications), and what the public page reads beside them. */

export interface FindingRow {
  field: 'question' | 'answer'
  start: number
  end: number
  kind: string
  confirmed: boolean
  text: string | null
}

export function getPublication(db: Db, suggestionId: string, forUpdate = false) {
  let q = db.selectFrom('suggestion_publications').selectAll().where('suggestion_id', '=', suggestionId)
  if (forUpdate) q = q.forUpdate()
  return q.executeTakeFirst()
}

export type PublicationRow = NonNullable<Awaited<ReturnType<typeof getPublication>>>

export interface Published {
  suggestionId: string
  question: string
  answer: string | null
  findings: FindingRow[]
  townCode: string | null
  categoryCode: string | null
  publishedBy: string | null
  countyCode: string
  now: Date
}

/** The indexed words of a publication: the question and the answer as published (never the originals). */
export const searchTextOf = (question: string, answer: string | null) =>
  words(`${question}\n${answer ?? ''}`).join(' ')

/**
 * Publishes or updates: a first publication (or one after a withdrawal) is published now; the answer's time is
 * kept from when it was first published. `before` is the row read FOR UPDATE in the same transaction.
 */
export async function savePublication(trx: Db, p: Published, before: PublicationRow | undefined) {
  const republished = !before || before.status === 'withdrawn'
  const values = {
    status: 'published' as PublicationStatus,
    question: p.question,
    answer: p.answer,
    findings: JSON.stringify(p.findings),
    town_code: p.townCode,
    category_code: p.categoryCode,
    search_text: searchTextOf(p.question, p.answer),
    published_by: p.publishedBy,
    published_at: republished ? p.now : before.published_at,
    answer_published_at: p.answer
      ? before?.answer && !republished
        ? before.answer_published_at
        : p.now
      : null,
    withdrawn_at: null,
    withdraw_reason: null,
    updated_at: p.now,
  }
  if (!before) {
    return trx
      .insertInto('suggestion_publications')
      .values({ ...values, suggestion_id: p.suggestionId, county_code: p.countyCode, version: 1 })
      .returningAll()
      .executeTakeFirstOrThrow()
  }
  return trx
    .updateTable('suggestion_publications')
    .set({ ...values, version: before.version + 1 })
    .where('suggestion_id', '=', p.suggestionId)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function withdrawPublication(trx: Db, before: PublicationRow, reason: string, now: Date) {
  return trx
    .updateTable('suggestion_publications')
    .set({
      status: 'withdrawn',
      withdrawn_at: now,
      withdraw_reason: reason,
      updated_at: now,
      version: before.version + 1,
    })
    .where('suggestion_id', '=', before.suggestion_id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirstOrThrow()
}

// ── public ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface PublicFilter {
  town?: string
  category?: string
  q?: string
  stage?: 'open' | 'answered'
  /** Received in this year (county time). */
  year?: number
  limit?: number
  offset?: number
}

/** The published items with what the public list shows of each: never a name, a phone or the original text. */
function publishedQuery(db: Db, countyCode: string) {
  return db
    .selectFrom('suggestion_publications as p')
    .innerJoin('suggestions as s', 's.id', 'p.suggestion_id')
    .leftJoin('regions as t', 't.code', 'p.town_code')
    .leftJoin('categories as c', 'c.code', 'p.category_code')
    .leftJoin('units as u', 'u.id', 's.lead_unit_id')
    .where('p.status', '=', 'published')
    .where('p.county_code', '=', countyCode)
}

const PUBLIC_COLUMNS = [
  'p.suggestion_id',
  'p.question',
  'p.answer',
  'p.published_at',
  'p.answer_published_at',
  's.received_at',
  's.clock_start_at',
  's.replied_at',
  's.feedback_at',
  's.outcome',
  's.rating',
  't.name as town_name',
  'c.name as category_name',
  'u.name as unit_name',
] as const

export async function listPublished(db: Db, countyCode: string, f: PublicFilter) {
  let base = publishedQuery(db, countyCode)
  if (f.town) base = base.where('p.town_code', '=', f.town)
  if (f.category) base = base.where('p.category_code', '=', f.category)
  if (f.stage === 'answered') base = base.where('p.answer', 'is not', null)
  if (f.stage === 'open') base = base.where('p.answer', 'is', null)
  if (f.year)
    base = base
      .where('s.received_at', '>=', cstInstant(`${f.year}-01-01`, 0))
      .where('s.received_at', '<', cstInstant(`${f.year + 1}-01-01`, 0))
  const terms = f.q ? words(f.q) : []
  if (terms.length)
    base = base.where(
      sql<SqlBool>`to_tsvector('simple', p.search_text) @@ plainto_tsquery('simple', ${terms.join(' ')})`,
    )
  return fetchPage(
    base,
    (q) =>
      q
        .select(PUBLIC_COLUMNS)
        .orderBy(sql`coalesce(p.answer_published_at, p.published_at)`, 'desc')
        .orderBy('p.suggestion_id', 'desc'),
    f,
  )
}

export type PublishedRow = Awaited<ReturnType<typeof listPublished>>['rows'][number]

export function getPublished(db: Db, countyCode: string, id: string) {
  return publishedQuery(db, countyCode)
    .select(PUBLIC_COLUMNS)
    .where('p.suggestion_id', '=', id)
    .executeTakeFirst()
}

/** The item's public events (what the citizen's tracking page shows, without notes or names). */
export function publicEvents(db: Db, id: string) {
  return db
    .selectFrom('suggestion_events')
    .select(['at', 'action', 'to_status'])
    .where('suggestion_id', '=', id)
    .where('public', '=', true)
    .orderBy('at')
    .orderBy('id')
    .execute()
}
