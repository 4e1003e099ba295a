import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Tier } from '../../db/types.ts'
import { invalidateCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { invalidField, notFound } from '../../platform/errors.ts'
import { authorize, reach } from '../../platform/policy.ts'
import { errorResponses, Ok, Page } from '../../platform/schemas.ts'
import { calendarPolicy, timeLimitPolicy } from './policy.ts'
import { presentDay, presentTimeLimit } from './present.ts'
import {
  categoryExists,
  deleteOverride,
  listTimeLimits,
  overrideOf,
  overridesBetween,
  saveOverride,
  saveTimeLimit,
  timeLimitOf,
} from './repo.ts'
import {
  CalendarDay,
  CalendarQuery,
  DayParams,
  OverrideBody,
  parseDay,
  TimeLimit,
  TimeLimitBody,
  TimeLimitQuery,
} from './schema.ts'

/** A list computed whole (days of a range, a small table), paged like every list: limit defaults to all. */
function pageOf<T>(items: T[], { limit, offset = 0 }: { limit?: number; offset?: number }) {
  return { items: items.slice(offset, limit === undefined ? undefined : offset + limit), total: items.length }
}

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

const dayText = (t: number) => new Date(t).toISOString().slice(0, 10)

export async function settingsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db } = app.ctx

  app.get(
    '/api/calendar',
    {
      config: { reach: calendarPolicy.reach },
      schema: {
        tags: ['settings'],
        summary: 'Working-day calendar for a range of days (at most 400) · 工作日历',
        querystring: CalendarQuery,
        response: { 200: Page(CalendarDay), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, calendarPolicy)
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
      return pageOf(items, request.query)
    },
  )

  app.put(
    '/api/calendar/overrides/:day',
    {
      config: { reach: 'county.admin' },
      schema: {
        tags: ['settings'],
        summary: 'Set a day as a working day or a day off (county admins) · 设置调休/节假日',
        params: DayParams,
        body: OverrideBody,
        response: { 200: CalendarDay, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, calendarPolicy)
      authorize(calendarPolicy, principal, 'edit', request.params)
      const { day } = request.params
      parseDay(day, 'path.day')
      const note = request.body.note.trim()
      const { kind } = request.body
      await command(request, async (trx, audit) => {
        const before = await overrideOf(trx, day)
        await saveOverride(trx, { day, kind, note, updatedBy: principal.userId })
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
      config: { reach: 'county.admin' },
      schema: {
        tags: ['settings'],
        summary: 'Remove an override: the statutory calendar applies again (county admins)',
        params: DayParams,
        response: { 200: Ok, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      authorize(calendarPolicy, reach(request, calendarPolicy), 'edit', request.params)
      const { day } = request.params
      parseDay(day, 'path.day')
      await command(request, async (trx, audit) => {
        const removed = await deleteOverride(trx, day)
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
      config: { reach: timeLimitPolicy.reach },
      schema: {
        tags: ['settings'],
        summary: 'Time limits per tier and category · 办理时限',
        querystring: TimeLimitQuery,
        response: { 200: Page(TimeLimit), ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      reach(request, timeLimitPolicy)
      return pageOf((await listTimeLimits(db)).map(presentTimeLimit), request.query)
    },
  )

  app.put(
    '/api/time-limits',
    {
      config: { reach: 'county.admin' },
      schema: {
        tags: ['settings'],
        summary: 'Set the time limits of a tier, optionally for one category (county admins)',
        body: TimeLimitBody,
        response: { 200: TimeLimit, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      authorize(timeLimitPolicy, reach(request, timeLimitPolicy), 'edit', request.body)
      const b = request.body
      const category = b.category ?? ''
      const tier = b.tier as 'default' | Tier
      await command(request, async (trx, audit) => {
        if (category && !(await categoryExists(trx, category)))
          throw invalidField('body.category', { zh: '类别不存在', en: 'Unknown category' })
        const values = {
          completion_working_days: b.completionWorkingDays,
          max_extension_working_days: b.maxExtensionWorkingDays,
          escalate_after_working_days: b.escalateAfterWorkingDays,
          rating_window_days: b.ratingWindowDays,
        }
        const before = await timeLimitOf(trx, tier, category)
        await saveTimeLimit(trx, tier, category, values)
        await audit({
          action: 'time_limits.set',
          targetType: 'time_limits',
          targetId: category ? `${tier}/${category}` : tier,
          detail: { before: before ?? null, after: values },
        })
      })
      const items = (await listTimeLimits(db)).map(presentTimeLimit)
      return items.find((i) => i.tier === tier && (i.category ?? '') === category)!
    },
  )
}
