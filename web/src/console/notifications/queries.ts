import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import { useApi } from '../auth'

export const notificationKeys = queryKeys('notifications')

/** GET /api/notifications/unread-count, polled once a minute for the bell. */
export function useUnreadCount() {
  const api = useApi()
  return useQuery({
    queryKey: notificationKeys.count({ unread: true }),
    refetchInterval: 60_000,
    queryFn: () => unwrap(api.GET('/api/notifications/unread-count')),
  })
}

/** GET /api/notifications: the latest ten, read afresh whenever the inbox opens. */
export function useNotifications(enabled: boolean) {
  const api = useApi()
  const query = { limit: 10, offset: 0 }
  return useQuery({
    queryKey: notificationKeys.list(query),
    enabled,
    staleTime: 0,
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query } })),
  })
}

function useRefreshNotifications() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all })
}

/** POST /api/notifications/{id}/read. */
export function useMarkRead() {
  const api = useApi()
  const onSuccess = useRefreshNotifications()
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess,
  })
}

/** POST /api/notifications/read-all. */
export function useMarkAllRead() {
  const api = useApi()
  const onSuccess = useRefreshNotifications()
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/notifications/read-all')), onSuccess })
}
