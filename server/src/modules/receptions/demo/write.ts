import type { Insertable } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../../../db/types.ts'
import { type DemoContext, insertRows, stableId } from '../../../demo/world.ts'
import { uuidv7 } from '../../../platform/ids.ts'

/** The demo receptions' rows written: rounds, sessions, visitors and issues, events; the kept slots held. */

export interface Item {
  id: string
  channel: 'station' | 'mobile'
  content: string
  venue_id: string | null
  deputy_id: string | null
  region_code: string
  town_code: string | null
  received_at: Date
  answer: string | null
  on_spot: boolean
  contact_name_enc: string | null
  contact_name_masked: string | null
  contact_phone_enc: string | null
  contact_phone_hash: string | null
  contact_phone_masked: string | null
}

export interface Session {
  key: string
  kind: 'station' | 'mobile'
  venueId: string | null
  slotId: string | null
  stopId: string | null
  regionCode: string
  townCode: string | null
  start: number
  end: number
  deputies: Set<string>
  items: Item[]
  /** Weight in sharing out the year's visitors without issues. */
  weight: number
}

export interface Rows {
  all: Session[]
  people: Map<Session, number>
  roundRows: Insertable<Database['rounds']>[]
  roundDeputies: Insertable<Database['round_deputies']>[]
  stopRows: Insertable<Database['round_stops']>[]
  roundEvents: Insertable<Database['round_events']>[]
  visitors: Insertable<Database['reception_visitors']>[]
  issues: Insertable<Database['reception_issues']>[]
}

export async function write(ctx: DemoContext, r: Rows) {
  const county = ctx.world.countyCode
  const now = ctx.now.getTime()
  const receptions: Insertable<Database['receptions']>[] = []
  const deputies: Insertable<Database['reception_deputies']>[] = []
  const events: Insertable<Database['reception_events']>[] = []
  const held: string[] = []
  const slotEvents: Insertable<Database['duty_slot_events']>[] = []
  const actor = { actor_id: null, actor_name: '联络员', county_code: county }
  for (const s of r.all) {
    const id = stableId(county, 'receptions', s.key)
    const closed = s.end < now
    receptions.push({
      id,
      kind: s.kind,
      venue_id: s.venueId,
      duty_slot_id: s.slotId,
      round_stop_id: s.kind === 'mobile' ? s.stopId : null,
      region_code: s.regionCode,
      town_code: s.townCode,
      started_at: new Date(s.start),
      ended_at: closed ? new Date(s.end) : null,
      status: closed ? 'closed' : 'open',
      people: r.people.get(s) ?? 0,
      county_code: county,
      created_at: new Date(s.start),
      updated_at: new Date(closed ? s.end : s.start),
    })
    for (const deputy_id of s.deputies) deputies.push({ reception_id: id, deputy_id })
    const base = { reception_id: id, ...actor, detail: '{}' }
    events.push({
      id: uuidv7(),
      ...base,
      action: 'open',
      from_status: null,
      to_status: 'open',
      created_at: new Date(s.start),
    })
    if (closed)
      events.push({
        id: uuidv7(),
        ...base,
        action: 'close',
        from_status: 'open',
        to_status: 'closed',
        created_at: new Date(s.end),
      })
    if (s.slotId && closed) {
      held.push(s.slotId)
      slotEvents.push({
        id: uuidv7(),
        slot_id: s.slotId,
        action: 'hold',
        from_status: 'scheduled',
        to_status: 'held',
        ...actor,
        detail: JSON.stringify({ receptionId: id }),
        created_at: new Date(s.end),
      })
    }
  }
  await insertRows(ctx, 'rounds', r.roundRows)
  await insertRows(ctx, 'round_deputies', r.roundDeputies)
  await insertRows(ctx, 'round_stops', r.stopRows)
  await insertRows(ctx, 'round_events', r.roundEvents)
  await insertRows(ctx, 'receptions', receptions)
  await insertRows(ctx, 'reception_deputies', deputies)
  await insertRows(ctx, 'reception_visitors', r.visitors)
  await insertRows(ctx, 'reception_issues', r.issues)
  await insertRows(ctx, 'reception_events', events)
  for (let i = 0; i < held.length; i += 500)
    await ctx.db
      .updateTable('duty_slots')
      .set({ status: 'held', version: sql`version + 1` })
      .where('id', 'in', held.slice(i, i + 500))
      .execute()
  await insertRows(ctx, 'duty_slot_events', slotEvents)
}
