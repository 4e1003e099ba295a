import { useMutation, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { ApiProblem, toProblem, unwrap } from '../../shared/api/problem'
import type { PostBody, Upload } from '../../shared/api/types'
import { api } from '../api'
import { rememberItems } from '../mine/store'
import { rememberToken } from '../track/token'

export const categoryKeys = queryKeys('categories')

/** GET /api/categories: the form's category choices. */
export function useCategories() {
  return useQuery({
    queryKey: categoryKeys.list(),
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/categories', { params: { query: { limit: 500, offset: 0 } } })),
  })
}

export type SubmitBody = PostBody<'/api/public/suggestions'>

/**
 * POST /api/public/suggestions with an Idempotency-Key (the same key for a retry of the same content, so a
 * flaky network never makes two). The access key is kept for this tab, so the tracking link opens without it in
 * the address, and in 我的意见 on this device.
 */
export function useSubmitSuggestion() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SubmitBody; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/public/suggestions', {
          params: { header: { 'idempotency-key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: (result, { body }) => {
      rememberToken(result.trackingCode, result.accessToken)
      // 我的意见: this device remembers it, with its key (no account).
      rememberItems([
        {
          trackingCode: result.trackingCode,
          accessKey: result.accessToken,
          submittedAt: new Date().toISOString(),
          summary: body.content.length > 60 ? `${body.content.slice(0, 60)}…` : body.content,
        },
      ])
    },
  })
}

/**
 * POST /api/public/uploads: one photo, uploaded as soon as it is picked. XMLHttpRequest rather than fetch because only it reports upload
 * progress, which matters on a slow mobile connection. Errors come back as ApiProblem like every other call.
 */
export function uploadPhoto(file: File, onProgress: (fraction: number) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/public/uploads')
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total)
    }
    xhr.onload = () => {
      const response = new Response(null, { status: xhr.status })
      if (xhr.status === 201 && xhr.response) resolve(xhr.response as Upload)
      else reject(new ApiProblem(toProblem(xhr.response, response)))
    }
    xhr.onerror = () => reject(new ApiProblem(toProblem(undefined, undefined)))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })
}
