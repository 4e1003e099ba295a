import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { type ListMode, listMode } from '../components/listMode'

export const groupKeys = queryKeys('deputy-groups')

export type GroupQuery = Query<'/api/deputy-groups'>

/** GET /api/deputy-groups: a page of the list, or the options of a picker. */
export function useDeputyGroups(query: GroupQuery, mode?: ListMode) {
  const api = useApi()
  return useQuery({
    queryKey: groupKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/deputy-groups', { params: { query } })),
    ...listMode(mode),
  })
}
