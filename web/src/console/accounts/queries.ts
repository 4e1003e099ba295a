import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { PostBody, Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const accountKeys = queryKeys('users')

export type AccountQuery = Query<'/api/users'>
export type AccountCreate = PostBody<'/api/users'>
export type GrantInput = AccountCreate['roles'][number]

/** GET /api/users: a page of the accounts. */
export function useAccounts(query: AccountQuery) {
  const api = useApi()
  return useQuery({
    queryKey: accountKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/users', { params: { query } })),
    ...listMode(),
  })
}

/** POST /api/users: a new account with its roles and scopes. */
export function useCreateAccount() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AccountCreate) => unwrap(api.POST('/api/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  })
}

/** PATCH /api/users/{id}: name, roles, disable or enable, unlock. */
export function useUpdateAccount() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id: string
      body: { displayName?: string; roles?: GrantInput[]; active?: boolean; unlock?: boolean }
    }) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  })
}

/** POST /api/users/{id}/password-reset: a temporary password, answered once. */
export function useResetPassword() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/users/{id}/password-reset', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  })
}
