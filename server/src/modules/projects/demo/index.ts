import type { Insertable } from 'kysely'
import type { Database, SiteStatus } from '../../../db/types.ts'
import { type DemoContext, type DemoStep, insertRows, stableId } from '../../../demo/world.ts'
import { cstDay, cstInstant } from '../../../platform/calendar.ts'
import { addDays } from '../../../platform/holidays.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import { monthEnd } from '../public-routes.ts'
import { takeMonthEnd } from '../repo.ts'
import { findingsFor, PROJECTS_2022, PROJECTS_CURRENT, type ProjectPlan } from './plan.ts'

/**
 * The demo county's 领办督 (docs/domain.md "Livelihood projects and the one-map"): the 10 projects of 2022 in
 * exactly 208 sites over all 13 towns, and a current-year set. Each site has one or two lead deputies of its town;
 * it starts in some month and is done some months later (or not within the year), and its lead deputy reports at
 * most month ends (a few reports are missing), so every month end shows a mix of colours; most completed sites are
 * crossed off by their town's congress staff within days. Reports, events and the final state agree, and the
 * month ends are taken from the events by the same code the month-end job runs.
 */

const at = (day: string, hour: number) => cstInstant(day, hour * 60)
const monthKey = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`

interface SiteState {
  status: SiteStatus
  progress: number
}

export const projectsStep: DemoStep = {
  name: 'projects',
  async run(ctx) {
    const currentYear = Number(cstDay(ctx.now).slice(0, 4))
    await projectYear(ctx, 2022, PROJECTS_2022, 13)
    if (currentYear > 2022)
      await projectYear(ctx, currentYear, PROJECTS_CURRENT, Number(cstDay(ctx.now).slice(5, 7)))
  },
}

/** The demo deputy account's deputy (accounts.ts picks the first county deputy of 武康). */
function demoDeputyId(ctx: DemoContext): string | null {
  const wukang = ctx.world.towns[0]!
  return (
    ctx.world.deputies.find(
      (d) => d.townCode === wukang.code && d.memberships.some((m) => m.level === 'county'),
    )?.id ?? null
  )
}

async function projectYear(ctx: DemoContext, year: number, plans: readonly ProjectPlan[], upToMonth: number) {
  const { world } = ctx
  const rng = ctx.rng.fork(`projects-${year}`)
  const county = world.countyCode
  const today = cstDay(ctx.now)
  const currentMonth = year === Number(today.slice(0, 4)) ? Number(today.slice(5, 7)) : 13
  const towns = rng.shuffle(world.towns)
  const demoDeputy = demoDeputyId(ctx)
  let demoSites = 0
  const projects: Insertable<Database['projects']>[] = []
  const sites: Insertable<Database['project_sites']>[] = []
  const leads: Insertable<Database['site_deputies']>[] = []
  const reports: Insertable<Database['site_reports']>[] = []
  const events: Insertable<Database['site_events']>[] = []
  let townIndex = 0
  for (const [p, plan] of plans.entries()) {
    const projectId = stableId(county, 'projects', `${year}/${p + 1}`)
    const unit = world.units.find((u) => u.name === plan.unit)
    projects.push({
      id: projectId,
      year,
      seq: p + 1,
      name: plan.name,
      description: `${year} 年县政府民生实事项目第 ${p + 1} 件：${plan.name}。`,
      lead_unit_id: unit?.id ?? null,
      county_code: county,
      created_at: at(`${year}-02-10`, 10),
    })
    for (let n = 0; n < plan.sites; n++) {
      const town = towns[townIndex++ % towns.length]!
      const village = rng.pick(town.villages)
      const id = stableId(county, 'project_sites', `${year}/${p + 1}/${n + 1}`)
      const created = at(`${year}-02-${String(rng.int(20, 27)).padStart(2, '0')}`, 10)
      const townDeputies = world.deputies.filter((d) => d.townCode === town.code)
      let deputyIds = rng.sample(townDeputies, rng.chance(0.7) ? 1 : 2).map((d) => d.id)
      // The demo deputy leads a few of this year's sites in 武康: one under way with this month's report to file.
      const isDemo = year >= 2023 && town.code === world.towns[0]!.code && demoDeputy && demoSites < 3
      if (isDemo) deputyIds = [demoDeputy!, ...deputyIds.filter((d) => d !== demoDeputy)].slice(0, 2)
      const start = isDemo && demoSites === 0 ? 4 : isDemo && demoSites === 1 ? 14 : rng.int(3, 8)
      const done = isDemo && demoSites === 0 ? 15 : start + rng.int(2, year === 2022 ? 8 : 9)
      if (isDemo) demoSites++
      leads.push(...deputyIds.map((deputy_id, i) => ({ site_id: id, deputy_id, seq: i + 1 })))
      const planStart = `${monthKey(year, Math.min(start, 12))}-01`
      const planEnd = `${monthKey(year, Math.min(done, 12))}-28`
      const reporter = world.deputies.find((d) => d.id === deputyIds[0])!
      const events0 = events.length
      events.push(event(id, 'create', null, 'not_started', 0, '县人大常委会', created, county))
      let state: SiteState = { status: 'not_started', progress: 0 }
      let lastMonth: string | null = null
      let crossedOffAt: Date | null = null
      for (let m = 3; m <= Math.min(12, upToMonth); m++) {
        const month = monthKey(year, m)
        const ended = m < currentMonth
        // This month's reports: some are in already; the demo deputy's site waits for its deputy.
        const filed = ended ? rng.chance(0.93) : !isDemo && rng.chance(0.4)
        if (!filed) continue
        const shown: SiteState =
          m < start
            ? { status: 'not_started', progress: 0 }
            : m >= done
              ? { status: 'completed', progress: 100 }
              : {
                  status: 'in_progress',
                  progress: Math.max(
                    5,
                    Math.min(95, Math.round(((m - start + 1) / (done - start + 1)) * 100)),
                  ),
                }
        const day = ended ? `${month}-${String(rng.int(22, 28)).padStart(2, '0')}` : today
        if (!ended && day.slice(8) === '01') continue
        const filedAt = ended ? at(day, 16) : new Date(ctx.now.getTime() - 2 * 3600_000)
        const f = findingsFor(
          rng.next(),
          shown.status === 'in_progress' && m > done - 2 && done > 12,
          shown.status as 'not_started' | 'in_progress' | 'completed',
        )
        const reportId = stableId(county, 'site_reports', `${id}/${month}`)
        reports.push({
          id: reportId,
          site_id: id,
          month,
          deputy_id: reporter.id,
          filed_by: null,
          filed_at: filedAt,
          progress: shown.progress,
          status: shown.status as 'not_started' | 'in_progress' | 'completed',
          on_time: f.onTime,
          quality: f.quality,
          quantity: f.quantity,
          problems: f.problems,
          opinion: f.opinion,
          county_code: county,
        })
        const e = event(
          id,
          'report',
          state.status,
          shown.status,
          shown.progress,
          reporter.name,
          filedAt,
          county,
        )
        events.push({ ...e, detail: JSON.stringify({ month, reportId, amended: false }) })
        state = shown
        lastMonth = month
        if (shown.status === 'completed') {
          const off = at(addDays(day, rng.int(3, 12)), 10)
          if (off < ctx.now && rng.chance(0.85)) {
            events.push(
              event(
                id,
                'cross_off',
                'completed',
                'crossed_off',
                100,
                `${town.name}人大`,
                off,
                county,
                '现场核验：已按计划完成，资料齐全。',
              ),
            )
            state = { status: 'crossed_off', progress: 100 }
            crossedOffAt = off
          }
          break
        }
      }
      if (events.length === events0) throw new Error('a demo site without events')
      sites.push({
        id,
        project_id: projectId,
        name: `${village.name}${plan.site}`,
        town_code: town.code,
        region_code: village.code,
        address: `${town.name}${village.name}`,
        lat: village.lat + rng.float(-0.004, 0.004),
        lng: village.lng + rng.float(-0.004, 0.004),
        unit_id: unit?.id ?? null,
        plan_start: planStart,
        plan_end: planEnd,
        investment: String(rng.int(30, 900) * 10),
        milestones: JSON.stringify([
          { name: '开工', due: planStart, done: state.status !== 'not_started' },
          {
            name: '完工验收',
            due: planEnd,
            done: state.status === 'completed' || state.status === 'crossed_off',
          },
        ]),
        status: state.status,
        progress: state.progress,
        last_report_month: lastMonth,
        crossed_off_at: crossedOffAt,
        county_code: county,
        created_at: created,
      })
    }
  }
  await insertRows(ctx, 'projects', projects)
  await insertRows(ctx, 'project_sites', sites)
  await insertRows(ctx, 'site_deputies', leads)
  await insertRows(ctx, 'site_reports', reports)
  await insertRows(ctx, 'site_events', events)
  for (let m = 1; m < Math.min(13, currentMonth); m++)
    await takeMonthEnd(ctx.db, county, monthKey(year, m), monthEnd(monthKey(year, m)))
}

function event(
  siteId: string,
  action: string,
  from: SiteStatus | null,
  to: SiteStatus,
  progress: number,
  actorName: string,
  created: Date,
  county: string,
  note: string | null = null,
): Insertable<Database['site_events']> {
  return {
    id: uuidv7(),
    site_id: siteId,
    action,
    from_status: from,
    to_status: to,
    progress,
    actor_id: null,
    actor_name: actorName,
    public: true,
    note,
    detail: '{}',
    created_at: created,
    county_code: county,
  }
}
