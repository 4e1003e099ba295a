import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { PublishBody } from '../../shared/api/types'
import { useApi } from '../auth'

export const publicationKeys = queryKeys('suggestion-publication')

/** GET /api/suggestions/{id}/publication: the consent, the draft with what the scrubber found, the publication. */
export function usePublicationReview(id: string, enabled: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: publicationKeys.detail(id),
    enabled,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/suggestions/{id}/publication', { params: { path: { id } } })),
  })
}

/** PUT /api/suggestions/{id}/publication: publish or update. */
export function usePublish(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PublishBody) =>
      unwrap(api.PUT('/api/suggestions/{id}/publication', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicationKeys.detail(id) }),
  })
}

/** POST /api/suggestions/{id}/publication/withdraw. */
export function useWithdraw(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/suggestions/{id}/publication/withdraw', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicationKeys.detail(id) }),
  })
}
