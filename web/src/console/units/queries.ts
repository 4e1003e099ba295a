import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { PostBody, Query, Unit } from '../../shared/api/types'
import { useApi } from '../auth'
import { LOOKUP_STALE_TIME, listMode } from '../components/listMode'

export const unitKeys = queryKeys('units')
export const platformTypeKeys = queryKeys('platform-types')

export type UnitQuery = Query<'/api/units'>

/** GET /api/units: a page of the list. */
export function useUnits(query: UnitQuery) {
  const api = useApi()
  return useQuery({
    queryKey: unitKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/units', { params: { query } })),
    ...listMode(),
  })
}

/**
 * GET /api/units once per region, for an assignment: the active units of each region, grouped by region (a town
 * item goes to its town's units, a county item to the county's).
 */
export function useUnitsOfRegions(regionCodes: string[]) {
  const api = useApi()
  return useQueries({
    queries: regionCodes.map((regionCode) => {
      const query: UnitQuery = { regionCode, limit: 500, offset: 0 }
      return {
        queryKey: unitKeys.list(query),
        staleTime: LOOKUP_STALE_TIME,
        queryFn: () => unwrap(api.GET('/api/units', { params: { query } })),
      }
    }),
    combine: (results) => ({
      isPending: results.some((r) => r.isPending),
      groups: results.flatMap((r, i): { regionCode: string; items: Unit[] }[] =>
        r.data ? [{ regionCode: regionCodes[i], items: r.data.items.filter((u) => u.active) }] : [],
      ),
    }),
  })
}

/** GET /api/platform-types: the kinds of town platform (一室四平台). */
export function usePlatformTypes() {
  const api = useApi()
  return useQuery({
    queryKey: platformTypeKeys.list(),
    staleTime: LOOKUP_STALE_TIME,
    queryFn: () => unwrap(api.GET('/api/platform-types', { params: { query: { limit: 500, offset: 0 } } })),
  })
}

export type UnitBody = PostBody<'/api/units'>

/**
 * POST /api/units (a new unit, `target` null) or PATCH /api/units/{id} with the version read. The code names the
 * unit in spreadsheets and is fixed once created, so an edit does not send it; `active` retires or restores it.
 */
export function useSaveUnit() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      target,
      body,
    }: {
      target: Pick<Unit, 'id' | 'version'> | null
      body: Partial<UnitBody> & { active?: boolean }
    }) => {
      if (!target) return unwrap(api.POST('/api/units', { body: body as UnitBody }))
      const { code: _code, ...changes } = body
      return unwrap(
        api.PATCH('/api/units/{id}', {
          params: { path: { id: target.id } },
          body: { ...changes, version: target.version },
        }),
      )
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  })
}
