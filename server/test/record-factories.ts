import { randomUUID } from 'node:crypto'
import type { Db } from '../src/db/index.ts'
import type { Outcome, Rating, SuggestionStatus } from '../src/db/types.ts'
import { TEST_COUNTY } from './harness.ts'

let codeSeq = 0

/**
 * Rows of the modules a deputy's record reads (duty slots, rounds, receptions, suggestions), written directly in
 * one town's village and venue: the tests of deputies' records (履职档案) need them without those modules' flows.
 */
export function recordRows(db: Db, place: { venueId: string; townCode: string; villageCode: string }) {
  async function slot(day: string, status: 'scheduled' | 'held' | 'cancelled', deputyIds: string[]) {
    const id = randomUUID()
    await db
      .insertInto('duty_slots')
      .values({
        id,
        venue_id: place.venueId,
        day,
        starts_at: new Date(`${day}T09:00:00+08:00`),
        ends_at: new Date(`${day}T11:30:00+08:00`),
        status,
        county_code: TEST_COUNTY,
      })
      .execute()
    await db
      .insertInto('duty_slot_deputies')
      .values(deputyIds.map((deputy_id) => ({ id: randomUUID(), slot_id: id, deputy_id })))
      .execute()
  }

  async function round(day: string, status: 'planned' | 'completed' | 'cancelled', deputyIds: string[]) {
    const id = randomUUID()
    await db
      .insertInto('rounds')
      .values({ id, title: `巡诊${day}`, town_code: place.townCode, day, status, county_code: TEST_COUNTY })
      .execute()
    await db
      .insertInto('round_deputies')
      .values(deputyIds.map((deputy_id) => ({ round_id: id, deputy_id })))
      .execute()
    const stopId = randomUUID()
    await db
      .insertInto('round_stops')
      .values({
        id: stopId,
        round_id: id,
        seq: 1,
        kind: 'village',
        name: '村委会',
        region_code: place.villageCode,
        starts_at: new Date(`${day}T09:00:00+08:00`),
        ends_at: new Date(`${day}T10:00:00+08:00`),
      })
      .execute()
    return stopId
  }

  async function reception(
    startedAt: string,
    status: 'open' | 'closed',
    people: number,
    deputyIds: string[],
    stopId?: string,
  ) {
    const id = randomUUID()
    await db
      .insertInto('receptions')
      .values({
        id,
        kind: stopId ? 'mobile' : 'station',
        venue_id: stopId ? null : place.venueId,
        round_stop_id: stopId ?? null,
        region_code: place.villageCode,
        town_code: place.townCode,
        started_at: new Date(startedAt),
        status,
        people,
        county_code: TEST_COUNTY,
      })
      .execute()
    await db
      .insertInto('reception_deputies')
      .values(deputyIds.map((deputy_id) => ({ reception_id: id, deputy_id })))
      .execute()
  }

  async function suggestion(
    deputyId: string,
    receivedAt: string,
    status: SuggestionStatus,
    outcome: Outcome | null = null,
    rating: Rating | null = null,
  ) {
    const at = new Date(receivedAt)
    await db
      .insertInto('suggestions')
      .values({
        tracking_code: `R${String(++codeSeq).padStart(5, '0')}`,
        access_token_hash: 'x',
        channel: 'online',
        status,
        content: '路灯不亮',
        region_code: place.villageCode,
        town_code: place.townCode,
        deputy_id: deputyId,
        consent_at: at,
        received_at: at,
        clock_start_at: at,
        same_day_due_at: at,
        closed_at: status === 'closed' ? at : null,
        outcome,
        rating,
        county_code: TEST_COUNTY,
      })
      .execute()
  }

  return { slot, round, reception, suggestion }
}
