import type { Db } from '../../../db/index.ts'
import type { Outcome, ProposalStatus } from '../../../db/types.ts'

export interface ProposalOfItem {
  id: string
  title: string
  status: ProposalStatus
  statusLabel: { zh: string; en: string }
  leadDeputyName: string
  /** Once answered (and after): the unit's answer and its outcome class. */
  answer: string | null
  outcome: Outcome | null
  answeredAt: Date | null
}

const SHOWN: readonly ProposalStatus[] = [
  'submitted',
  'registered',
  'not_registered',
  'contacted',
  'answered',
  'rehandling',
  'closed',
]
/** The states as the citizen reads them (the proposal's own labels, in plain words). */
const LABELS: Record<ProposalStatus, { zh: string; en: string }> = {
  draft: { zh: '起草中', en: 'Being drafted' },
  cosigning: { zh: '征集联名', en: 'Collecting co-signatures' },
  submitted: { zh: '已提交县人大常委会', en: 'Submitted to the county congress' },
  registered: { zh: '已立案交办', en: 'Registered and assigned' },
  not_registered: { zh: '不予立案', en: 'Not registered' },
  contacted: { zh: '承办单位已与代表面商', en: 'The unit has met the deputy' },
  answered: { zh: '已答复', en: 'Answered' },
  rehandling: { zh: '重新办理中', en: 'Being handled again' },
  closed: { zh: '已办结', en: 'Closed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}
const ANSWERED: readonly ProposalStatus[] = ['answered', 'closed']

/**
 * The proposals that took up the items (for their citizens' tracking page): from submission on, never a draft
 * or a withdrawn one; the answer once given (while handled again, the first answer is no longer shown).
 */
export async function proposalsOfSuggestion(db: Db, suggestionIds: string[]): Promise<ProposalOfItem[]> {
  if (suggestionIds.length === 0) return []
  const rows = await db
    .selectFrom('proposal_sources as ps')
    .innerJoin('proposals as p', 'p.id', 'ps.proposal_id')
    .innerJoin('deputies as d', 'd.id', 'p.lead_deputy_id')
    .select([
      'p.id',
      'p.title',
      'p.status',
      'd.name',
      'p.answer',
      'p.outcome',
      'p.answered_at',
      'p.submitted_at',
    ])
    .where('ps.source_type', '=', 'suggestion')
    .where('ps.source_id', 'in', suggestionIds)
    .where('p.status', 'in', SHOWN)
    .orderBy('p.submitted_at')
    .execute()
  const seen = new Set<string>()
  return rows.flatMap((r) => {
    if (seen.has(r.id)) return []
    seen.add(r.id)
    const answered = ANSWERED.includes(r.status)
    return [
      {
        id: r.id,
        title: r.title,
        status: r.status,
        statusLabel: LABELS[r.status],
        leadDeputyName: r.name,
        answer: answered ? r.answer : null,
        outcome: answered ? r.outcome : null,
        answeredAt: answered ? r.answered_at : null,
      },
    ]
  })
}
