import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Tier } from '../../db/types.ts'
import { invalidateCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { invalidField } from '../../platform/errors.ts'
import {
  DEFAULT_OFFICE_HOURS_TEXT,
  OfficeHoursError,
  officeHoursText,
  parseOfficeHours,
  storedOfficeHours,
} from '../../platform/office-hours.ts'
import { pageOfList } from '../../platform/paging.ts'
import { authorize, reach } from '../../platform/policy.ts'
import { errorResponses, Page } from '../../platform/schemas.ts'
import { calendarPolicy, timeLimitPolicy } from './policy.ts'
import { presentTimeLimit } from './present.ts'
import {
  categoryExists,
  listTimeLimits,
  officeHoursOf,
  saveOfficeHours,
  saveTimeLimit,
  timeLimitOf,
} from './repo.ts'
import { OfficeHoursSchema, TimeLimit, TimeLimitBody, TimeLimitQuery } from './schema.ts'

/**
 * Settings county admins keep besides the calendar (calendar-routes.ts): the county's office hours and same-day
 * cut-off, and the time limits per tier and category. Any staff may read them; every change is audited. New
 * office hours apply to clocks started after the change (docs/domain.md "Clocks").
 */

export async function settingsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/settings/office-hours',
    {
      config: { reach: calendarPolicy.reach },
      schema: {
        tags: ['settings'],
        summary: "The county's office hours and same-day cut-off · 办公时间",
        response: { 200: OfficeHoursSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      reach(request, calendarPolicy)
      const row = await officeHoursOf(db, config.countyCode)
      return officeHoursText(
        row ? storedOfficeHours(row.office_hours) : parseOfficeHours(DEFAULT_OFFICE_HOURS_TEXT),
      )
    },
  )

  app.put(
    '/api/settings/office-hours',
    {
      config: { reach: 'county.admin' },
      schema: {
        tags: ['settings'],
        summary: 'Set the office hours, summer hours and same-day cut-off (county admins) · 设置办公时间',
        body: OfficeHoursSchema,
        response: { 200: OfficeHoursSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, calendarPolicy)
      authorize(calendarPolicy, principal, 'edit', request.body)
      let text: ReturnType<typeof officeHoursText>
      try {
        text = officeHoursText(parseOfficeHours(request.body))
      } catch (error) {
        if (!(error instanceof OfficeHoursError)) throw error
        throw invalidField(`body.${error.field}`, { zh: error.zh, en: error.message })
      }
      await command(request, async (trx, audit) => {
        const before = await officeHoursOf(trx, config.countyCode)
        await saveOfficeHours(trx, config.countyCode, text, principal.userId)
        await audit({
          action: 'settings.office_hours.set',
          targetType: 'county_settings',
          targetId: config.countyCode,
          detail: { before: before?.office_hours ?? null, after: text },
        })
      })
      invalidateCalendar()
      return text
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
      return pageOfList((await listTimeLimits(db)).map(presentTimeLimit), request.query)
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
