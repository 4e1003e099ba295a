import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { createPublicClient } from '../shared/api/client'
import { unwrap } from '../shared/api/problem'

export const api = createPublicClient()
const PAGE = 20

export function useTowns() {
  return useQuery({
    queryKey: ['public', 'towns'],
    queryFn: () =>
      unwrap(api.GET('/api/public/regions', { params: { query: { level: 'town', limit: 500, offset: 0 } } })),
    staleTime: 10 * 60_000,
  })
}

type VenueKind = 'station' | 'point' | 'window' | 'post' | 'mobile'

export function useVenues(regionCode: string | undefined, kind: VenueKind | undefined) {
  return useInfiniteQuery({
    queryKey: ['public', 'venues', regionCode ?? '', kind ?? ''],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/public/venues', {
          params: { query: { regionCode, kind, limit: PAGE, offset: pageParam } },
        }),
      ),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0)
      return loaded < last.total ? loaded : undefined
    },
  })
}

export function useDeputies(regionCode: string | undefined, q: string) {
  return useInfiniteQuery({
    queryKey: ['public', 'deputies', regionCode ?? '', q],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/public/deputies', {
          params: { query: { regionCode, q: q || undefined, limit: PAGE, offset: pageParam } },
        }),
      ),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0)
      return loaded < last.total ? loaded : undefined
    },
  })
}

export function useVenue(id: string | undefined) {
  return useQuery({
    queryKey: ['public', 'venue', id],
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/public/venues/{id}', { params: { path: { id: id! } } })),
  })
}

export function useDeputy(id: string | undefined) {
  return useQuery({
    queryKey: ['public', 'deputy', id],
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/public/deputies/{id}', { params: { path: { id: id! } } })),
  })
}

export function useVillages(townCode: string | undefined) {
  return useQuery({
    queryKey: ['public', 'villages', townCode],
    enabled: Boolean(townCode),
    staleTime: 10 * 60_000,
    queryFn: () =>
      unwrap(
        api.GET('/api/public/regions', {
          params: { query: { parentCode: townCode, limit: 500, offset: 0 } },
        }),
      ),
  })
}

export function useCategories() {
  return useQuery({
    queryKey: ['public', 'categories'],
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/categories', { params: { query: { limit: 500, offset: 0 } } })),
  })
}

/** The town a 12-digit statistical code belongs to (its first nine digits), or null for the county itself. */
export function townOf(regionCode: string | null | undefined): string | null {
  if (!regionCode || !/^\d{12}$/.test(regionCode)) return null
  if (regionCode.slice(6, 9) === '000') return null
  return `${regionCode.slice(0, 9)}000`
}
