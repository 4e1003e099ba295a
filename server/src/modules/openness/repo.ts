import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import { cstInstant } from '../../platform/calendar.ts'

/**
 * The module's SQL: counts over what the publication, supports and subscriptions modules record (read, never
 * written). A year is the county's: from 1 January 00:00 China Standard Time to the next.
 */

const yearBounds = (year: number) => ({
  from: cstInstant(`${year}-01-01`, 0),
  to: cstInstant(`${year + 1}-01-01`, 0),
})

export async function publishedFigures(db: Db, countyCode: string, year: number) {
  const { from, to } = yearBounds(year)
  const row = await db
    .selectFrom('suggestion_publications')
    .where('county_code', '=', countyCode)
    .where('status', '=', 'published')
    .where('published_at', '>=', from)
    .where('published_at', '<', to)
    .select([
      sql<string>`count(*)`.as('total'),
      sql<string>`count(*) FILTER (WHERE answer IS NOT NULL)`.as('answered'),
    ])
    .executeTakeFirstOrThrow()
  const total = Number(row.total)
  const answered = Number(row.answered)
  return { total, answered, open: total - answered }
}

export async function supportFigures(db: Db, countyCode: string, year: number) {
  const { from, to } = yearBounds(year)
  const row = await db
    .selectFrom('suggestion_supports')
    .where('county_code', '=', countyCode)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .select([sql<string>`count(*)`.as('total'), sql<string>`count(DISTINCT suggestion_id)`.as('items')])
    .executeTakeFirstOrThrow()
  return { total: Number(row.total), items: Number(row.items) }
}

export async function activeSubscriptions(db: Db, countyCode: string): Promise<number> {
  const row = await db
    .selectFrom('subscriptions')
    .where('county_code', '=', countyCode)
    .where('status', '=', 'active')
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
