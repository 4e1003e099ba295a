import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { NoticeBody, OfficeHours, OverrideKind, PutBody } from '../../shared/api/types'
import { useApi } from '../auth'
import { yearBounds } from './days'

export const calendarKeys = queryKeys('calendar')
export const settingsKeys = queryKeys('settings')
export const timeLimitKeys = queryKeys('time-limits')
/** Open items' deadlines follow the calendar: a change recomputes them, so the queue is read again. */
const suggestionKeys = queryKeys('suggestions')

/** GET /api/calendar/years/{year}: the year's status, notice and holidays. */
export function useCalendarYear(year: number) {
  const api = useApi()
  return useQuery({
    queryKey: calendarKeys.detail(String(year)),
    queryFn: () => unwrap(api.GET('/api/calendar/years/{year}', { params: { path: { year } } })),
  })
}

/** GET /api/calendar for every day of a year (at most 366, one page). */
export function useCalendarDays(year: number) {
  const api = useApi()
  const query = { ...yearBounds(year), limit: 500, offset: 0 }
  return useQuery({
    queryKey: calendarKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/calendar', { params: { query } })),
  })
}

function useCalendarChanged() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
      queryClient.invalidateQueries({ queryKey: suggestionKeys.all }),
    ])
}

/** PUT /api/calendar/notices/{year}: the State Council's notice, one row per day. */
export function useSaveNotice(year: number) {
  const api = useApi()
  const onSuccess = useCalendarChanged()
  return useMutation({
    mutationFn: (body: NoticeBody) =>
      unwrap(api.PUT('/api/calendar/notices/{year}', { params: { path: { year } }, body })),
    onSuccess,
  })
}

/** PUT /api/calendar/overrides/{day}: the county's own correction of a day. */
export function useSetOverride() {
  const api = useApi()
  const onSuccess = useCalendarChanged()
  return useMutation({
    mutationFn: ({ day, kind, note }: { day: string; kind: OverrideKind; note: string }) =>
      unwrap(api.PUT('/api/calendar/overrides/{day}', { params: { path: { day } }, body: { kind, note } })),
    onSuccess,
  })
}

/** DELETE /api/calendar/overrides/{day}: the day follows the statutory calendar again. */
export function useDeleteOverride() {
  const api = useApi()
  const onSuccess = useCalendarChanged()
  return useMutation({
    mutationFn: (day: string) =>
      unwrap(api.DELETE('/api/calendar/overrides/{day}', { params: { path: { day } } })),
    onSuccess,
  })
}

/** GET /api/settings/office-hours. */
export function useOfficeHours() {
  const api = useApi()
  return useQuery({
    queryKey: settingsKeys.detail('office-hours'),
    queryFn: () => unwrap(api.GET('/api/settings/office-hours')),
  })
}

/** PUT /api/settings/office-hours: the answer is the canonical text, put straight into the cache. */
export function useSaveOfficeHours() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PutBody<'/api/settings/office-hours'>) =>
      unwrap(api.PUT('/api/settings/office-hours', { body })),
    onSuccess: (saved: OfficeHours) => queryClient.setQueryData(settingsKeys.detail('office-hours'), saved),
  })
}

/** GET /api/time-limits: every row (a handful). */
export function useTimeLimits() {
  const api = useApi()
  const query = { limit: 500, offset: 0 }
  return useQuery({
    queryKey: timeLimitKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/time-limits', { params: { query } })),
  })
}

export type TimeLimitBody = PutBody<'/api/time-limits'>

/** PUT /api/time-limits: the limits of a tier, optionally for one category (county admins). */
export function useSaveTimeLimit() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TimeLimitBody) => unwrap(api.PUT('/api/time-limits', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timeLimitKeys.all }),
  })
}
