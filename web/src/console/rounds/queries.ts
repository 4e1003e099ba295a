import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { Query, RoundBody } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const roundKeys = queryKeys('rounds')
export const receptionKeys = queryKeys('receptions')

/** GET /api/rounds: the rounds of a date range in my scope (mine: the ones I go on). */
export function useRounds(query: Query<'/api/rounds'>) {
  const api = useApi()
  return useQuery({
    queryKey: roundKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/rounds', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/rounds/{id}. */
export function useRound(id: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: roundKeys.detail(id),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/rounds/{id}', { params: { path: { id: id! } } })),
  })
}

/** POST /api/rounds (a new plan) or PUT /api/rounds/{id} (a planned round, with its version). */
export function useSaveRound() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: RoundBody }) => {
      if (!id) return unwrap(api.POST('/api/rounds', { body }))
      const { townCode: _town, id: _id, ...rest } = body
      return unwrap(
        api.PUT('/api/rounds/{id}', { params: { path: { id } }, body: { ...rest, version: version! } }),
      )
    },
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  })
}

export type RoundAction = 'complete' | 'cancel' | 'restore'

/** POST /api/rounds/{id}/{action} for the online-only actions (check-in and report are queued: offline.ts). */
export function useRoundAction() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      action,
      body,
    }: {
      id: string
      action: RoundAction
      body: { version?: number; note?: string; summary?: string }
    }) => unwrap(api.POST('/api/rounds/{id}/{action}', { params: { path: { id, action } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  })
}

/** GET /api/receptions: the records of a range in my scope, with the people received. */
export function useReceptions(query: Query<'/api/receptions'>) {
  const api = useApi()
  return useQuery({
    queryKey: receptionKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/receptions', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/receptions/{id}: not there yet (404) while this phone has not synced it. */
export function useReception(id: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: receptionKeys.detail(id),
    enabled: Boolean(id),
    retry: false,
    queryFn: () => unwrap(api.GET('/api/receptions/{id}', { params: { path: { id: id! } } })),
  })
}

/** POST /api/receptions/{id}/reopen (with the reason; online only). */
export function useReopenReception() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      unwrap(
        api.POST('/api/receptions/{id}/{action}', {
          params: { path: { id, action: 'reopen' } },
          body: { note },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: receptionKeys.all }),
  })
}
