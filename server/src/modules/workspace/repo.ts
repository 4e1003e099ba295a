import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { Principal } from '../../platform/access.ts'
import { cstDay, cstInstant } from '../../platform/calendar.ts'
import { statusIn } from '../../platform/workflow.ts'
import { upcomingDutyOf } from '../duty/index.ts'
import { ANSWERED, HANDLING, OPEN, overdueSql, SAME_DAY } from '../suggestions/repo.ts'
import { STEPS, type Step } from './schema.ts'

/** How many waiting items the workspace lists (the queue has the rest). */
const WAITING_LIMIT = 8
const DAY_MS = 86_400_000

const or = (parts: Expression<SqlBool>[]) =>
  parts.length ? sql<SqlBool>`(${sql.join(parts, sql` OR `)})` : sql<SqlBool>`false`

/** The items for which the caller holds each relation to an item (platform policy, as SQL over `s`). */
function scopes(p: Principal, countyCode: string) {
  const intake: Expression<SqlBool>[] = []
  const manager: Expression<SqlBool>[] = []
  const lead: Expression<SqlBool>[] = []
  const follower: Expression<SqlBool>[] = []
  for (const g of p.grants) {
    if (g.role === 'county_admin' && g.regionCode === countyCode) {
      intake.push(sql<SqlBool>`s.county_code = ${countyCode}`)
      manager.push(sql<SqlBool>`s.county_code = ${countyCode}`)
    }
    if (g.role === 'town_staff' && g.regionCode) {
      intake.push(sql<SqlBool>`s.town_code = ${g.regionCode}`)
      manager.push(sql<SqlBool>`(s.town_code = ${g.regionCode} AND (s.tier IS NULL OR s.tier = 'town'))`)
    }
    if (g.role === 'station_staff' && g.venueId) {
      intake.push(sql<SqlBool>`s.venue_id = ${g.venueId}`)
      follower.push(sql<SqlBool>`s.venue_id = ${g.venueId}`)
    }
    if (g.role === 'deputy' && p.deputyId) {
      intake.push(sql<SqlBool>`s.deputy_id = ${p.deputyId}`)
      follower.push(sql<SqlBool>`s.deputy_id = ${p.deputyId}`)
    }
    if (g.role === 'unit_staff' && g.unitId) lead.push(sql<SqlBool>`s.lead_unit_id = ${g.unitId}`)
  }
  return { intake: or(intake), manager: or(manager), lead: or(lead), follower: or(follower) }
}

/** The step an item waits on the caller for, or null; the first that applies, in the order of the loop. */
function stepSql(p: Principal, countyCode: string, now: Date): RawBuilder<Step | null> {
  const s = scopes(p, countyCode)
  const is = (status: string) => sql<SqlBool>`s.status = ${status}`
  return sql<Step | null>`CASE
    WHEN ${is('submitted')} AND ${s.intake} THEN 'accept'
    WHEN ${is('accepted')} AND ${s.intake} THEN 'route'
    WHEN ${is('routed')} AND ${s.manager} THEN 'assign'
    WHEN ${is('assigned')} AND ${s.lead} THEN 'sign'
    WHEN ${statusIn('s.status', ['signed', 'in_progress'])} AND s.extension_requested_days IS NOT NULL
      AND ${s.manager} THEN 'decide_extension'
    WHEN ${statusIn('s.status', ['signed', 'in_progress'])} AND ${s.lead} THEN 'handle'
    WHEN ${is('replied')} AND ${s.manager} THEN 'review'
    WHEN ${is('reviewed')} AND ${s.manager} THEN 'send'
    WHEN ${statusIn('s.status', HANDLING)} AND ${overdueSql(now)} AND ${s.follower} THEN 'follow_up'
    END`
}

/** The clock an item runs on now: the same-day step before assignment, the completion deadline while handled. */
const clockSql = sql<Date | null>`CASE WHEN ${statusIn('s.status', SAME_DAY)} THEN s.same_day_due_at
  WHEN ${statusIn('s.status', HANDLING)} THEN s.due_at END`

const count = (condition: Expression<SqlBool>) => sql<string>`count(*) FILTER (WHERE ${condition})`
const n = (v: string | number | bigint | null | undefined) => Number(v ?? 0)

async function waitingOn(db: Db, p: Principal, countyCode: string, now: Date) {
  const steps = db
    .selectFrom('suggestions as s')
    .where('s.county_code', '=', countyCode)
    .select(['s.id', 's.tracking_code', 's.status', 's.content', 's.received_at'])
    .select(stepSql(p, countyCode, now).as('step'))
    .select(clockSql.as('due_at'))
    .select(overdueSql(now).as('overdue'))
    .as('w')
  const counts = await db
    .selectFrom(steps)
    .where('w.step', 'is not', null)
    .select(['w.step', sql<string>`count(*)`.as('count'), count(sql<SqlBool>`w.overdue`).as('overdue')])
    .groupBy('w.step')
    .execute()
  const rows = await db
    .selectFrom(steps)
    .where('w.step', 'is not', null)
    .selectAll()
    .orderBy(sql`w.overdue DESC`)
    .orderBy(sql`w.due_at ASC NULLS LAST`)
    .orderBy('w.received_at', 'asc')
    .limit(WAITING_LIMIT)
    .execute()
  return {
    steps: counts
      .map((c) => ({ step: c.step as Step, count: n(c.count), overdue: n(c.overdue) }))
      .sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step)),
    waiting: rows.map((r) => ({
      id: r.id,
      trackingCode: r.tracking_code,
      status: r.status,
      step: r.step as Step,
      content: r.content.length > 80 ? `${r.content.slice(0, 80)}…` : r.content,
      receivedAt: new Date(r.received_at).toISOString(),
      dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
      overdue: Boolean(r.overdue),
    })),
    waitingTotal: counts.reduce((sum, c) => sum + n(c.count), 0),
  }
}

async function deputyFigures(db: Db, p: Principal) {
  if (!p.deputyId || !p.grants.some((g) => g.role === 'deputy')) return null
  const r = await db
    .selectFrom('suggestions as s')
    .where('s.deputy_id', '=', p.deputyId)
    .select([
      sql<string>`count(*)`.as('received'),
      count(statusIn('s.status', OPEN)).as('open'),
      count(statusIn('s.status', ANSWERED)).as('resolved'),
      count(sql<SqlBool>`s.rating IS NOT NULL`).as('rated'),
      count(sql<SqlBool>`s.rating IN ('satisfied', 'basically_satisfied')`).as('satisfied'),
    ])
    .executeTakeFirstOrThrow()
  const followed = await db
    .selectFrom('suggestion_events as e')
    .where('e.actor_id', '=', p.userId)
    .where('e.action', 'in', ['urge', 'note'])
    .select(sql<string>`count(DISTINCT e.suggestion_id)`.as('n'))
    .executeTakeFirstOrThrow()
  return {
    received: n(r.received),
    open: n(r.open),
    followed: n(followed.n),
    resolved: n(r.resolved),
    rated: n(r.rated),
    satisfied: n(r.satisfied),
  }
}

async function venueFigures(db: Db, p: Principal, now: Date) {
  const venues = p.grants.flatMap((g) => (g.role === 'station_staff' && g.venueId ? [g.venueId] : []))
  if (!venues.length) return null
  const today = cstInstant(cstDay(now), 0)
  const r = await db
    .selectFrom('suggestions as s')
    .where('s.venue_id', 'in', venues)
    .select([
      count(sql<SqlBool>`s.received_at >= ${today}`).as('today'),
      count(statusIn('s.status', OPEN)).as('open'),
    ])
    .executeTakeFirstOrThrow()
  return { receivedToday: n(r.today), open: n(r.open) }
}

async function unitFigures(db: Db, p: Principal, now: Date) {
  const units = p.grants.flatMap((g) => (g.role === 'unit_staff' && g.unitId ? [g.unitId] : []))
  if (!units.length) return null
  const handling = statusIn('s.status', HANDLING)
  const soon = new Date(now.getTime() + 3 * DAY_MS)
  const r = await db
    .selectFrom('suggestions as s')
    .where('s.lead_unit_id', 'in', units)
    .select([
      count(handling).as('open'),
      count(sql<SqlBool>`${handling} AND s.due_at >= ${now} AND s.due_at < ${soon}`).as('soon'),
      count(sql<SqlBool>`${handling} AND s.extension_requested_days IS NOT NULL`).as('ext'),
      count(sql<SqlBool>`s.replied_at IS NOT NULL AND s.due_at IS NOT NULL`).as('replied'),
      count(sql<SqlBool>`s.replied_at IS NOT NULL AND s.due_at IS NOT NULL AND s.replied_at <= s.due_at`).as(
        'on_time',
      ),
    ])
    .executeTakeFirstOrThrow()
  const returns = await db
    .selectFrom('suggestion_events as e')
    .where('e.action', '=', 'return')
    .where(sql<SqlBool>`e.detail->>'unitId' IN (${sql.join(units)})`)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()
  return {
    open: n(r.open),
    dueSoon: n(r.soon),
    extensionsAsked: n(r.ext),
    returns: n(returns.n),
    replied: n(r.replied),
    onTime: n(r.on_time),
  }
}

async function managerFigures(db: Db, p: Principal, countyCode: string, now: Date) {
  const { manager } = scopes(p, countyCode)
  if (!p.grants.some((g) => g.role === 'county_admin' || g.role === 'town_staff')) return null
  const open = statusIn('s.status', OPEN)
  const r = await db
    .selectFrom('suggestions as s')
    .where('s.county_code', '=', countyCode)
    .where(manager)
    .select([
      count(open).as('open'),
      count(sql<SqlBool>`${open} AND ${overdueSql(now)}`).as('overdue'),
      count(sql<SqlBool>`${statusIn('s.status', HANDLING)} AND s.escalated_at IS NOT NULL`).as('escalated'),
    ])
    .executeTakeFirstOrThrow()
  return { open: n(r.open), overdue: n(r.overdue), escalated: n(r.escalated) }
}

/** The caller's workspace: every figure is of the items in their own scope. */
export async function workspaceOf(db: Db, p: Principal, countyCode: string, now: Date) {
  const [waiting, deputy, venue, unit, manager, duty] = await Promise.all([
    waitingOn(db, p, countyCode, now),
    deputyFigures(db, p),
    venueFigures(db, p, now),
    unitFigures(db, p, now),
    managerFigures(db, p, countyCode, now),
    upcomingDutyOf(db, p, now),
  ])
  return { ...waiting, deputy, venue, unit, manager, duty }
}
