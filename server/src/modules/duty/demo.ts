import type { Insertable } from 'kysely'
import type { DutyRulesTable } from '../../db/types.ts'
import { type DemoStep, insertRows, stableId } from '../../demo/world.ts'
import { cstDay, loadCalendar } from '../../platform/calendar.ts'
import { addDays } from '../../platform/holidays.ts'
import { syncRuleSlots } from './repo.ts'
import { HORIZON_DAYS } from './service.ts'

/**
 * The demo county's duty schedules: every liaison station receives citizens on a fixed day of each month (the
 * programme's 站内坐诊; days spread over the month, moved to the next working day when they fall on a day off),
 * every third one also every Tuesday afternoon (cancelled on a holiday), and each liaison point once a month.
 * Two or three of the venue's own deputies take each rule in turn. Their slots are placed from today to the
 * horizon, so the public duty calendar has something at every station in the coming month.
 */
export const dutyStep: DemoStep = {
  name: 'duty',
  async run(ctx) {
    const { world } = ctx
    const rng = ctx.rng
    const rules: Insertable<DutyRulesTable>[] = []
    const ruleDeputies: { rule_id: string; deputy_id: string }[] = []
    const byVenue = new Map<string, string[]>()
    for (const d of world.deputies)
      for (const v of d.venueIds) byVenue.set(v, [...(byVenue.get(v) ?? []), d.id])
    // The demo deputy account takes its turn at its station, so "my duty" has something to show.
    const demoDeputy = (
      await ctx.db.selectFrom('users').select('deputy_id').where('username', '=', 'deputy').executeTakeFirst()
    )?.deputy_id
    const kept = world.venues.filter((v) => v.kind === 'station' || v.kind === 'point')
    kept.forEach((venue, i) => {
      const deputies = byVenue.get(venue.id) ?? []
      if (deputies.length === 0) return
      const base = {
        venue_id: venue.id,
        valid_from: '2021-01-01',
        valid_until: null,
        county_code: world.countyCode,
        note: '',
      }
      const monthly = stableId(world.countyCode, 'duty_rules', `${venue.code}/monthly`)
      rules.push({
        ...base,
        id: monthly,
        kind: 'monthly',
        day_of_month: 1 + ((i * 7) % 28),
        weekday: null,
        starts_at: venue.kind === 'station' ? '09:00' : '14:30',
        ends_at: venue.kind === 'station' ? '11:30' : '16:30',
        on_day_off: 'next_workday',
      })
      const pick = (n: number) => {
        const start = rng.int(0, deputies.length - 1)
        return [...deputies, ...deputies].slice(start, start + Math.min(n, deputies.length))
      }
      const onDuty = pick(venue.kind === 'station' ? 3 : 2)
      if (
        demoDeputy &&
        venue.kind === 'station' &&
        deputies.includes(demoDeputy) &&
        !onDuty.includes(demoDeputy)
      )
        onDuty[0] = demoDeputy
      for (const id of onDuty) ruleDeputies.push({ rule_id: monthly, deputy_id: id })
      if (venue.kind === 'station' && i % 3 === 0) {
        const weekly = stableId(world.countyCode, 'duty_rules', `${venue.code}/weekly`)
        rules.push({
          ...base,
          id: weekly,
          kind: 'weekly',
          day_of_month: null,
          weekday: 2,
          starts_at: '14:00',
          ends_at: '17:00',
          on_day_off: 'cancel',
        })
        for (const id of pick(2)) ruleDeputies.push({ rule_id: weekly, deputy_id: id })
      }
    })
    await insertRows(ctx, 'duty_rules', rules)
    await insertRows(ctx, 'duty_rule_deputies', ruleDeputies)
    const calendar = await loadCalendar(ctx.db, world.countyCode)
    const today = cstDay(ctx.now)
    let placed = 0
    for (const rule of rules)
      placed += await syncRuleSlots(ctx.db, rule.id, calendar, {
        from: today,
        to: addDays(today, HORIZON_DAYS),
        today,
      })
    ctx.counts.duty_slots = (ctx.counts.duty_slots ?? 0) + placed
  },
}
