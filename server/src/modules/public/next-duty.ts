import { type Static, Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import { Timestamp } from '../../platform/schemas.ts'

/**
 * DUTY (排班): the place where the duty schedule plugs into the public pages, the API items and the posters.
 *
 * A venue's or a deputy's next reception on the published duty schedule: when, where and who. The duty module
 * (being built separately) will answer `nextDuties` from its repository; until it is wired in here no schedule
 * exists, so every item carries `nextDuty: null` and the pages and posters say that the schedule is not yet
 * published. Nothing here invents a duty.
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
    description: 'The next reception on the published duty schedule (排班); null while none is published',
  }),
}

/** The next duty of each venue or deputy named, by id (absent: none scheduled). */
export async function nextDuties(
  _db: Db,
  _of: { venueIds: string[] } | { deputyIds: string[] },
): Promise<Map<string, NextDuty>> {
  // DUTY: replace with the duty module's query (its repo.ts) once it exists; no schedule is published before.
  return new Map()
}
