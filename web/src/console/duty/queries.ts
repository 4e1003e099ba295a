import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { DutyRuleBody, Query } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const dutyKeys = queryKeys('duty')

export type DutySlotQuery = Query<'/api/duty/slots'>

/** GET /api/duty/slots: the slots of a range in my scope (or my own, as a deputy). */
export function useDutySlots(query: DutySlotQuery) {
  const api = useApi()
  return useQuery({
    queryKey: dutyKeys.list({ slots: query }),
    queryFn: () => unwrap(api.GET('/api/duty/slots', { params: { query } })),
    ...listMode(),
  })
}

/** GET /api/duty/rules for one venue, while one is chosen. */
export function useDutyRules(venueId: string | undefined) {
  const api = useApi()
  return useQuery({
    queryKey: dutyKeys.list({ rules: venueId }),
    enabled: Boolean(venueId),
    queryFn: () => unwrap(api.GET('/api/duty/rules', { params: { query: { venueId } } })),
  })
}

export type SlotAction = 'cancel' | 'restore' | 'swap'

/** POST /api/duty/slots/{id}/{action}: cancel with a reason, restore, or swap a deputy. */
export function useSlotAction() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      id,
      action,
      body,
    }: {
      id: string
      action: SlotAction
      body: { version?: number; note?: string; outDeputyId?: string; inDeputyId?: string }
    }) => unwrap(api.POST('/api/duty/slots/{id}/{action}', { params: { path: { id, action } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: dutyKeys.all }),
  })
}

/** POST /api/duty/rules (new) or PUT /api/duty/rules/{id} (with its version). */
export function useSaveRule() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: DutyRuleBody }) => {
      if (!id) return unwrap(api.POST('/api/duty/rules', { body }))
      const { venueId: _venue, ...rest } = body
      return unwrap(
        api.PUT('/api/duty/rules/{id}', { params: { path: { id } }, body: { ...rest, version: version! } }),
      )
    },
    onSuccess: () => client.invalidateQueries({ queryKey: dutyKeys.all }),
  })
}

/** POST /api/duty/rules/{id}/retire. */
export function useRetireRule() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(api.POST('/api/duty/rules/{id}/retire', { params: { path: { id } }, body: { version } })),
    onSuccess: () => client.invalidateQueries({ queryKey: dutyKeys.all }),
  })
}
