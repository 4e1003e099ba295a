import { type SqlBool, sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { Tier } from '../../db/types.ts'
import type { OfficeHoursText } from '../../platform/office-hours.ts'

export type OverrideKind = 'workday' | 'holiday'

/** The overrides between two days (inclusive), by day (YYYY-MM-DD). */
export async function overridesBetween(db: Db, from: string, to: string) {
  const rows = await db
    .selectFrom('calendar_overrides')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'kind', 'note'])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute()
  return new Map(rows.map((r) => [r.day, r]))
}

export async function overrideOf(db: Db, day: string) {
  return db
    .selectFrom('calendar_overrides')
    .select(['kind', 'note'])
    .where('day', '=', day)
    .executeTakeFirst()
}

export async function saveOverride(
  db: Db,
  override: { day: string; kind: OverrideKind; note: string; updatedBy: string },
): Promise<void> {
  const { day, kind, note, updatedBy } = override
  await db
    .insertInto('calendar_overrides')
    .values({ day, kind, note, updated_by: updatedBy, updated_at: new Date() })
    .onConflict((oc) =>
      oc.column('day').doUpdateSet({ kind, note, updated_by: updatedBy, updated_at: new Date() }),
    )
    .execute()
}

/** Removes the day's override; answers what it was, or undefined when there was none. */
export async function deleteOverride(db: Db, day: string) {
  return db
    .deleteFrom('calendar_overrides')
    .where('day', '=', day)
    .returning(['kind', 'note'])
    .executeTakeFirst()
}

/** The time limits: the default first, then per tier, each with its categories. */
export async function listTimeLimits(db: Db) {
  return db
    .selectFrom('time_limits as t')
    .leftJoin('categories as c', 'c.code', 't.category_code')
    .select([
      't.tier',
      't.category_code',
      'c.name as category_name',
      't.completion_working_days',
      't.max_extension_working_days',
      't.escalate_after_working_days',
      't.rating_window_days',
    ])
    .orderBy(sql`CASE t.tier WHEN 'default' THEN 0 WHEN 'town' THEN 1 WHEN 'county' THEN 2 ELSE 3 END`)
    .orderBy('t.category_code')
    .execute()
}

export type TimeLimitRow = Awaited<ReturnType<typeof listTimeLimits>>[number]

export async function categoryExists(db: Db, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('categories').select('code').where('code', '=', code).executeTakeFirst())
}

export interface TimeLimitValues {
  completion_working_days: number
  max_extension_working_days: number
  escalate_after_working_days: number
  rating_window_days: number
}

/** The time limits of a tier ('' for every category); undefined when not set. */
export async function timeLimitOf(db: Db, tier: 'default' | Tier, category: string) {
  return db
    .selectFrom('time_limits')
    .selectAll()
    .where('tier', '=', tier)
    .where('category_code', '=', category)
    .executeTakeFirst()
}

export async function saveTimeLimit(
  db: Db,
  tier: 'default' | Tier,
  category: string,
  values: TimeLimitValues,
): Promise<void> {
  await db
    .insertInto('time_limits')
    .values({ tier, category_code: category, ...values })
    .onConflict((oc) => oc.columns(['tier', 'category_code']).doUpdateSet(values))
    .execute()
}

/** The year's entered notice (title, who, when), or undefined. */
export async function noticeOf(db: Db, year: number) {
  return db
    .selectFrom('calendar_notices as n')
    .leftJoin('users as u', 'u.id', 'n.entered_by')
    .select(['n.title', 'n.entered_at', 'u.display_name as entered_by'])
    .where('n.year', '=', year)
    .executeTakeFirst()
}

export interface NoticeDayValues {
  day: string
  kind: 'holiday' | 'makeup'
  name_zh: string
  name_en: string
}

/** Replaces the year's notice and its days. */
export async function saveNotice(
  db: Db,
  notice: { year: number; title: string; enteredBy: string; days: NoticeDayValues[] },
): Promise<void> {
  const { year, title, enteredBy, days } = notice
  const values = { title, entered_by: enteredBy, entered_at: new Date() }
  await db
    .insertInto('calendar_notices')
    .values({ year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute()
  await db.deleteFrom('calendar_notice_days').where('year', '=', year).execute()
  await db
    .insertInto('calendar_notice_days')
    .values(days.map((d) => ({ ...d, year })))
    .execute()
}

export async function officeHoursOf(db: Db, countyCode: string) {
  return db
    .selectFrom('county_settings')
    .select(['office_hours', 'updated_at'])
    .where('county_code', '=', countyCode)
    .executeTakeFirst()
}

export async function saveOfficeHours(
  db: Db,
  countyCode: string,
  hours: OfficeHoursText,
  updatedBy: string | null,
): Promise<void> {
  const values = { office_hours: JSON.stringify(hours), updated_by: updatedBy, updated_at: new Date() }
  await db
    .insertInto('county_settings')
    .values({ county_code: countyCode, ...values })
    .onConflict((oc) => oc.column('county_code').doUpdateSet(values))
    .execute()
}

/** The active county admins, whom calendar reminders go to. */
export async function countyAdmins(db: Db, countyCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select('u.id')
    .distinct()
    .where('u.county_code', '=', countyCode)
    .where('u.active', '=', true)
    .where('r.role', '=', 'county_admin')
    .execute()
  return rows.map((r) => r.id)
}

/** The kind of the in-app reminder to enter a year's notice (its payload names the year). */
export const NOTICE_DUE = 'calendar.notice_due'

/** When admins were last reminded of the year's notice. */
export async function lastReminder(db: Db, countyCode: string, year: number): Promise<Date | null> {
  const row = await db
    .selectFrom('notifications')
    .select(sql<Date | null>`max((payload->>'at')::timestamptz)`.as('at'))
    .where('county_code', '=', countyCode)
    .where('kind', '=', NOTICE_DUE)
    .where(sql<SqlBool>`payload->>'year' = ${String(year)}`)
    .executeTakeFirst()
  return row?.at ? new Date(row.at) : null
}
