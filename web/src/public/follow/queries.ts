import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { unwrap } from '../../shared/api/problem'
import { api } from '../api'
import { deviceId, rememberSupported } from './device'

export type TargetType = 'town' | 'category' | 'item'

/** GET /api/public/answers/{id}/support: the count, and whether this device supports the item. */
export function useSupport(id: string) {
  return useQuery({
    queryKey: ['support', id],
    queryFn: () =>
      unwrap(
        api.GET('/api/public/answers/{id}/support', {
          params: { path: { id }, query: { device: deviceId() } },
        }),
      ),
  })
}

/** POST /api/public/answers/{id}/support: this device's support (附议); the answer is the new count. */
export function useAddSupport(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/public/answers/{id}/support', {
          params: { path: { id } },
          body: { device: deviceId() },
        }),
      ),
    onSuccess: (state) => {
      rememberSupported(id)
      client.setQueryData(['support', id], state)
    },
    // Refused (supported already, from another tab; or answered meanwhile): the button follows the server's state.
    onError: () => void client.invalidateQueries({ queryKey: ['support', id] }),
  })
}

/** GET /api/public/subscriptions: whether codes can be sent by SMS here. */
export function useSubscriptionInfo() {
  return useQuery({
    queryKey: ['subscriptions'],
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/public/subscriptions')),
  })
}

export function useSubscribe() {
  return useMutation({
    mutationFn: (body: { target: { type: TargetType; id: string }; phone: string }) =>
      unwrap(api.POST('/api/public/subscriptions', { body })),
  })
}

export function useConfirm() {
  return useMutation({
    mutationFn: (body: { phone: string; code: string }) =>
      unwrap(api.POST('/api/public/subscriptions/confirm', { body })),
  })
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(api.POST('/api/public/subscriptions/unsubscribe', { body: { token } })),
  })
}

/** GET /api/public/follow/towns/{code}: the town, its feed and its latest published items. */
export function useFollowTown(code: string) {
  return useQuery({
    queryKey: ['follow-town', code],
    enabled: /^\d{12}$/.test(code),
    queryFn: () => unwrap(api.GET('/api/public/follow/towns/{code}', { params: { path: { code } } })),
  })
}
