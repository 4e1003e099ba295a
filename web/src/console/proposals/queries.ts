import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { PostBody, ProposalAction, Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'
import { notificationKeys } from '../notifications/queries'

export const proposalKeys = queryKeys('proposals')

export type ProposalQuery = Query<'/api/proposals'>
export type ProposalBody = PostBody<'/api/proposals'>
export type ProposalActionBody = PostBody<'/api/proposals/{id}/{action}'>

/** GET /api/proposals: a page of the proposals in my scope. */
export function useProposals(query: ProposalQuery) {
  const api = useApi()
  return useQuery({
    queryKey: proposalKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/proposals', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/proposals/{id}: one proposal with its history and the actions I may take. */
export function useProposal(id: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: proposalKeys.detail(id),
    enabled: Boolean(id),
    retry: false,
    queryFn: () => unwrap(api.GET('/api/proposals/{id}', { params: { path: { id: id! } } })),
  })
}

const refresh = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    client.invalidateQueries({ queryKey: proposalKeys.all }),
    client.invalidateQueries({ queryKey: notificationKeys.all }),
  ])

/** POST /api/proposals (a new draft) or PATCH /api/proposals/{id} (a draft changed, at the version read). */
export function useSaveProposal() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: ProposalBody }) =>
      id
        ? unwrap(
            api.PATCH('/api/proposals/{id}', {
              params: { path: { id } },
              body: { ...body, version: version! },
            }),
          )
        : unwrap(api.POST('/api/proposals', { body })),
    onSuccess: () => refresh(client),
  })
}

/** POST /api/proposals/{id}/{action}, at the version read. */
export function useProposalAction(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: { action: ProposalAction; body: ProposalActionBody }) =>
      unwrap(api.POST('/api/proposals/{id}/{action}', { params: { path: { id, action } }, body })),
    onSuccess: (data) => {
      client.setQueryData(proposalKeys.detail(id), data)
      return refresh(client)
    },
  })
}
