import { createPublicClient } from '../shared/api/client'

/** The citizen site's client: same origin, no session. Each feature's queries.ts is the only place it is used. */
export const api = createPublicClient()

/** The page size of the site's "show more" lists. */
export const PAGE = 20

/** The offset of the next page of an infinite list, or undefined when everything is loaded. */
export function nextOffset<P extends { items: unknown[]; total: number }>(
  last: P,
  pages: P[],
): number | undefined {
  const loaded = pages.reduce((n, p) => n + p.items.length, 0)
  return loaded < last.total ? loaded : undefined
}
