import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { ApiProblem, toProblem, unwrap } from '../../shared/api/problem'
import type { PostBody, Query, SuggestionDetail } from '../../shared/api/types'
import { useApi, useAuth } from '../auth'
import { LOOKUP_STALE_TIME, listMode } from '../components/listMode'
import { notificationKeys } from '../notifications/queries'
import type { ActionEndpoint } from './actions'

export const suggestionKeys = queryKeys('suggestions')
export const categoryKeys = queryKeys('categories')

export type QueueQuery = Query<'/api/suggestions'>
export type Attachment = SuggestionDetail['attachments'][number]

/** After a change to an item: its detail, every queue and the inbox (a change may notify someone). */
function refreshAfterChange(queryClient: QueryClient, id?: string) {
  if (id) void queryClient.invalidateQueries({ queryKey: suggestionKeys.detail(id) })
  void queryClient.invalidateQueries({ queryKey: suggestionKeys.lists })
  void queryClient.invalidateQueries({ queryKey: notificationKeys.all })
}

/** GET /api/suggestions: a page of the caller's queue. */
export function useSuggestionQueue(query: QueueQuery) {
  const api = useApi()
  return useQuery({
    queryKey: suggestionKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/suggestions', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/suggestions/{id}: one item with its timeline and the actions the caller may take. */
export function useSuggestion(id: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: suggestionKeys.detail(id),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/suggestions/{id}', { params: { path: { id: id! } } })),
  })
}

/** Reloads an item whose version on screen went stale. */
export function useReloadSuggestion() {
  const queryClient = useQueryClient()
  return (id: string) => queryClient.invalidateQueries({ queryKey: suggestionKeys.detail(id) })
}

export type ActionValues = Record<string, unknown>

/**
 * POST /api/suggestions/{id}/<action>: one action of the loop on the item as read, sent with the version shown
 * (a stale version answers 409). Empty fields are left out of the body.
 */
export function useSuggestionAction(detail: SuggestionDetail) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ endpoint, values }: { endpoint: ActionEndpoint; values: ActionValues }) => {
      const body: ActionValues = { ...values, version: detail.version }
      for (const [k, v] of Object.entries(body))
        if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) delete body[k]
      // Each action has its own endpoint and body; the action's spec (actions.ts, checked against each body)
      // decides the fields, so the typed client is given one of the endpoints' shapes here.
      return unwrap(
        api.POST(endpoint as '/api/suggestions/{id}/note', {
          params: { path: { id: detail.id } },
          body: body as PostBody<'/api/suggestions/{id}/note'>,
        }),
      )
    },
    onSuccess: () => refreshAfterChange(queryClient, detail.id),
  })
}

/** POST /api/suggestions/bulk-assign: several routed items to one lead unit; the answer lists each outcome. */
export function useBulkAssign() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PostBody<'/api/suggestions/bulk-assign'>) =>
      unwrap(api.POST('/api/suggestions/bulk-assign', { body })),
    onSuccess: () => refreshAfterChange(queryClient),
  })
}

/** POST /api/suggestions/{id}/reveal-contact: the citizen's contact in clear (audited); never cached. */
export function useRevealContact(id: string) {
  const api = useApi()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/suggestions/{id}/reveal-contact', { params: { path: { id } } })),
  })
}

/** POST /api/suggestions: staff record an opinion on a citizen's behalf. */
export function useRecordSuggestion() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PostBody<'/api/suggestions'>) => unwrap(api.POST('/api/suggestions', { body })),
    onSuccess: () => refreshAfterChange(queryClient),
  })
}

/** GET /api/categories: the categories of suggestions, for filters and forms. */
export function useCategories() {
  const api = useApi()
  return useQuery({
    queryKey: categoryKeys.list(),
    staleTime: LOOKUP_STALE_TIME,
    queryFn: () => unwrap(api.GET('/api/categories', { params: { query: { limit: 500, offset: 0 } } })),
  })
}

/**
 * POST /api/suggestions/{id}/attachments: one image as multipart/form-data. XMLHttpRequest (as on the public
 * submit page) for the progress events; the session cookie and the console's X-CSRF-Token go with it. The item
 * is read again after each upload.
 */
export function useUploadAttachment(suggestionId: string) {
  const { csrfToken } = useAuth()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (percent: number) => void }) =>
      new Promise<Attachment>((resolve, reject) => {
        const xhr = new XMLHttpRequest()
        xhr.open('POST', `/api/suggestions/${encodeURIComponent(suggestionId)}/attachments`)
        xhr.withCredentials = true
        xhr.responseType = 'json'
        const token = csrfToken()
        if (token) xhr.setRequestHeader('X-CSRF-Token', token)
        xhr.upload.onprogress = (e) => {
          if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
        }
        xhr.onload = () => {
          const response = new Response(null, { status: xhr.status })
          if (xhr.status === 201 && xhr.response) resolve(xhr.response as Attachment)
          else reject(new ApiProblem(toProblem(xhr.response, response)))
        }
        xhr.onerror = () => reject(new ApiProblem(toProblem(undefined, undefined)))
        const form = new FormData()
        form.append('file', file)
        xhr.send(form)
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suggestionKeys.detail(suggestionId) }),
  })
}
