import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { VenueKind } from '../../shared/api/types'
import { api, nextOffset, PAGE } from '../api'

export const venueKeys = queryKeys('venues')

/** GET /api/public/venues, page after page ("show more"). */
export function useVenues(regionCode: string | undefined, kind: VenueKind | undefined) {
  return useInfiniteQuery({
    queryKey: venueKeys.list({ regionCode, kind }),
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/public/venues', {
          params: { query: { regionCode, kind, limit: PAGE, offset: pageParam } },
        }),
      ),
    getNextPageParam: nextOffset,
  })
}

/** GET /api/public/venues/{id}: a venue's public page (also the addressee of the form). */
export function useVenue(id: string | undefined) {
  return useQuery({
    queryKey: venueKeys.detail(id),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/public/venues/{id}', { params: { path: { id: id! } } })),
  })
}
