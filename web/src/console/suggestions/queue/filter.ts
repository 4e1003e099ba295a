import type { Channel, SuggestionStatus, Tier } from '../../../shared/api/types'
import { countyDayStart } from '../../../shared/time'
import { ALL_STATUSES } from '../common'
import type { QueueQuery } from '../queries'

/** The queue's filters, kept in the address (see useListParams). */
export const QUEUE_FILTERS = [
  'status',
  'channel',
  'tier',
  'regionCode',
  'category',
  'overdue',
  'attention',
  'q',
  'from',
  'to',
] as const
export type QueueFilter = (typeof QUEUE_FILTERS)[number]
export type QueueFilterValues = Record<QueueFilter, string | undefined>

/**
 * The statuses to list: no status in the address means what the user's role works on (`roleDefault`, null when
 * the role has no default), "all" means every status.
 */
export function queueStatuses(
  status: string | undefined,
  roleDefault: SuggestionStatus[] | null,
): SuggestionStatus[] | undefined {
  if (status === 'all') return undefined
  if (!status) return roleDefault ?? undefined
  return status.split(',').filter((s): s is SuggestionStatus => ALL_STATUSES.includes(s as SuggestionStatus))
}

/** The API query of the filters on screen (without paging); dates are whole county days. */
export function queueQuery(f: QueueFilterValues, statuses: SuggestionStatus[] | undefined): QueueQuery {
  return {
    status: statuses,
    channel: f.channel as Channel | undefined,
    tier: f.tier as Tier | undefined,
    regionCode: f.regionCode,
    category: f.category,
    overdue: f.overdue === 'true' ? true : f.overdue === 'false' ? false : undefined,
    highAttention: f.attention === 'high' ? true : undefined,
    sort: f.attention === 'most' ? 'support' : undefined,
    q: f.q,
    from: f.from ? countyDayStart(f.from) : undefined,
    to: f.to ? countyDayStart(f.to, 1) : undefined,
  }
}

/** The 导出 Excel link of exactly the list on screen. */
export function queueExportHref(query: QueueQuery): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue
    if (Array.isArray(v)) for (const s of v) params.append(k, s)
    else params.set(k, String(v))
  }
  return `/api/export/suggestions${params.size ? `?${params}` : ''}`
}
