import { useMutation, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const deputyKeys = queryKeys('deputies')

export type DeputyQuery = Query<'/api/deputies'>

/** GET /api/deputies: a page of the list. */
export function useDeputies(query: DeputyQuery) {
  const api = useApi()
  return useQuery({
    queryKey: deputyKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/deputies', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/deputies/{id}: one deputy, while `id` is set. */
export function useDeputy(id: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: deputyKeys.detail(id ?? undefined),
    enabled: id !== null,
    queryFn: () => unwrap(api.GET('/api/deputies/{id}', { params: { path: { id: id! } } })),
  })
}

/** POST /api/deputies/{id}/reveal-phone: the full number, audited; never cached. */
export function useRevealDeputyPhone() {
  const api = useApi()
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/deputies/{id}/reveal-phone', { params: { path: { id } } })),
  })
}
