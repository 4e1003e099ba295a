import { useMutation, useQuery } from '@tanstack/react-query'
import { unwrap } from '../../shared/api/problem'
import { api } from '../api'
import { rememberItems } from './store'

/** GET /api/public/recovery: whether codes can be sent by SMS here (the page says so before anyone asks). */
export function useRecoveryInfo() {
  return useQuery({
    queryKey: ['recovery'],
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/public/recovery')),
  })
}

/** POST /api/public/recovery/codes: a one-time code by SMS to the phone given with the items. */
export function useRequestCode() {
  return useMutation({
    mutationFn: (phone: string) => unwrap(api.POST('/api/public/recovery/codes', { body: { phone } })),
  })
}

/** POST /api/public/recovery/verify: the items behind the phone, each remembered on this device. */
export function useVerifyCode() {
  return useMutation({
    mutationFn: (body: { phone: string; code: string }) =>
      unwrap(api.POST('/api/public/recovery/verify', { body })),
    onSuccess: (result) =>
      rememberItems(
        result.items.map((i) => ({
          trackingCode: i.trackingCode,
          accessKey: i.accessToken,
          submittedAt: i.submittedAt,
          summary: i.summary,
          status: i.status,
          statusLabel: i.statusLabel,
          seenAt: new Date().toISOString(),
        })),
      ),
  })
}
