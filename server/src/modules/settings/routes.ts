import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import chineseDays from 'chinese-days'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { Tier } from '../../db/types.ts'
import { ROLES, requireRole } from '../../platform/access.ts'
import { invalidateCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { invalidField, notFound } from '../../platform/errors.ts'
import { errorResponses, Nullable, Ok, Page } from '../../platform/schemas.ts'

/**
 * Settings county admins keep: the working-day calendar (statutory holidays and 调休 from chinese-days, corrected
 * by overrides; the State Council publishes next year's calendar around November, before chinese-days has it)
 * and the time limits per tier and category. Any staff may read them; every change is audited.
 *
 * A calendar change takes effect on this node at once and on other nodes within a minute (their cache).
 * Deadlines already set are not recomputed: the calendar applies to deadlines computed after the change.
 */

const DAY_MS = 86_400_000
const MAX_RANGE_DAYS = 400

const Day = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'YYYY-MM-DD (China Standard Time)',
})

const CalendarDay = Type.Object({
  day: Type.String(),
  workday: Type.Boolean(),
  source: Type.Union([Type.Literal('statutory'), Type.Literal('override')]),
  name: Type.Optional(Type.String({ description: 'Holiday or make-up day name, or the override note' })),
})

const OverrideBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('workday'), Type.Literal('holiday')]),
    note: Type.String({ maxLength: 100 }),
  },
  { additionalProperties: false },
)

const TierSchema = Type.Union([
  Type.Literal('default'),
  Type.Literal('town'),
  Type.Literal('county'),
  Type.Literal('proposal'),
])

const TimeLimit = Type.Object({
  tier: TierSchema,
  category: Nullable(Type.String()),
  categoryName: Nullable(Type.String()),
  completionWorkingDays: Type.Integer(),
  maxExtensionWorkingDays: Type.Integer(),
  escalateAfterWorkingDays: Type.Integer(),
  ratingWindowDays: Type.Integer(),
})

const TimeLimitBody = Type.Object(
  {
    tier: TierSchema,
    category: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40 }))),
    completionWorkingDays: Type.Integer({ minimum: 1, maximum: 365 }),
    maxExtensionWorkingDays: Type.Integer({ minimum: 0, maximum: 365 }),
    escalateAfterWorkingDays: Type.Integer({ minimum: 0, maximum: 365 }),
    ratingWindowDays: Type.Integer({ minimum: 1, maximum: 90 }),
  },
  { additionalProperties: false },
)

/** A real calendar day (2026-02-30 is not), or a 400 naming the field. */
function parseDay(text: string, field: string): number {
  const t = Date.parse(`${text}T00:00:00Z`)
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== text) {
    throw invalidField(field, { zh: `${field} 不是有效日期`, en: `${field} is not a valid date` })
  }
  return t
}

const dayText = (t: number) => new Date(t).toISOString().slice(0, 10)

/** chinese-days names a holiday or make-up day "National Day,国庆节,3"; ordinary days get their weekday. */
function statutoryName(day: string, workday: boolean): string | undefined {
  const detail = chineseDays.getDayDetail(day) as { name?: string } | undefined
  const parts = detail?.name?.split(',') ?? []
  if (parts.length < 2 || !parts[1]) return undefined
  return workday ? `${parts[1]}调休上班` : parts[1]
}

async function overridesBetween(db: Db, from: string, to: string) {
  const rows = await db
    .selectFrom('calendar_overrides')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'kind', 'note'])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .execute()
  return new Map(rows.map((r) => [r.day, r]))
}

function presentDay(day: string, override: { kind: 'workday' | 'holiday'; note: string } | undefined) {
  if (override) {
    return {
      day,
      workday: override.kind === 'workday',
      source: 'override' as const,
      ...(override.note ? { name: override.note } : {}),
    }
  }
  const workday = chineseDays.isWorkday(day)
  const name = statutoryName(day, workday)
  return { day, workday, source: 'statutory' as const, ...(name ? { name } : {}) }
}

async function listTimeLimits(db: Db) {
  const rows = await db
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
  return rows.map((r) => ({
    tier: r.tier,
    category: r.category_code || null,
    categoryName: r.category_name ?? null,
    completionWorkingDays: r.completion_working_days,
    maxExtensionWorkingDays: r.max_extension_working_days,
    escalateAfterWorkingDays: r.escalate_after_working_days,
    ratingWindowDays: r.rating_window_days,
  }))
}

export async function settingsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx

  app.get(
    '/api/calendar',
    {
      schema: {
        tags: ['settings'],
        summary: 'Working-day calendar for a range of days (at most 400) · 工作日历',
        querystring: Type.Object({ from: Day, to: Day }, { additionalProperties: false }),
        response: { 200: Page(CalendarDay), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ...ROLES)
      const from = parseDay(request.query.from, 'query.from')
      const to = parseDay(request.query.to, 'query.to')
      if (to < from)
        throw invalidField('query.to', { zh: '结束日期不能早于开始日期', en: 'to must not be before from' })
      const days = Math.round((to - from) / DAY_MS) + 1
      if (days > MAX_RANGE_DAYS)
        throw invalidField('query.to', {
          zh: `一次最多查询 ${MAX_RANGE_DAYS} 天`,
          en: `At most ${MAX_RANGE_DAYS} days at a time`,
        })
      const overrides = await overridesBetween(db, request.query.from, request.query.to)
      const items = []
      for (let i = 0; i < days; i++) {
        const day = dayText(from + i * DAY_MS)
        items.push(presentDay(day, overrides.get(day)))
      }
      return { items, total: items.length }
    },
  )

  app.put(
    '/api/calendar/overrides/:day',
    {
      schema: {
        tags: ['settings'],
        summary: 'Set a day as a working day or a day off (county admins) · 设置调休/节假日',
        params: Type.Object({ day: Day }, { additionalProperties: false }),
        body: OverrideBody,
        response: { 200: CalendarDay, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'county_admin')
      const { day } = request.params
      parseDay(day, 'path.day')
      const note = request.body.note.trim()
      const { kind } = request.body
      await command(request, async (trx, audit) => {
        const before = await trx
          .selectFrom('calendar_overrides')
          .select(['kind', 'note'])
          .where('day', '=', day)
          .executeTakeFirst()
        await trx
          .insertInto('calendar_overrides')
          .values({ day, kind, note, updated_by: principal.userId, updated_at: new Date() })
          .onConflict((oc) =>
            oc
              .column('day')
              .doUpdateSet({ kind, note, updated_by: principal.userId, updated_at: new Date() }),
          )
          .execute()
        await audit({
          action: 'calendar.override.set',
          targetType: 'calendar_day',
          targetId: day,
          detail: { before: before ?? null, after: { kind, note } },
        })
      })
      invalidateCalendar()
      return presentDay(day, { kind, note })
    },
  )

  app.delete(
    '/api/calendar/overrides/:day',
    {
      schema: {
        tags: ['settings'],
        summary: 'Remove an override: the statutory calendar applies again (county admins)',
        params: Type.Object({ day: Day }, { additionalProperties: false }),
        response: { 200: Ok, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireRole(request, 'county_admin')
      const { day } = request.params
      parseDay(day, 'path.day')
      await command(request, async (trx, audit) => {
        const removed = await trx
          .deleteFrom('calendar_overrides')
          .where('day', '=', day)
          .returning(['kind', 'note'])
          .executeTakeFirst()
        if (!removed) throw notFound({ zh: '该日的调整', en: 'override for that day' })
        await audit({
          action: 'calendar.override.delete',
          targetType: 'calendar_day',
          targetId: day,
          detail: { before: removed },
        })
      })
      invalidateCalendar()
      return { ok: true as const }
    },
  )

  app.get(
    '/api/time-limits',
    {
      schema: {
        tags: ['settings'],
        summary: 'Time limits per tier and category · 办理时限',
        response: { 200: Page(TimeLimit), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ...ROLES)
      const items = await listTimeLimits(db)
      return { items, total: items.length }
    },
  )

  app.put(
    '/api/time-limits',
    {
      schema: {
        tags: ['settings'],
        summary: 'Set the time limits of a tier, optionally for one category (county admins)',
        body: TimeLimitBody,
        response: { 200: TimeLimit, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, 'county_admin')
      const b = request.body
      const category = b.category ?? ''
      const tier = b.tier as 'default' | Tier
      await command(request, async (trx, audit) => {
        if (category) {
          const known = await trx
            .selectFrom('categories')
            .select('code')
            .where('code', '=', category)
            .executeTakeFirst()
          if (!known) throw invalidField('body.category', { zh: '类别不存在', en: 'Unknown category' })
        }
        const values = {
          completion_working_days: b.completionWorkingDays,
          max_extension_working_days: b.maxExtensionWorkingDays,
          escalate_after_working_days: b.escalateAfterWorkingDays,
          rating_window_days: b.ratingWindowDays,
        }
        const before = await trx
          .selectFrom('time_limits')
          .selectAll()
          .where('tier', '=', tier)
          .where('category_code', '=', category)
          .executeTakeFirst()
        await trx
          .insertInto('time_limits')
          .values({ tier, category_code: category, ...values })
          .onConflict((oc) => oc.columns(['tier', 'category_code']).doUpdateSet(values))
          .execute()
        await audit({
          action: 'time_limits.set',
          targetType: 'time_limits',
          targetId: category ? `${tier}/${category}` : tier,
          detail: { before: before ?? null, after: values },
        })
      })
      const items = await listTimeLimits(db)
      return items.find((i) => i.tier === tier && (i.category ?? '') === category)!
    },
  )
}
