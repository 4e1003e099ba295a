import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { PostBody, Tracking } from '../../shared/api/types'
import { api } from '../api'

export const trackingKeys = queryKeys('tracking')

/** GET /api/public/suggestions/{trackingCode} with the secret of the tracking link; always read afresh. */
export function useTracking(code: string | undefined, token: string | null) {
  return useQuery({
    queryKey: trackingKeys.detail(code, { token }),
    enabled: Boolean(code && token),
    staleTime: 0,
    queryFn: () =>
      unwrap(
        api.GET('/api/public/suggestions/{trackingCode}', {
          params: { path: { trackingCode: code! }, header: { 'x-access-token': token! } },
        }),
      ),
  })
}

/** The citizen's actions answer with the item as it now is, which replaces the one on screen. */
function useShowAnswer(code: string, token: string) {
  const queryClient = useQueryClient()
  return (data: Tracking) => queryClient.setQueryData(trackingKeys.detail(code, { token }), data)
}

/** POST /api/public/suggestions/{trackingCode}/rating: 满意, 基本满意 or 不满意, with a comment. */
export function useRateSuggestion(code: string, token: string) {
  const onSuccess = useShowAnswer(code, token)
  return useMutation({
    mutationFn: (body: PostBody<'/api/public/suggestions/{trackingCode}/rating'>) =>
      unwrap(
        api.POST('/api/public/suggestions/{trackingCode}/rating', {
          params: { path: { trackingCode: code }, header: { 'x-access-token': token } },
          body,
        }),
      ),
    onSuccess,
  })
}

/** POST /api/public/suggestions/{trackingCode}/reopen: ask once for the item to be handled again. */
export function useReopenSuggestion(code: string, token: string) {
  const onSuccess = useShowAnswer(code, token)
  return useMutation({
    mutationFn: (body: PostBody<'/api/public/suggestions/{trackingCode}/reopen'>) =>
      unwrap(
        api.POST('/api/public/suggestions/{trackingCode}/reopen', {
          params: { path: { trackingCode: code }, header: { 'x-access-token': token } },
          body,
        }),
      ),
    onSuccess,
  })
}

/**
 * GET /api/public/suggestions/{trackingCode}/photos|attachments/{fileId}: a photo needs the secret in a header,
 * so it is fetched and shown from an object URL (released when the photo goes away).
 */
export function useTrackedFile(code: string, token: string, fileId: string, kind: 'photos' | 'attachments') {
  const [src, setSrc] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let url: string | null = null
    let cancelled = false
    fetch(`/api/public/suggestions/${encodeURIComponent(code)}/${kind}/${encodeURIComponent(fileId)}`, {
      headers: { 'X-Access-Token': token },
    })
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        if (cancelled) return
        url = URL.createObjectURL(blob)
        setSrc(url)
      })
      .catch(() => !cancelled && setFailed(true))
    return () => {
      cancelled = true
      if (url) URL.revokeObjectURL(url)
    }
  }, [code, token, fileId, kind])
  return { src, failed }
}
