import { type SqlBool, sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { Channel, SuggestionStatus, Tier } from '../../../db/types.ts'
import type { Principal } from '../../../platform/access.ts'
import { fetchPage } from '../../../platform/paging.ts'
import { words } from '../../../platform/text.ts'
import { statusIn } from '../../../platform/workflow.ts'
import { highAttentionSql, supportCountSql } from '../../supports/repo.ts'
import { visibleTo } from '../policy.ts'
import { HANDLING, SAME_DAY } from '../workflow.ts'

/** Overdue now: a same-day step missed before assignment, or the completion deadline passed while handled. */
export const overdueSql = (now: Date) =>
  sql<boolean>`((${statusIn('s.status', SAME_DAY)} AND s.same_day_due_at < ${now})
    OR (${statusIn('s.status', HANDLING)} AND s.due_at < ${now}))`

export interface QueueFilter {
  status?: SuggestionStatus[]
  channel?: Channel
  tier?: Tier
  regionCode?: string
  unitId?: string
  deputyId?: string
  venueId?: string
  category?: string
  overdue?: boolean
  /** Items whose support (附议) has reached the county's threshold (关注度高), or not. */
  highAttention?: boolean
  /** `support`: the most supported first (else overdue first, then newest). */
  sort?: 'support'
  q?: string
  from?: string
  to?: string
  limit?: number
  offset?: number
}

/** What a tracking code looks like (DQ + the day + a random tail): searched for exactly, whatever the filters. */
const TRACKING_CODE = /^[A-Z]{2}\d{6}[0-9A-Z]{4,16}$/

const scopedQueue = (db: Db, principal: Principal) =>
  db.selectFrom('suggestions as s').where(visibleTo(principal))
type Queue = ReturnType<typeof scopedQueue>

/** The queue's filters on the caller's scope. */
function filtered(scoped: Queue, filter: QueueFilter, now: Date): Queue {
  let base = scoped
  if (filter.status?.length) base = base.where('s.status', 'in', filter.status)
  if (filter.channel) base = base.where('s.channel', '=', filter.channel)
  if (filter.tier) base = base.where('s.tier', '=', filter.tier)
  if (filter.regionCode) {
    const code = filter.regionCode
    base = base.where((eb) => eb.or([eb('s.region_code', '=', code), eb('s.town_code', '=', code)]))
  }
  if (filter.unitId) {
    const unitId = filter.unitId
    base = base.where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM suggestion_units su WHERE su.suggestion_id = s.id AND su.unit_id = ${unitId} AND su.active)`,
    )
  }
  if (filter.deputyId) base = base.where('s.deputy_id', '=', filter.deputyId)
  if (filter.venueId) base = base.where('s.venue_id', '=', filter.venueId)
  if (filter.category) base = base.where('s.category_code', '=', filter.category)
  if (filter.overdue !== undefined) {
    base = filter.overdue ? base.where(overdueSql(now)) : base.where(sql<SqlBool>`NOT ${overdueSql(now)}`)
  }
  if (filter.highAttention !== undefined)
    base = filter.highAttention
      ? base.where(highAttentionSql('s'))
      : base.where(sql<SqlBool>`NOT ${highAttentionSql('s')}`)
  if (filter.q) {
    const terms = words(filter.q)
    const code = filter.q.trim().toUpperCase()
    if (terms.length) {
      base = base.where((eb) =>
        eb.or([
          sql<SqlBool>`to_tsvector('simple', s.search_text) @@ plainto_tsquery('simple', ${terms.join(' ')})`,
          eb('s.tracking_code', '=', code),
        ]),
      )
    } else base = base.where('s.tracking_code', '=', code)
  }
  if (filter.from) base = base.where('s.received_at', '>=', new Date(filter.from))
  if (filter.to) base = base.where('s.received_at', '<', new Date(filter.to))
  return base
}

/**
 * The caller's queue: items in their scope, filtered, overdue first, newest first. A query that is a tracking code
 * finds that item (in scope) whatever the other filters say: a clerk with a citizen on the phone types the code.
 */
export async function listQueue(db: Db, principal: Principal, filter: QueueFilter, now = new Date()) {
  const scoped = scopedQueue(db, principal)
  const code = filter.q?.trim().toUpperCase()
  const base =
    code && TRACKING_CODE.test(code)
      ? scoped.where('s.tracking_code', '=', code)
      : filtered(scoped, filter, now)
  const { rows, total } = await fetchPage(
    base,
    (q) => {
      const ordered = filter.sort === 'support' ? q.orderBy(sql`${supportCountSql('s')} DESC`) : q
      return ordered
        .innerJoin('regions as r', 'r.code', 's.region_code')
        .leftJoin('regions as t', 't.code', 's.town_code')
        .leftJoin('units as u', 'u.id', 's.lead_unit_id')
        .leftJoin('categories as c', 'c.code', 's.category_code')
        .select([
          's.id',
          's.tracking_code',
          's.status',
          's.channel',
          's.tier',
          's.region_code',
          'r.name as region_name',
          'r.name_en as region_name_en',
          's.town_code',
          't.name as town_name',
          't.name_en as town_name_en',
          's.category_code',
          'c.name as category_name',
          'c.name_en as category_name_en',
          's.content',
          's.received_at',
          's.same_day_due_at',
          's.due_at',
          's.lead_unit_id',
          'u.name as lead_unit_name',
          's.contact_phone_masked',
          's.urge_count',
          's.escalated_at',
          's.extension_requested_days',
          's.merged_into_id',
          's.version',
          's.venue_id',
          's.deputy_id',
        ])
        .select(overdueSql(now).as('overdue'))
        .select([supportCountSql('s').as('support_count'), highAttentionSql('s').as('high_attention')])
        .orderBy(sql`${overdueSql(now)} DESC`)
        .orderBy('s.received_at', 'desc')
    },
    filter,
  )
  return { rows: rows as ListRow[], total }
}

export type ListRow = {
  id: string
  tracking_code: string
  status: SuggestionStatus
  channel: Channel
  tier: Tier | null
  region_code: string
  region_name: string
  region_name_en: string | null
  town_code: string | null
  town_name: string | null
  town_name_en: string | null
  category_code: string | null
  category_name: string | null
  category_name_en: string | null
  content: string
  received_at: Date
  same_day_due_at: Date
  due_at: Date | null
  lead_unit_id: string | null
  lead_unit_name: string | null
  contact_phone_masked: string | null
  urge_count: number
  escalated_at: Date | null
  extension_requested_days: number | null
  merged_into_id: string | null
  version: number
  venue_id: string | null
  deputy_id: string | null
  overdue: boolean
  support_count: number
  high_attention: boolean
}
