import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import { api } from '../api'

export const dutyKeys = queryKeys('duty-schedule')

/** GET /api/public/duty-schedule: who receives citizens where and when, in a range of days. */
export function useDutySchedule(range: { from: string; to: string; townCode?: string; venueId?: string }) {
  return useQuery({
    queryKey: dutyKeys.list(range),
    queryFn: () => unwrap(api.GET('/api/public/duty-schedule', { params: { query: range } })),
  })
}
