import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_NOW as NOW, openDemoTestDb, type TestDb } from '../../../../test/demo-template.ts'
import { cstDay } from '../../../platform/calendar.ts'

async function rows<T>(h: TestDb, text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(h.db)).rows
}

/** The demo's 领办督: the published 10 projects and 208 sites of 2022 in every town, told consistently. */
describe('demo projects', () => {
  let h: TestDb
  beforeAll(async () => {
    ;({ handle: h } = await openDemoTestDb())
  }, 300_000)
  afterAll(async () => h?.dispose())

  it('has the 10 projects and 208 sites of 2022 in all 13 towns, each led by deputies of its town', async () => {
    const [c] = await rows<{
      projects: number
      sites: number
      towns: number
      unled: number
      strangers: number
    }>(
      h,
      `SELECT (SELECT count(*)::int FROM projects WHERE year = 2022) AS projects,
              count(*)::int AS sites,
              count(DISTINCT s.town_code)::int AS towns,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM site_deputies sd WHERE sd.site_id = s.id))::int AS unled,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM site_deputies sd JOIN deputies d ON d.id = sd.deputy_id
                                             JOIN regions r ON r.code = d.region_code
                                             WHERE sd.site_id = s.id AND coalesce(r.parent_code, r.code) <> s.town_code))::int AS strangers
         FROM project_sites s JOIN projects p ON p.id = s.project_id WHERE p.year = 2022`,
    )
    expect(c).toEqual({ projects: 10, sites: 208, towns: 13, unled: 0, strangers: 0 })
  })

  it('shows a mix of colours at every month end of 2022, kept from the sites’ events', async () => {
    const months = await rows<{ month: string; red: number; yellow: number; blue: number; sites: number }>(
      h,
      `SELECT month, count(*)::int AS sites,
              count(*) FILTER (WHERE status = 'not_started')::int AS red,
              count(*) FILTER (WHERE status = 'in_progress')::int AS yellow,
              count(*) FILTER (WHERE status IN ('completed', 'crossed_off'))::int AS blue
         FROM site_month_ends WHERE month BETWEEN '2022-03' AND '2022-12' GROUP BY month ORDER BY month`,
    )
    expect(months.map((m) => m.month)).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `2022-${String(m).padStart(2, '0')}`),
    )
    for (const m of months) {
      expect(m.sites).toBe(208)
      expect([m.red, m.yellow, m.blue].filter((n) => n > 0).length, m.month).toBeGreaterThanOrEqual(2)
    }
    // Blue only grows month by month; red only shrinks.
    for (let i = 1; i < months.length; i++) {
      expect(months[i]!.blue).toBeGreaterThanOrEqual(months[i - 1]!.blue)
      expect(months[i]!.red).toBeLessThanOrEqual(months[i - 1]!.red)
    }
    // Each kept month end is the site's last event before the month ended.
    const [bad] = await rows<{ n: number }>(
      h,
      `SELECT count(*)::int AS n FROM site_month_ends m
        WHERE ROW(m.status, m.progress) IS DISTINCT FROM (
          SELECT ROW(e.to_status, e.progress) FROM site_events e
           WHERE e.site_id = m.site_id
             AND e.created_at < (to_date(m.month || '-01', 'YYYY-MM-DD') + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai'
           ORDER BY e.created_at DESC, e.id DESC LIMIT 1)`,
    )
    expect(bad!.n).toBe(0)
  })

  it('keeps every site’s state, progress and reports in step with its events', async () => {
    const [c] = await rows<{ off_state: number; off_reports: number; reports: number; crossed: number }>(
      h,
      `SELECT
         count(*) FILTER (WHERE ROW(s.status, s.progress) IS DISTINCT FROM (
           SELECT ROW(e.to_status, e.progress) FROM site_events e WHERE e.site_id = s.id ORDER BY e.created_at DESC, e.id DESC LIMIT 1)
         )::int AS off_state,
         count(*) FILTER (WHERE (SELECT count(*) FROM site_reports r WHERE r.site_id = s.id)
                              <> (SELECT count(*) FROM site_events e WHERE e.site_id = s.id AND e.action = 'report'))::int AS off_reports,
         (SELECT count(*)::int FROM site_reports) AS reports,
         count(*) FILTER (WHERE s.status = 'crossed_off' AND s.crossed_off_at IS NOT NULL)::int AS crossed
       FROM project_sites s`,
    )
    expect(c!.off_state).toBe(0)
    expect(c!.off_reports).toBe(0)
    expect(c!.reports).toBeGreaterThan(1500)
    expect(c!.crossed).toBeGreaterThan(100)
  })

  it('has a current-year set, its month ends up to last month, and the demo deputy’s report to file', async () => {
    const year = Number(cstDay(NOW).slice(0, 4))
    const month = cstDay(NOW).slice(0, 7)
    const [c] = await rows<{ projects: number; sites: number; last: string }>(
      h,
      `SELECT count(DISTINCT p.id)::int AS projects, count(s.id)::int AS sites,
              (SELECT max(month) FROM site_month_ends WHERE month LIKE '${year}-%') AS last
         FROM projects p JOIN project_sites s ON s.project_id = p.id WHERE p.year = ${year}`,
    )
    expect(c!.projects).toBe(10)
    expect(c!.sites).toBeGreaterThan(50)
    expect(c!.last < month).toBe(true)
    const [demo] = await rows<{ open: number }>(
      h,
      `SELECT count(*)::int AS open FROM project_sites s
         JOIN projects p ON p.id = s.project_id AND p.year = ${year}
         JOIN site_deputies sd ON sd.site_id = s.id
         JOIN users u ON u.deputy_id = sd.deputy_id AND u.username = 'deputy'
        WHERE s.status = 'in_progress'
          AND NOT EXISTS (SELECT 1 FROM site_reports r WHERE r.site_id = s.id AND r.month = '${month}')`,
    )
    expect(demo!.open).toBeGreaterThanOrEqual(1)
  })
})
