import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { PostBody, Query, VenueDetail } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const venueKeys = queryKeys('venues')

export type VenueQuery = Query<'/api/venues'>
export type VenueBody = PostBody<'/api/venues'>

/** GET /api/venues: a page of the list. */
export function useVenues(query: VenueQuery) {
  const api = useApi()
  return useQuery({
    queryKey: venueKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/venues', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/venues/{id}: one venue to edit, read afresh each time the form opens. */
export function useVenue(id: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: venueKeys.detail(id ?? undefined),
    enabled: id !== null,
    gcTime: 0,
    queryFn: () => unwrap(api.GET('/api/venues/{id}', { params: { path: { id: id! } } })),
  })
}

/**
 * POST /api/venues (a new venue, `target` null) or PATCH /api/venues/{id} (the venue read for the form, with the
 * version read). The code identifies a venue (QR codes, imports) and is fixed once created, so an edit does not
 * send it.
 */
export function useSaveVenue() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      target,
      body,
    }: {
      target: Pick<VenueDetail, 'id' | 'version'> | null
      body: VenueBody
    }) => {
      if (!target) return unwrap(api.POST('/api/venues', { body }))
      const { code: _code, ...changes } = body
      return unwrap(
        api.PATCH('/api/venues/{id}', {
          params: { path: { id: target.id } },
          body: { ...changes, version: target.version },
        }),
      )
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: venueKeys.all }),
  })
}
