import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { CategoryAdmin, PostBody } from '../../shared/api/types'
import { useApi } from '../auth'
import { timeLimitKeys } from '../calendar/queries'

/** The same module key as the pickers' GET /api/categories: a change refreshes them too. */
export const categoryKeys = queryKeys('categories')

export type CategoryBody = PostBody<'/api/categories'>

/** GET /api/catalog/categories: every category, retired ones too (a few dozen at most). */
export function useAllCategories() {
  const api = useApi()
  const query = { limit: 500, offset: 0 }
  return useQuery({
    queryKey: categoryKeys.list({ ...query, all: true }),
    queryFn: () => unwrap(api.GET('/api/catalog/categories', { params: { query } })),
  })
}

/**
 * POST /api/categories (a new category, `target` null) or PATCH /api/categories/{code} with the version read;
 * `active` retires or restores it. The code is fixed once created.
 */
export function useSaveCategory() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      target,
      body,
    }: {
      target: Pick<CategoryAdmin, 'code' | 'version'> | null
      body: Partial<CategoryBody> & { active?: boolean }
    }) => {
      if (!target) return unwrap(api.POST('/api/categories', { body: body as CategoryBody }))
      const { code: _code, ...changes } = body
      return unwrap(
        api.PATCH('/api/categories/{code}', {
          params: { path: { code: target.code } },
          body: { ...changes, version: target.version },
        }),
      )
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: categoryKeys.all })
      // The time limits name their categories.
      void queryClient.invalidateQueries({ queryKey: timeLimitKeys.all })
    },
  })
}
