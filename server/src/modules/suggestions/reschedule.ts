import { appendAudit } from '../../platform/audit.ts'
import { cstInstant } from '../../platform/calendar.ts'
import type { CalendarChange } from '../../platform/module.ts'
import { SYSTEM_ACTOR } from './actions/context.ts'
import { grantedWorkingDays, rescheduled } from './actions/reschedule.ts'
import { runAction } from './definition.ts'
import { clockCandidates } from './repo/timers.ts'
import type { Relation } from './workflow.ts'

const systemRelations = () => new Set<Relation>(['system'])

/**
 * Deadlines computed on days the county has just corrected (a year's State Council notice replacing the
 * provisional calendar) are computed again: every open item whose clock runs through those days keeps the working
 * days it was given and gets its deadline on the corrected calendar, with an event and an audit row. One short
 * transaction per item, so the loop keeps running meanwhile; an item changed concurrently is tried again by the
 * next correction (its optimistic version guards the write).
 */
export async function recomputeDeadlines(change: CalendarChange): Promise<number> {
  const { db, countyCode, before, after, now } = change
  const from = cstInstant(change.from, 0)
  const to = cstInstant(change.to, 24 * 60)
  let recomputed = 0
  let afterId: string | null = null
  for (;;) {
    const rows = await clockCandidates(db, countyCode, from, to, afterId)
    for (const item of rows) {
      const days = grantedWorkingDays(item, before)
      if (Object.keys(rescheduled(item, after, days)).length === 0) continue
      try {
        await db.transaction().execute((trx) =>
          runAction(
            {
              trx,
              calendar: after,
              countyCode,
              relationsFor: systemRelations,
              actor: SYSTEM_ACTOR,
              audit: (entry) =>
                appendAudit(trx, { actor: { id: null, name: 'system' }, requestId: null, countyCode }, entry),
              now,
            },
            item.id,
            'reschedule',
            {
              version: item.version,
              note: `根据${change.reason}重算期限`,
              ...(days === null ? {} : { days }),
            },
          ),
        )
        recomputed++
      } catch (error) {
        // Changed meanwhile (a stale version) or moved on: its new deadline is computed on the corrected calendar.
        change.log?.warn({ suggestionId: item.id, err: error }, 'deadline not recomputed')
      }
    }
    if (rows.length < 200) return recomputed
    afterId = rows[rows.length - 1]!.id
  }
}
