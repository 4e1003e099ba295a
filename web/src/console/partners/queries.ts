import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { PartnerScope, PostBody, Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const partnerKeys = queryKeys('partners')

export type PartnerQuery = Query<'/api/partners'>
export type PartnerCreate = PostBody<'/api/partners'>

/** GET /api/partners: a page of the partner systems, each with its keys (by prefix). */
export function usePartners(query: PartnerQuery) {
  const api = useApi()
  return useQuery({
    queryKey: partnerKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/partners', { params: { query } })),
    ...listMode(),
  })
}

/** POST /api/partners: a new partner and its first key (the key, and the webhook secret, in this answer only). */
export function useCreatePartner() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PartnerCreate) => unwrap(api.POST('/api/partners', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}

/** POST /api/partners/{id}/keys: another key for the partner (to replace one). */
export function useIssueKey() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, scopes }: { id: string; scopes: PartnerScope[] }) =>
      unwrap(api.POST('/api/partners/{id}/keys', { params: { path: { id } }, body: { scopes } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}

/** POST /api/partners/{id}/keys/{keyId}/revoke: the key is refused from now on. */
export function useRevokeKey() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, keyId }: { id: string; keyId: string }) =>
      unwrap(api.POST('/api/partners/{id}/keys/{keyId}/revoke', { params: { path: { id, keyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}

/** PUT /api/partners/{id}/webhook: a new URL (and signing secret, shown once), or null to stop the pushes. */
export function useSetWebhook() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, webhookUrl }: { id: string; webhookUrl: string | null }) =>
      unwrap(api.PUT('/api/partners/{id}/webhook', { params: { path: { id } }, body: { webhookUrl } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}
