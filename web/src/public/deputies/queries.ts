import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import { api, nextOffset, PAGE } from '../api'

export const deputyKeys = queryKeys('deputies')

/** GET /api/public/deputies, page after page ("show more"), by town and name. */
export function useDeputies(regionCode: string | undefined, q: string) {
  return useInfiniteQuery({
    queryKey: deputyKeys.list({ regionCode, q }),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/public/deputies', {
          params: { query: { regionCode, q: q || undefined, limit: PAGE, offset: pageParam } },
        }),
      ),
    getNextPageParam: nextOffset,
  })
}

/** GET /api/public/deputies/{id}: a deputy's public profile (also the addressee of the form). */
export function useDeputy(id: string | undefined) {
  return useQuery({
    queryKey: deputyKeys.detail(id),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/public/deputies/{id}', { params: { path: { id: id! } } })),
  })
}
