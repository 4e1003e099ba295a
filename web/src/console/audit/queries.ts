import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const auditKeys = queryKeys('audit')

export type AuditQuery = Query<'/api/audit'>

/** GET /api/audit: a page of the audit log. */
export function useAuditLog(query: AuditQuery) {
  const api = useApi()
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/audit', { params: { query } })),
    ...listMode(),
  })
}
