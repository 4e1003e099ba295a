import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { ApiProblem, toProblem, unwrap } from '../../shared/api/problem'
import type { PostBody, PutBody, Query } from '../../shared/api/types'
import { useApi, useAuth } from '../auth'
import { listMode } from '../components/listMode'

export const projectKeys = queryKeys('projects')
export const siteKeys = queryKeys('sites')

export type SiteQuery = Query<'/api/projects/sites'>
export type ProjectBody = PostBody<'/api/projects'>
export type SiteBody = PostBody<'/api/projects/sites'>
export type SiteActionBody = PostBody<'/api/projects/sites/{id}/{action}'>
export type SiteAction = 'report' | 'cross_off' | 'reopen' | 'correct'

/** GET /api/projects: a year's projects (the newest year when none is given) and the years there are. */
export function useProjects(year: number | undefined) {
  const api = useApi()
  const query = year ? { year } : {}
  return useQuery({
    queryKey: projectKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/projects', { params: { query } })),
    ...listMode(),
  })
}

/** POST /api/projects (a new project) or PUT /api/projects/{id} (with the version read). */
export function useSaveProject() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ProjectBody & { version?: number } }) => {
      if (!id) return unwrap(api.POST('/api/projects', { body }))
      const { year: _year, seq: _seq, version, ...rest } = body
      const put: PutBody<'/api/projects/{id}'> = { ...rest, version: version! }
      return unwrap(api.PUT('/api/projects/{id}', { params: { path: { id } }, body: put }))
    },
    onSuccess: () => client.invalidateQueries({ queryKey: projectKeys.all }),
  })
}

/** GET /api/projects/sites: a page of the sites in my scope. */
export function useSites(query: SiteQuery) {
  const api = useApi()
  return useQuery({
    queryKey: siteKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/projects/sites', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/projects/sites/{id}: the site with its plan, reports, history and the actions I may take. */
export function useSite(id: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: siteKeys.detail(id),
    enabled: Boolean(id),
    retry: false,
    queryFn: () => unwrap(api.GET('/api/projects/sites/{id}', { params: { path: { id: id! } } })),
  })
}

const refresh = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    client.invalidateQueries({ queryKey: siteKeys.all }),
    client.invalidateQueries({ queryKey: projectKeys.all }),
  ])

/** POST /api/projects/sites (a new site) or PUT /api/projects/sites/{id} (with the version read). */
export function useSaveSite() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: SiteBody }) => {
      if (!id) return unwrap(api.POST('/api/projects/sites', { body }))
      const { projectId: _project, ...rest } = body
      return unwrap(
        api.PUT('/api/projects/sites/{id}', {
          params: { path: { id } },
          body: { ...rest, version: version! },
        }),
      )
    },
    onSuccess: () => refresh(client),
  })
}

/** POST /api/projects/sites/{id}/{action}: the monthly report, crossing off, reopening, correcting. */
export function useSiteAction() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action, body }: { id: string; action: SiteAction; body: SiteActionBody }) =>
      unwrap(api.POST('/api/projects/sites/{id}/{action}', { params: { path: { id, action } }, body })),
    onSuccess: (site) => {
      client.setQueryData(siteKeys.detail(site.id), site)
      return refresh(client)
    },
  })
}

/**
 * POST /api/projects/sites/{id}/photos: one photo for the monthly report, as multipart/form-data (the session's
 * CSRF token with it); answers the stored file's id, attached when the report is filed.
 */
export function useUploadSitePhoto(siteId: string) {
  const { csrfToken } = useAuth()
  return useMutation({
    mutationFn: async (file: File): Promise<{ id: string }> => {
      const form = new FormData()
      form.append('file', file)
      const token = csrfToken()
      let response: Response
      try {
        response = await fetch(`/api/projects/sites/${encodeURIComponent(siteId)}/photos`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: token ? { 'X-CSRF-Token': token } : {},
          body: form,
        })
      } catch {
        throw new ApiProblem(toProblem(undefined, undefined))
      }
      const body = await response.json().catch(() => null)
      if (response.status !== 201 || !body) throw new ApiProblem(toProblem(body, response))
      return body as { id: string }
    },
  })
}
