import { PROPOSAL_STATUSES } from '../../db/enums.ts'
import type { Db } from '../../db/index.ts'
import type { ProposalStatus } from '../../db/types.ts'
import type { WorkCalendar } from '../../platform/calendar.ts'
import type { Audit } from '../../platform/context.ts'
import { type Actor, runTransition, type WorkflowDefinition } from '../../platform/workflow.ts'
import { HANDLERS, monthsAfter, type ProposalPorts } from './actions/index.ts'
import {
  activeUnits,
  addCosigners,
  getProposal,
  nextNumber,
  type ProposalRow,
  proposalLimitDays,
  setCosignerStatus,
  setProposalUnits,
  writeProposalEvent,
} from './repo.ts'
import {
  PROPOSAL_TRANSITIONS,
  type ProposalAction,
  type ProposalInput,
  type ProposalRelation,
  proposalLabels,
} from './workflow.ts'

/** The proposal as a workflow definition on the kernel (platform/workflow.ts). */
export const proposalWorkflow: WorkflowDefinition<
  'proposals',
  ProposalStatus,
  ProposalAction,
  ProposalRelation,
  ProposalRow,
  ProposalInput,
  ProposalPorts
> = {
  name: 'proposal',
  entity: { zh: '代表建议', en: 'deputy proposal' },
  table: 'proposals',
  states: PROPOSAL_STATUSES,
  stateLabels: proposalLabels,
  transitions: PROPOSAL_TRANSITIONS,
  handlers: HANDLERS,
  load: (trx, id, forUpdate) => getProposal(trx, id, forUpdate).then((p) => p ?? null),
  row: (p) => ({ id: p.id, status: p.status, version: p.version }),
  writeEvent: writeProposalEvent,
}

/** The handlers' ports on a command's transaction. */
export function portsOn(
  trx: Db,
  id: string,
  deputyId: string | null,
  countyCode: string,
  calendar: WorkCalendar,
): ProposalPorts {
  return {
    deputyId,
    async deputies(ids) {
      if (ids.length === 0) return []
      const rows = await trx
        .selectFrom('deputies')
        .select('id')
        .where('id', 'in', ids)
        .where('active', '=', true)
        .execute()
      return rows.map((r) => r.id)
    },
    invite: (ids) => addCosigners(trx, id, ids),
    setCosigner: (deputy, status, now) => setCosignerStatus(trx, id, deputy, status, now),
    units: (ids) => activeUnits(trx, ids),
    setUnits: (lead, co) => setProposalUnits(trx, id, lead, co),
    nextNumber: (year) => nextNumber(trx, countyCode, year),
    async dueOn(day) {
      const days = await proposalLimitDays(trx)
      return days === null ? monthsAfter(day, 3) : calendar.addWorkingDays(day, days)
    },
  }
}

export interface ProposalActionContext {
  trx: Db
  calendar: WorkCalendar
  countyCode: string
  actor: Actor
  deputyId: string | null
  relationsFor: (subject: ProposalRow) => ReadonlySet<ProposalRelation>
  audit: Audit | null
  now?: Date
}

/** Runs one action on a proposal in the caller's transaction (see runTransition). */
export function runProposalAction(
  ctx: ProposalActionContext,
  id: string,
  action: ProposalAction,
  input: ProposalInput,
) {
  return runTransition(
    proposalWorkflow,
    {
      trx: ctx.trx,
      ports: portsOn(ctx.trx, id, ctx.deputyId, ctx.countyCode, ctx.calendar),
      countyCode: ctx.countyCode,
      actor: ctx.actor,
      relationsFor: ctx.relationsFor,
      audit: ctx.audit,
      now: ctx.now,
    },
    id,
    action,
    input,
  )
}
