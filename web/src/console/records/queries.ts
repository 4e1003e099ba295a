import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { Query, RecordEntryBody } from '../../shared/api/types'
import { useApi } from '../auth'
import { listMode } from '../components/listMode'

export const recordKeys = queryKeys('deputy-records')

/** GET /api/deputies/{id}/record: one deputy's indicators and entries of a year. */
export function useDeputyRecord(id: string | undefined, year: number) {
  const api = useApi()
  return useQuery({
    queryKey: recordKeys.detail(id, { year }),
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(api.GET('/api/deputies/{id}/record', { params: { path: { id: id! }, query: { year } } })),
  })
}

export type DeputyRecordQuery = Query<'/api/deputy-records'>

/** GET /api/deputy-records: the records of the deputies in my scope, a page at a time. */
export function useDeputyRecords(query: DeputyRecordQuery) {
  const api = useApi()
  return useQuery({
    queryKey: recordKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/deputy-records', { params: { query } })),
    ...listMode(),
  })
}

/** POST /api/deputies/{id}/record/entries (new) or PUT /api/deputy-record-entries/{id} (with its version). */
export function useSaveEntry() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({
      deputyId,
      id,
      version,
      body,
    }: {
      deputyId: string
      id?: string
      version?: number
      body: RecordEntryBody
    }) =>
      id
        ? unwrap(
            api.PUT('/api/deputy-record-entries/{id}', {
              params: { path: { id } },
              body: { ...body, version: version! },
            }),
          )
        : unwrap(api.POST('/api/deputies/{id}/record/entries', { params: { path: { id: deputyId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: recordKeys.all }),
  })
}

/** POST /api/deputy-record-entries/{id}/retire. */
export function useRetireEntry() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.POST('/api/deputy-record-entries/{id}/retire', { params: { path: { id } }, body: { version } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: recordKeys.all }),
  })
}
