import { type Static, Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import { Timestamp } from '../../platform/schemas.ts'
import { nextDutyOf } from '../duty/index.ts'
import { nextRoundOf } from '../receptions/index.ts'

/**
 * A venue's or a deputy's next reception on the published duty schedule (排班, the duty module) or on a mobile round
 * (流动巡诊, the receptions module): when, where and who, within the coming 60 days; null when none is scheduled.
 * The public pages, the API items and the posters show it.
 */
export const NextDuty = Type.Object({
  startsAt: Timestamp,
  endsAt: Timestamp,
  venue: Type.Object({ id: Type.String(), name: Type.String() }),
  deputies: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
})
export type NextDuty = Static<typeof NextDuty>

export const NextDutyField = {
  nextDuty: Type.Union([NextDuty, Type.Null()], {
    description: 'The next reception on the published duty schedule (排班) within 60 days; null when none',
  }),
}

/** The next duty of each venue or deputy named, by id (absent: none scheduled). */
export async function nextDuties(
  db: Db,
  of: { venueIds: string[] } | { deputyIds: string[] },
): Promise<Map<string, NextDuty>> {
  const slots = await nextDutyOf(db, of)
  const duties = new Map(
    [...slots].map(([id, s]) => [
      id,
      {
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        venue: { id: s.venue.id, name: s.venue.name },
        deputies: s.deputies.map((d) => ({ id: d.id, name: d.name })),
      },
    ]),
  )
  // A mobile round (流动巡诊) counts too: a mobile liaison point has no duty slots, only rounds.
  for (const [id, round] of await nextRoundOf(db, of)) {
    const slot = duties.get(id)
    if (!slot || round.startsAt < slot.startsAt) duties.set(id, round)
  }
  return duties
}
