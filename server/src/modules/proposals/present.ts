import type { Static } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { ProposalStatus } from '../../db/types.ts'
import type { Principal } from '../../platform/access.ts'
import { notFound } from '../../platform/errors.ts'
import { abilitiesOf, relate } from '../../platform/policy.ts'
import { allowedActions } from '../../platform/workflow.ts'
import { proposalPolicy } from './policy.ts'
import { getProposal, type ProposalListRow, proposalEvents, sourceSummaries } from './repo.ts'
import type { Proposal, ProposalListItem } from './schema.ts'
import { EDITABLE, PROPOSAL_TRANSITIONS, type ProposalAction, proposalLabels } from './workflow.ts'

const iso = (d: Date | string) => new Date(d).toISOString()
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d))

const CREATED = { zh: '起草', en: 'Drafted' }

export function presentListItem(r: ProposalListRow): Static<typeof ProposalListItem> {
  return {
    id: r.id,
    year: r.year,
    number: r.number,
    title: r.title,
    status: r.status,
    statusLabel: proposalLabels[r.status],
    leadDeputy: { id: r.lead_deputy_id, name: r.lead_name },
    cosigners: Number(r.signed),
    leadUnitName: r.lead_unit_name,
    dueOn: r.due_on,
    outcome: r.outcome,
    rating: r.rating,
    updatedAt: iso(r.updated_at),
  }
}

/** One proposal for the caller (404 outside their relations), with the actions they may take now. */
export async function readProposal(
  db: Db,
  principal: Principal,
  id: string,
): Promise<Static<typeof Proposal>> {
  const p = await getProposal(db, id)
  if (!p) throw notFound(proposalPolicy.entity)
  const relations = relate(proposalPolicy, principal, p)
  const [sources, events] = await Promise.all([sourceSummaries(db, p.sources), proposalEvents(db, id)])
  const actions: ('edit' | ProposalAction)[] = [
    ...(EDITABLE.includes(p.status) && abilitiesOf(proposalPolicy, relations).includes('edit')
      ? ['edit' as const]
      : []),
    ...allowedActions(PROPOSAL_TRANSITIONS, p.status, relations),
  ]
  const lead = p.units.find((u) => u.role === 'lead')
  return {
    id: p.id,
    year: p.year,
    number: p.number,
    title: p.title,
    reason: p.reason,
    measures: p.measures,
    category: p.category_code ? { code: p.category_code, name: p.category_name ?? p.category_code } : null,
    status: p.status,
    statusLabel: proposalLabels[p.status],
    leadDeputy: { id: p.lead_deputy_id, name: p.lead_name },
    cosigners: p.cosigners.map((c) => ({
      deputyId: c.deputy_id,
      name: c.name,
      status: c.status,
      respondedAt: isoOrNull(c.responded_at),
    })),
    requiredCosigners: p.required_cosigners,
    sources,
    leadUnit: lead ? { id: lead.unit_id, name: lead.name } : null,
    coUnits: p.units.filter((u) => u.role === 'co').map((u) => ({ id: u.unit_id, name: u.name })),
    submittedAt: isoOrNull(p.submitted_at),
    registeredAt: isoOrNull(p.registered_at),
    dueOn: p.due_on,
    notRegisteredReason: p.not_registered_reason,
    contact:
      p.contacted_at && p.contact_method
        ? {
            at: iso(p.contacted_at),
            method: p.contact_method,
            with: p.contact_with ?? '',
            note: p.contact_note ?? '',
          }
        : null,
    answer: p.answer,
    outcome: p.outcome,
    answeredAt: isoOrNull(p.answered_at),
    firstRating: p.first_rating,
    rating: p.rating,
    closedAt: isoOrNull(p.closed_at),
    rehandled: p.first_rating === 'dissatisfied',
    createdAt: iso(p.created_at),
    version: p.version,
    allowedActions: actions,
    timeline: events.map((e) => ({
      id: e.id,
      at: iso(e.created_at),
      action: e.action,
      title:
        e.action === 'create'
          ? CREATED
          : (PROPOSAL_TRANSITIONS[e.action as ProposalAction]?.label ?? { zh: e.action, en: e.action }),
      fromStatus: e.from_status as ProposalStatus | null,
      toStatus: e.to_status as ProposalStatus,
      actorName: e.actor_name,
      note: e.note,
    })),
  }
}
