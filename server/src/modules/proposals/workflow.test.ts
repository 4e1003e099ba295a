import { describe, expect, it } from 'vitest'
import { PROPOSAL_STATUSES } from '../../db/enums.ts'
import { allowedActions, targetState } from '../../platform/workflow.ts'
import { monthsAfter } from './actions/index.ts'
import { PROPOSAL_TRANSITIONS, type ProposalAction, type ProposalRelation } from './workflow.ts'

const actions = Object.keys(PROPOSAL_TRANSITIONS) as ProposalAction[]
const set = (...r: ProposalRelation[]) => new Set(r)

/** The states reachable from a draft, by any sequence of actions (a list target reaches each of its states). */
function reachable(): Set<string> {
  const seen = new Set<string>(['draft'])
  const queue = ['draft']
  while (queue.length) {
    const from = queue.shift()!
    for (const a of actions) {
      const t = PROPOSAL_TRANSITIONS[a]
      if (!t.from.includes(from as never)) continue
      const tos = Array.isArray(t.to) ? t.to : [targetState(t, from as never)!]
      for (const to of tos)
        if (!seen.has(to)) {
          seen.add(to)
          queue.push(to)
        }
    }
  }
  return seen
}

describe('the proposal’s transition table', () => {
  it('reaches every state from a draft', () => {
    expect([...reachable()].sort()).toEqual([...PROPOSAL_STATUSES].sort())
  })

  it('ends in closed, not_registered and withdrawn', () => {
    for (const end of ['closed', 'not_registered', 'withdrawn'] as const)
      expect(
        allowedActions(PROPOSAL_TRANSITIONS, end, set('lead', 'office', 'lead_unit', 'cosigner')),
      ).toEqual([])
  })

  it('lets the lead unit answer only after a contact', () => {
    for (const state of ['registered', 'rehandling'] as const) {
      expect(allowedActions(PROPOSAL_TRANSITIONS, state, set('lead_unit'))).toEqual(['contact'])
    }
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'contacted', set('lead_unit'))).toEqual(['contact', 'answer'])
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'contacted', set('co_unit', 'reader'))).toEqual([])
  })

  it('gives each party its own actions', () => {
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'draft', set('lead'))).toEqual([
      'invite',
      'submit',
      'withdraw',
    ])
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'cosigning', set('invitee'))).toEqual(['cosign', 'decline'])
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'cosigning', set('cosigner'))).toEqual(['unsign'])
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'submitted', set('office'))).toEqual([
      'register',
      'not_register',
    ])
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'submitted', set('lead'))).toEqual(['withdraw'])
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'registered', set('lead'))).toEqual([])
    expect(allowedActions(PROPOSAL_TRANSITIONS, 'answered', set('lead'))).toEqual(['rate'])
  })

  it('counts the default time limit in calendar months, clamped to the month’s end', () => {
    expect(monthsAfter('2026-03-15', 3)).toBe('2026-06-15')
    expect(monthsAfter('2026-11-30', 3)).toBe('2027-02-28')
    expect(monthsAfter('2027-12-31', 3)).toBe('2028-03-31')
  })
})
