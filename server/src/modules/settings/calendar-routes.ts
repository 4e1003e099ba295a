import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { invalidateCalendar, loadCalendar, readCalendar, WorkCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { invalidField, notFound } from '../../platform/errors.ts'
import { addDays, FESTIVAL_NAMES, isWeekend } from '../../platform/holidays.ts'
import type { CalendarListener } from '../../platform/module.ts'
import { pageOfList } from '../../platform/paging.ts'
import { authorize, reach } from '../../platform/policy.ts'
import { errorResponses, Ok, Page } from '../../platform/schemas.ts'
import { calendarPolicy } from './policy.ts'
import { presentDay, YEAR_MESSAGES } from './present.ts'
import { deleteOverride, noticeOf, overrideOf, saveNotice, saveOverride } from './repo.ts'
import {
  CalendarDay,
  CalendarQuery,
  CalendarYear,
  DayParams,
  NoticeBody,
  OverrideBody,
  parseDay,
  YearParams,
} from './schema.ts'

/**
 * The county's working-day calendar (platform/calendar.ts): the published statutory calendar, a year computed from
 * the law until the county enters the State Council's notice, and the county's own overrides. Any staff may read
 * it; county admins change it, audited. A change takes effect on this node at once and on other nodes within a
 * minute (their cache); open items whose clocks run through the changed days get their deadlines recomputed by
 * the modules that set them (their onCalendarChange).
 */

const DAY_MS = 86_400_000
const MAX_RANGE_DAYS = 400

const dayText = (t: number) => new Date(t).toISOString().slice(0, 10)

export function calendarRoutesFor(listeners: () => CalendarListener[]) {
  return async function calendarRoutes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const { db, config } = app.ctx
    const county = config.countyCode

    /** Recomputes what was derived from the changed days; the calendar before the change is `before`. */
    async function changed(
      request: FastifyRequest,
      before: WorkCalendar,
      from: string,
      to: string,
      reason: string,
    ) {
      invalidateCalendar()
      const after = await loadCalendar(db, county)
      let recomputed = 0
      for (const listener of listeners())
        recomputed += await listener({
          db,
          countyCode: county,
          before,
          after,
          from,
          to,
          reason,
          now: new Date(),
          log: request.log,
        })
      return recomputed
    }

    const current = async () => {
      const { sources, hours } = await readCalendar(db, county)
      return new WorkCalendar(sources, hours)
    }

    async function yearView(year: number) {
      const calendar = await loadCalendar(db, county)
      const notice = await noticeOf(db, year)
      const status = notice ? 'notice' : calendar.isProvisionalYear(year) ? 'provisional' : 'statutory'
      const days = []
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
        const info = calendar.dayInfo(d)
        if (info.kind === 'holiday' || info.kind === 'makeup') days.push(presentDay(info))
      }
      return {
        year,
        status,
        message: YEAR_MESSAGES[status],
        notice: notice
          ? {
              title: notice.title,
              enteredAt: new Date(notice.entered_at).toISOString(),
              enteredBy: notice.entered_by,
            }
          : null,
        days,
      } as const
    }

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
        const calendar = await loadCalendar(db, county)
        const items = []
        for (let i = 0; i < days; i++) items.push(presentDay(calendar.dayInfo(dayText(from + i * DAY_MS))))
        return pageOfList(items, request.query)
      },
    )

    app.get(
      '/api/calendar/years/:year',
      {
        config: { reach: calendarPolicy.reach },
        schema: {
          tags: ['settings'],
          summary: "A year's holidays and make-up days, and whether they are provisional · 年度放假安排",
          params: YearParams,
          response: { 200: CalendarYear, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        reach(request, calendarPolicy)
        return yearView(request.params.year)
      },
    )

    app.put(
      '/api/calendar/notices/:year',
      {
        config: { reach: 'county.admin' },
        schema: {
          tags: ['settings'],
          summary:
            "Enter the State Council's notice for a year: its holidays and 调休 make-up days (county admins) · 录入放假通知",
          params: YearParams,
          body: NoticeBody,
          response: { 200: CalendarYear, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const principal = reach(request, calendarPolicy)
        authorize(calendarPolicy, principal, 'edit', request.params)
        const { year } = request.params
        const seen = new Set<string>()
        const days = request.body.days.map((d, i) => {
          const field = `body.days[${i}].day`
          parseDay(d.day, field)
          if (!d.day.startsWith(`${year}-`))
            throw invalidField(field, { zh: `日期应在 ${year} 年内`, en: `The day must lie in ${year}` })
          if (seen.has(d.day)) throw invalidField(field, { zh: '日期重复', en: 'The day is listed twice' })
          seen.add(d.day)
          if (d.kind === 'makeup' && !isWeekend(d.day))
            throw invalidField(field, {
              zh: '调休上班日应为周六或周日',
              en: 'A make-up working day falls on a Saturday or Sunday',
            })
          const name = d.name.trim()
          if (!name)
            throw invalidField(`body.days[${i}].name`, { zh: '请填写节日名称', en: 'name is required' })
          const festival = FESTIVAL_NAMES.get(name.replace(/调休上班$|补休$/, ''))
          const en = festival ? (d.kind === 'makeup' ? `${festival} (make-up working day)` : festival) : name
          return {
            day: d.day,
            kind: d.kind,
            name_zh: d.kind === 'makeup' && !name.includes('调休') ? `${name}调休上班` : name,
            name_en: en,
          }
        })
        const before = await current()
        const title = request.body.title.trim()
        await command(request, async (trx, audit) => {
          const previous = await noticeOf(trx, year)
          await saveNotice(trx, { year, title, enteredBy: principal.userId, days })
          await audit({
            action: 'calendar.notice.set',
            targetType: 'calendar_year',
            targetId: String(year),
            detail: {
              title,
              replaced: Boolean(previous),
              holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.day),
              makeup: days.filter((d) => d.kind === 'makeup').map((d) => d.day),
            },
          })
        })
        const recomputed = await changed(
          request,
          before,
          `${year}-01-01`,
          `${year}-12-31`,
          `${year}年放假安排通知`,
        )
        return { ...(await yearView(year)), recomputed }
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
        const before = await current()
        await command(request, async (trx, audit) => {
          const previous = await overrideOf(trx, day)
          await saveOverride(trx, { day, kind, note, updatedBy: principal.userId })
          await audit({
            action: 'calendar.override.set',
            targetType: 'calendar_day',
            targetId: day,
            detail: { before: previous ?? null, after: { kind, note } },
          })
        })
        await changed(request, before, day, day, `${day}日历调整`)
        return presentDay((await loadCalendar(db, county)).dayInfo(day))
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
        const before = await current()
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
        await changed(request, before, day, day, `${day}日历调整`)
        return { ok: true as const }
      },
    )
  }
}
