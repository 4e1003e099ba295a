import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { type ListMode, listMode } from '../components/listMode'

export const regionKeys = queryKeys('regions')
export const gridKeys = queryKeys('grids')

export type RegionQuery = Query<'/api/regions'>
export type GridQuery = Query<'/api/grids'>

/** GET /api/regions: the regions in the caller's scope (a page of the list, or the options of a picker). */
export function useRegions(query: RegionQuery, mode?: ListMode) {
  const api = useApi()
  return useQuery({
    queryKey: regionKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/regions', { params: { query } })),
    ...listMode(mode),
  })
}

/** The towns in the caller's scope, for filters and forms. */
export const useTowns = () => useRegions({ level: 'town', limit: 500, offset: 0 }, { lookup: true })

/** The villages (communities) of a town, once a town is chosen. */
export const useVillages = (townCode: string | undefined) =>
  useRegions(
    { level: 'village', parentCode: townCode, limit: 500, offset: 0 },
    { lookup: true, enabled: Boolean(townCode) },
  )

/** GET /api/grids. */
export function useGrids(query: GridQuery) {
  const api = useApi()
  return useQuery({
    queryKey: gridKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/grids', { params: { query } })),
    ...listMode(),
  })
}
