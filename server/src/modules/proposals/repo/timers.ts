import { sql } from 'kysely'
import type { Db } from '../../../db/index.ts'

/** Proposals being handled (registered, contacted, handled again): the unit owes the answer. */
const HANDLING = ['registered', 'contacted', 'rehandling'] as const

export interface Claimed {
  id: string
  title: string
  due_on: string
  lead_unit_id: string | null
}

/**
 * Claims the proposals due on or before `day` (reminder) or before `day` (overdue) not claimed yet, marking them in
 * the same statement, so a proposal is reminded once whatever the number of nodes running the job.
 */
export async function claimDue(trx: Db, countyCode: string, day: string, kind: 'reminder' | 'overdue') {
  const column = kind === 'reminder' ? 'due_reminded_at' : 'overdue_notified_at'
  const rows = await trx
    .updateTable('proposals as p')
    .set({ [column]: new Date() })
    .where('p.county_code', '=', countyCode)
    .where('p.status', 'in', HANDLING)
    .where(column, 'is', null)
    .where('p.due_on', kind === 'reminder' ? '<=' : '<', day)
    .returning([
      'p.id',
      'p.title',
      'p.due_on',
      sql<
        string | null
      >`(SELECT pu.unit_id FROM proposal_units pu WHERE pu.proposal_id = p.id AND pu.role = 'lead')`.as(
        'lead_unit_id',
      ),
    ])
    .execute()
  return rows as Claimed[]
}
