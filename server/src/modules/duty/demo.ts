import type { Insertable } from 'kysely'
import type { DutyRulesTable } from '../../db/types.ts'
import { type DemoStep, insertRows, stableId } from '../../demo/world.ts'
import { cstDay, loadCalendar } from '../../platform/calendar.ts'
import { addDays } from '../../platform/holidays.ts'
import { syncRuleSlots } from './repo.ts'
import { HORIZON_DAYS } from './service.ts'

const WEEKDAYS = '一二三四五六日'

/** The demo's history of duty slots (the suggestion history's years). */
export const HISTORY = { from: '2021-01-01', to: '2022-12-31' } as const

/** The recurring receptions a venue's published hours name: "每月9日 9:00-11:30", "每周二 14:00-17:00". */
export function rulesInHours(text: string) {
  const found: { kind: 'monthly' | 'weekly'; day: number; startsAt: string; endsAt: string }[] = []
  const pad = (t: string) => t.padStart(5, '0')
  for (const m of text.matchAll(/每月(\d{1,2})日 (\d{1,2}:\d{2})-(\d{1,2}:\d{2})/g))
    found.push({ kind: 'monthly', day: Number(m[1]), startsAt: pad(m[2]!), endsAt: pad(m[3]!) })
  for (const m of text.matchAll(/每周([一二三四五六日]) (\d{1,2}:\d{2})-(\d{1,2}:\d{2})/g))
    found.push({ kind: 'weekly', day: WEEKDAYS.indexOf(m[1]!) + 1, startsAt: pad(m[2]!), endsAt: pad(m[3]!) })
  return found
}

/**
 * The demo county's duty schedules, from each venue's published reception hours (a station's monthly
 * concentrated reception and its Tuesday rota, a point's monthly afternoon, a duty post's weekly afternoon): a
 * monthly session moves to the next working day when its day is a day off, a weekly one is cancelled. Two or
 * three of the venue's own deputies take each rule. Slots are placed from today to the horizon, so the public
 * duty calendar has something at every station in the coming month.
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
    const hours = new Map(
      (await ctx.db.selectFrom('venues').select(['id', 'reception_hours']).execute()).map((v) => [
        v.id,
        v.reception_hours,
      ]),
    )
    for (const venue of world.venues) {
      const deputies = byVenue.get(venue.id) ?? []
      if (deputies.length === 0) continue
      rulesInHours(hours.get(venue.id) ?? '').forEach((r, n) => {
        const id = stableId(world.countyCode, 'duty_rules', `${venue.code}/${n}`)
        rules.push({
          id,
          venue_id: venue.id,
          kind: r.kind,
          day_of_month: r.kind === 'monthly' ? r.day : null,
          weekday: r.kind === 'weekly' ? r.day : null,
          starts_at: r.startsAt,
          ends_at: r.endsAt,
          valid_from: '2021-01-01',
          valid_until: null,
          on_day_off: r.kind === 'monthly' ? 'next_workday' : 'cancel',
          note: '',
          county_code: world.countyCode,
        })
        const size = Math.min(venue.kind === 'station' && r.kind === 'monthly' ? 3 : 2, deputies.length)
        const start = rng.int(0, deputies.length - 1)
        const onDuty = [...deputies, ...deputies].slice(start, start + size)
        if (
          demoDeputy &&
          venue.kind === 'station' &&
          deputies.includes(demoDeputy) &&
          !onDuty.includes(demoDeputy)
        )
          onDuty[0] = demoDeputy
        for (const deputy_id of onDuty) ruleDeputies.push({ rule_id: id, deputy_id })
      })
    }
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
    // The two years of history (2021–2022) at stations and liaison points: the receptions module's demo records a
    // session in each of these slots, which holds it.
    const kinds = new Map(world.venues.map((v) => [v.id, v.kind]))
    for (const rule of rules) {
      const kind = kinds.get(rule.venue_id)
      if (kind !== 'station' && kind !== 'point') continue
      placed += await syncRuleSlots(
        ctx.db,
        rule.id,
        calendar,
        { from: HISTORY.from, to: HISTORY.to, today: HISTORY.from },
        false,
      )
    }
    ctx.counts.duty_slots = (ctx.counts.duty_slots ?? 0) + placed
  },
}
