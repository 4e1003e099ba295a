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

/** GET /api/public/rounds: the mobile rounds (流动巡诊) of the same days, with their stops. */
export function usePublicRounds(range: { from: string; to: string; townCode?: string }) {
  return useQuery({
    queryKey: dutyKeys.list({ rounds: range }),
    queryFn: () => unwrap(api.GET('/api/public/rounds', { params: { query: range } })),
  })
}
