import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import { useApi } from '../auth'

/** Support (附议): an item's count for staff, and the county's high-attention threshold. */

const supportKeys = queryKeys('support')
const settingsKeys = queryKeys('settings')
const suggestionKeys = queryKeys('suggestions')

/** GET /api/suggestions/{id}/support. */
export function useItemSupport(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: supportKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/suggestions/{id}/support', { params: { path: { id } } })),
  })
}

/** GET /api/settings/support-threshold. */
export function useSupportThreshold() {
  const api = useApi()
  return useQuery({
    queryKey: settingsKeys.detail('support-threshold'),
    queryFn: () => unwrap(api.GET('/api/settings/support-threshold')),
  })
}

/** PUT /api/settings/support-threshold (county admins): the queue's marks follow. */
export function useSaveSupportThreshold() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (threshold: number) =>
      unwrap(api.PUT('/api/settings/support-threshold', { body: { threshold } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.detail('support-threshold'), saved)
      void queryClient.invalidateQueries({ queryKey: suggestionKeys.all })
      void queryClient.invalidateQueries({ queryKey: supportKeys.all })
    },
  })
}
