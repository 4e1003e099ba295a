import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { Query } from '../../shared/api/types'
import { api } from '../api'

export const regionKeys = queryKeys('regions')

const LOOKUP_STALE_TIME = 10 * 60_000

/** GET /api/public/regions: towns, or the villages of a town, for the town chips and the form's place. */
export function useRegions(query: Query<'/api/public/regions'>, enabled = true) {
  return useQuery({
    queryKey: regionKeys.list(query),
    enabled,
    staleTime: LOOKUP_STALE_TIME,
    queryFn: () => unwrap(api.GET('/api/public/regions', { params: { query } })),
  })
}

export const useTowns = () => useRegions({ level: 'town', limit: 500, offset: 0 })

export const useVillages = (townCode: string | undefined) =>
  useRegions({ parentCode: townCode, limit: 500, offset: 0 }, Boolean(townCode))
