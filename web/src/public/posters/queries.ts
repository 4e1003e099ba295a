import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import { api } from '../api'

export const posterKeys = queryKeys('posters')

/** Every page of a public list (500 a page, the most the API gives): a town's posters are printed together. */
async function everyPage<T>(page: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = []
  for (;;) {
    const next = await page(items.length)
    items.push(...next.items)
    if (next.items.length === 0 || items.length >= next.total) return items
  }
}

/** The active venues and deputies of a town (its villages and communities included), for the batch print. */
export function useTownPosterSubjects(townCode: string | undefined) {
  return useQuery({
    queryKey: posterKeys.list({ townCode }),
    enabled: Boolean(townCode),
    queryFn: async () => {
      const query = (offset: number) => ({ regionCode: townCode, limit: 500, offset })
      const [venues, deputies] = await Promise.all([
        everyPage((offset) => unwrap(api.GET('/api/public/venues', { params: { query: query(offset) } }))),
        everyPage((offset) => unwrap(api.GET('/api/public/deputies', { params: { query: query(offset) } }))),
      ])
      return { venues, deputies }
    },
  })
}
