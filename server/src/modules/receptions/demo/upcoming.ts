import type { Insertable } from 'kysely'
import type { Database } from '../../../db/types.ts'
import { type DemoContext, insertRows, stableId } from '../../../demo/world.ts'
import { cstDay, loadCalendar } from '../../../platform/calendar.ts'
import { addDays } from '../../../platform/holidays.ts'
import { uuidv7 } from '../../../platform/ids.ts'

/**
 * Rounds ahead, so the public duty calendar and the deputies' workspaces show them: one planned round in every
 * town on a working day of the coming weeks, and one today in the demo deputy's town with the demo deputy on it
 * (its stops later in the day), to check in at and record.
 */
export async function upcomingRounds(ctx: DemoContext) {
  const { db, world, rng } = ctx
  const county = world.countyCode
  const calendar = await loadCalendar(db, county)
  const today = cstDay(ctx.now)
  const demo = await db
    .selectFrom('users as u')
    .innerJoin('deputies as d', 'd.id', 'u.deputy_id')
    .select(['d.id', 'd.region_code'])
    .where('u.username', '=', 'deputy')
    .executeTakeFirst()
  const demoTown = demo ? world.regions.get(demo.region_code)?.townCode : null
  const rounds: Insertable<Database['rounds']>[] = []
  const deputies: Insertable<Database['round_deputies']>[] = []
  const stops: Insertable<Database['round_stops']>[] = []
  const events: Insertable<Database['round_events']>[] = []
  for (const town of world.towns) {
    const pool = world.deputies.filter((d) => d.townCode === town.code).map((d) => d.id)
    const days = [calendar.nextWorkday(addDays(today, rng.int(7, 25)))]
    if (town.code === demoTown) days.unshift(today)
    for (const day of days) {
      const id = stableId(county, 'rounds', `${town.code}|${day}|planned`)
      const start = pool.length ? rng.int(0, pool.length - 1) : 0
      const onIt = new Set([...pool, ...pool].slice(start, start + Math.min(3, pool.length)))
      if (day === today && demo) onIt.add(demo.id)
      rounds.push({
        id,
        title: `${town.name}流动巡诊`,
        town_code: town.code,
        venue_id: world.venues.find((v) => v.townCode === town.code && v.kind === 'mobile')?.id ?? null,
        day,
        status: 'planned',
        note: '请携带意见建议登记表和代表证',
        county_code: county,
      })
      for (const deputy_id of onIt) deputies.push({ round_id: id, deputy_id })
      const villages = [...town.villages].sort(() => rng.next() - 0.5).slice(0, 3)
      // Today's round stops in the afternoon and evening, after "now" in the demo; the others from 9:00.
      let minutes = day === today ? 14 * 60 : 9 * 60
      villages.forEach((v, n) => {
        const at = Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000
        stops.push({
          id: stableId(county, 'round_stops', `${id}/${n}`),
          round_id: id,
          seq: n + 1,
          kind: v.kind === '社区' ? 'community' : 'village',
          name: `${v.name}${v.kind === '社区' ? '党群服务中心' : '村民服务中心'}`,
          region_code: v.code,
          starts_at: new Date(at),
          ends_at: new Date(at + 60 * 60_000),
        })
        minutes += 90
      })
      events.push({
        id: uuidv7(),
        round_id: id,
        action: 'plan',
        from_status: null,
        to_status: 'planned',
        actor_id: null,
        actor_name: `${town.name}人大`,
        county_code: county,
        created_at: new Date(ctx.now.getTime() - 3 * 86_400_000),
      })
    }
  }
  await insertRows(ctx, 'rounds', rounds)
  await insertRows(ctx, 'round_deputies', deputies)
  await insertRows(ctx, 'round_stops', stops)
  await insertRows(ctx, 'round_events', events)
}
