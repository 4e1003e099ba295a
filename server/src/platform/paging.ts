import { type SelectQueryBuilder, sql } from 'kysely'

export interface PageQuery {
  limit?: number
  offset?: number
}

/**
 * Runs a filtered query twice: once for the total, once for the page. `base` carries joins and filters
 * only; `page` adds the selection and ordering.
 */
export async function fetchPage<DB, TB extends keyof DB, O, Row>(
  base: SelectQueryBuilder<DB, TB, O>,
  page: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, Row>,
  { limit = 50, offset = 0 }: PageQuery,
): Promise<{ rows: Row[]; total: number }> {
  const [countRow, rows] = await Promise.all([
    base.clearSelect().select(sql<string>`count(*)`.as('total')).executeTakeFirst() as Promise<
      { total: string } | undefined
    >,
    page(base).limit(limit).offset(offset).execute(),
  ])
  return { rows, total: Number(countRow?.total ?? 0) }
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** A list computed whole (the days of a range, a small table), paged like every list: limit defaults to all. */
export function pageOfList<T>(items: T[], { limit, offset = 0 }: { limit?: number; offset?: number }) {
  return { items: items.slice(offset, limit === undefined ? undefined : offset + limit), total: items.length }
}
