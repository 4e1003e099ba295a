import type { Db } from '../../db/index.ts'
import { cstDay, loadCalendar } from '../../platform/calendar.ts'
import { addDays } from '../../platform/holidays.ts'
import type { Job } from '../../platform/jobs.ts'
import { enqueue, type OutboxMessage } from '../../platform/notify.ts'
import { monthEnd } from './public-routes.ts'
import { monthEndMissing, takeMonthEnd, unreportedSites } from './repo.ts'
import { monthOf, previousMonth } from './workflow.ts'

/** Working days before a month's end from which its lead deputies are reminded of a report not yet in. */
export const REMIND_WORKING_DAYS = 3

/** Claims reminders (site, month, kind) not sent before: answers the sites claimed now (safe on several nodes). */
async function claim(
  db: Db,
  siteIds: string[],
  month: string,
  kind: 'due' | 'missing',
): Promise<Set<string>> {
  if (siteIds.length === 0) return new Set()
  const rows = await db
    .insertInto('site_reminders')
    .values(siteIds.map((site_id) => ({ site_id, month, kind })))
    .onConflict((oc) => oc.doNothing())
    .returning('site_id')
    .execute()
  return new Set(rows.map((r) => r.site_id))
}

/** Whether `today` is within the last REMIND_WORKING_DAYS working days of its month. */
function inReminderWindow(today: string, isWorkday: (day: string) => boolean): boolean {
  const month = today.slice(0, 7)
  let left = 0
  for (let day = today; day.slice(0, 7) === month; day = addDays(day, 1)) if (isWorkday(day)) left++
  return isWorkday(today) && left <= REMIND_WORKING_DAYS
}

let caughtUp = false

/**
 * At each month end: the sites of the year are kept as they stood (the map of that month), the lead deputies of
 * sites still without the month's report are reminded in the last working days, and after the month the sites
 * whose report never came are flagged to their town's congress office and the county's.
 */
export const monthEndJob: Job = {
  name: 'project_month_end',
  async run(ctx, now) {
    const county = ctx.config.countyCode
    const month = monthOf(now)
    const last = previousMonth(month)
    // Month ends not kept (the first run of a node catches up the last two years; later, the month just ended).
    const months: string[] = [last]
    if (!caughtUp) for (let m = previousMonth(last), i = 0; i < 23; i++, m = previousMonth(m)) months.push(m)
    let taken = 0
    for (const m of months)
      if (await monthEndMissing(ctx.db, county, m, monthEnd(m)))
        taken += await takeMonthEnd(ctx.db, county, m, monthEnd(m))
    caughtUp = true

    const calendar = await loadCalendar(ctx.db, county)
    // Claims and their messages are written together: a reminder is claimed only if it is sent.
    return ctx.db.transaction().execute(async (trx) => {
      const messages: OutboxMessage[] = []
      let due = 0
      if (inReminderWindow(cstDay(now), (d) => calendar.isWorkday(d))) {
        const open = await unreportedSites(trx, county, month)
        const claimed = await claim(
          trx,
          open.map((s) => s.id),
          month,
          'due',
        )
        for (const s of open.filter((x) => claimed.has(x.id))) {
          due++
          for (const deputyId of s.deputy_ids) {
            const reminder = {
              recipientType: 'deputy' as const,
              recipientId: deputyId,
              kind: 'site.report_due',
              title: `请于月底前提交 ${month} 点位督查报告`,
              titleEn: `The ${month} report on your site is due`,
              body: `${s.project_name} · ${s.name}`,
              link: `/sites/${s.id}/report`,
            }
            // In the console, about the site; and by SMS to the deputy's phone (the subject is the deputy).
            messages.push(
              { ...reminder, channel: 'in_app', subject: { type: 'site', id: s.id } },
              { ...reminder, channel: 'webhook', subject: { type: 'deputy', id: deputyId } },
            )
          }
        }
      }
      // The month just ended: reports that never came, flagged once to each town's office and to the county's.
      const missing = await unreportedSites(trx, county, last)
      const flagged = missing.length
        ? await claim(
            trx,
            missing.map((s) => s.id),
            last,
            'missing',
          )
        : new Set<string>()
      const byTown = new Map<string, number>()
      for (const s of missing)
        if (flagged.has(s.id)) byTown.set(s.town_code, (byTown.get(s.town_code) ?? 0) + 1)
      for (const [town, n] of [...byTown, ...(flagged.size ? [[county, flagged.size] as const] : [])])
        messages.push({
          channel: 'in_app',
          recipientType: 'region',
          recipientId: town,
          kind: 'site.report_missing',
          title: `${last} 有 ${n} 个项目点位未提交督查报告`,
          titleEn: `${n} site reports missing for ${last}`,
          body: `${last}`,
          link: `/sites?unreportedIn=${last}`,
        })
      await enqueue(trx, county, messages)
      return { taken, due, missing: flagged.size }
    })
  },
}

/** Tests: forget that this node caught up (each test's database starts empty). */
export function resetMonthEndCatchUp(): void {
  caughtUp = false
}
