import type { Db } from '../../db/index.ts'
import { cstDay } from '../../platform/calendar.ts'
import { addDays } from '../../platform/holidays.ts'
import { deputiesOfRounds, nextRounds } from './repo.ts'

/** The next mobile round of each venue (a mobile liaison point) or deputy named, within 60 days, for the public. */
export async function nextRoundOf(
  db: Db,
  by: { venueIds?: string[]; deputyIds?: string[] },
  now = new Date(),
) {
  const rows = await nextRounds(db, by, now, addDays(cstDay(now), 60))
  const deputies = await deputiesOfRounds(
    db,
    rows.map((r) => r.round_id),
  )
  return new Map(
    rows.map((r) => [
      r.for_id,
      {
        startsAt: new Date(r.first_at).toISOString(),
        endsAt: new Date(r.last_at).toISOString(),
        venue: { id: r.venue_id, name: r.venue_name },
        deputies: deputies.filter((d) => d.round_id === r.round_id).map((d) => ({ id: d.id, name: d.name })),
      },
    ]),
  )
}
