import { type SqlBool, sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { Principal } from '../../platform/access.ts'
import { cstDay, type WorkCalendar } from '../../platform/calendar.ts'
import { invalidField, notFound } from '../../platform/errors.ts'
import { addDays } from '../../platform/holidays.ts'
import { allowedActions } from '../../platform/workflow.ts'
import { minutesOf } from './occurrences.ts'
import { dutyPolicy } from './policy.ts'
import { presentSlot } from './present.ts'
import { deputiesOfSlots, listSlots, nextSlots, type SlotRow, syncRuleSlots } from './repo.ts'
import { DUTY_SLOT_TRANSITIONS } from './workflow.ts'

/** How far ahead a rule's slots are placed (the horizon job keeps it there day by day). */
export const HORIZON_DAYS = 120
/** The longest range one schedule request may cover. */
export const MAX_RANGE_DAYS = 93

export const DUTY_ENTITY = { zh: '排班', en: 'duty schedule' }
export const VENUE_ENTITY = { zh: '联络阵地', en: 'venue' }

/** Places a rule's slots from today to the horizon (after a create, an edit, a retirement). */
export function syncAhead(trx: Db, ruleId: string, calendar: WorkCalendar, now: Date) {
  const today = cstDay(now)
  return syncRuleSlots(trx, ruleId, calendar, { from: today, to: addDays(today, HORIZON_DAYS), today })
}

/** Checks what the schemas cannot: the recurrence's own field, the times' order, the validity's order. */
export function checkRule(body: {
  kind: 'monthly' | 'weekly'
  dayOfMonth?: number | null
  weekday?: number | null
  startsAt: string
  endsAt: string
  validFrom: string
  validUntil?: string | null
}) {
  if (body.kind === 'monthly' && !body.dayOfMonth)
    throw invalidField('body.dayOfMonth', {
      zh: '按月排班请填写日期（1–31）',
      en: 'A monthly rule needs its day (1–31)',
    })
  if (body.kind === 'weekly' && !body.weekday)
    throw invalidField('body.weekday', { zh: '按周排班请选择星期几', en: 'A weekly rule needs its weekday' })
  if (minutesOf(body.endsAt) <= minutesOf(body.startsAt))
    throw invalidField('body.endsAt', { zh: '结束时间须晚于开始时间', en: 'The end must be after the start' })
  if (body.validUntil && body.validUntil < body.validFrom)
    throw invalidField('body.validUntil', {
      zh: '截止日期不能早于开始日期',
      en: 'The end date is before the start date',
    })
  return {
    dayOfMonth: body.kind === 'monthly' ? (body.dayOfMonth ?? null) : null,
    weekday: body.kind === 'weekly' ? (body.weekday ?? null) : null,
  }
}

/** Checks a schedule request's range: from ≤ to, at most MAX_RANGE_DAYS. */
export function checkRange(q: { from: string; to: string }) {
  if (q.to < q.from)
    throw invalidField('query.to', { zh: '结束日期不能早于开始日期', en: 'to is before from' })
  if (addDays(q.from, MAX_RANGE_DAYS) < q.to)
    throw invalidField('query.to', {
      zh: `一次最多查询 ${MAX_RANGE_DAYS} 天`,
      en: `A schedule covers at most ${MAX_RANGE_DAYS} days`,
    })
}

/**
 * The caller's duty in the coming two weeks (their workspace): a deputy's own slots, and the slots of the venue
 * a station's staff keep; empty for other roles.
 */
export async function upcomingDutyOf(db: Db, principal: Principal, now: Date, limit = 5) {
  const today = cstDay(now)
  const to = addDays(today, 14)
  const venues = principal.grants
    .filter((g) => g.role === 'station_staff' && g.venueId)
    .map((g) => g.venueId!)
  const isDeputy = principal.deputyId !== null && principal.grants.some((g) => g.role === 'deputy')
  if (!isDeputy && venues.length === 0) return []
  const everywhereInCounty = sql<SqlBool>`true`
  const rows = [
    ...(isDeputy
      ? await listSlots(db, everywhereInCounty, { from: today, to, deputyId: principal.deputyId! })
      : []),
    ...(
      await Promise.all(
        venues.map((venueId) => listSlots(db, everywhereInCounty, { from: today, to, venueId })),
      )
    ).flat(),
  ]
  const seen = new Set<string>()
  const upcoming = rows
    .filter((r) => r.status === 'scheduled' && new Date(r.ends_at) > now && !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
    .slice(0, limit)
  return presentSlots(db, upcoming)
}

/** The next duty of each venue or deputy within 60 days, keyed by venue or deputy id (public pages, posters). */
export async function nextDutyOf(
  db: Db,
  by: { venueIds?: string[]; deputyIds?: string[] },
  now = new Date(),
) {
  const rows = await nextSlots(db, by, now, addDays(cstDay(now), 60))
  const slots = await presentSlots(db, rows)
  return new Map(rows.map((r, i) => [r.for_id, slots[i]!]))
}

/** Slots with their deputies, for the public (names only). */
export async function presentSlots(db: Db, rows: SlotRow[]) {
  const deputies = await deputiesOfSlots(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => presentSlot(r, deputies))
}

/** Slots for staff: with the version and the actions the caller may take on each. */
export async function presentStaffSlots(db: Db, principal: Principal, rows: SlotRow[]) {
  const slots = await presentSlots(db, rows)
  return slots.map((s, i) => {
    const row = rows[i]!
    const relations = dutyPolicy.relations(principal, row)
    return {
      ...s,
      version: row.version,
      manual: row.manual,
      allowedActions: allowedActions(DUTY_SLOT_TRANSITIONS, row.status, relations),
    }
  })
}

export const noSuchDeputy = (field: string) =>
  invalidField(field, {
    zh: '所选代表不存在或已离任',
    en: 'A chosen deputy does not exist or is no longer active',
  })

export { notFound }
