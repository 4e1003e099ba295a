import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SuggestionStatus } from '../../db/types.ts'
import {
  ACTIONS,
  type Action,
  allowedActions,
  HANDLING,
  OPEN,
  type Relation,
  STATUSES,
  statusLabels,
  TERMINAL,
  TRANSITIONS,
  targetState,
} from './workflow.ts'

/**
 * The transition table is the single source of truth for the closed loop (docs/domain.md, "The suggestion
 * loop"). These tests read it as a graph and check the properties the domain guide promises, independently of the
 * service that executes it.
 */

const RELATIONS: Relation[] = ['intake', 'manager', 'lead_unit', 'co_unit', 'follower', 'citizen', 'system']

/** Every edge of the table: (from, action, to), 'same' resolved to the from-state. */
const edges = ACTIONS.flatMap((action) =>
  TRANSITIONS[action].from.map((from) => ({ from, action, to: targetState(action, from)! })),
)

/** States reachable from `start` through any sequence of actions, with the shortest action path to each. */
function reachableFrom(start: SuggestionStatus): Map<SuggestionStatus, Action[]> {
  const seen = new Map<SuggestionStatus, Action[]>([[start, []]])
  const queue: SuggestionStatus[] = [start]
  while (queue.length) {
    const state = queue.shift()!
    for (const e of edges.filter((x) => x.from === state)) {
      if (seen.has(e.to)) continue
      seen.set(e.to, [...seen.get(state)!, e.action])
      queue.push(e.to)
    }
  }
  return seen
}

const run = (path: Action[], from: SuggestionStatus = 'submitted') =>
  path.reduce<SuggestionStatus | null>((s, a) => (s === null ? null : targetState(a, s)), from)

describe('the state list', () => {
  it('has the twelve documented states, each once, each with a Chinese and an English label', () => {
    expect([...STATUSES].sort()).toEqual(
      [
        'submitted',
        'accepted',
        'rejected',
        'answered_on_spot',
        'routed',
        'assigned',
        'signed',
        'in_progress',
        'replied',
        'reviewed',
        'feedback_given',
        'closed',
      ].sort(),
    )
    expect(new Set(STATUSES).size).toBe(12)
    for (const s of STATUSES) {
      expect(statusLabels[s].zh.length, s).toBeGreaterThan(0)
      expect(statusLabels[s].en.length, s).toBeGreaterThan(0)
    }
    expect(Object.keys(statusLabels).sort()).toEqual([...STATUSES].sort())
  })

  it('splits states into open and terminal (rejected, closed); handling states are open', () => {
    expect([...TERMINAL].sort()).toEqual(['closed', 'rejected'])
    expect([...OPEN, ...TERMINAL].sort()).toEqual([...STATUSES].sort())
    expect(OPEN.filter((s) => TERMINAL.includes(s))).toEqual([])
    expect([...HANDLING].sort()).toEqual(['assigned', 'in_progress', 'signed'])
    for (const s of HANDLING) expect(OPEN).toContain(s)
  })
})

describe('the transition table', () => {
  it('has the 22 named commands', () => {
    expect([...ACTIONS].sort()).toEqual(
      [
        'accept',
        'reject',
        'merge',
        'answer_on_spot',
        'route',
        'assign',
        'return',
        'sign',
        'start',
        'request_extension',
        'decide_extension',
        'urge',
        'escalate',
        'reply',
        'review',
        'send_back',
        'give_feedback',
        'rate',
        'close_unrated',
        'reopen',
        'reschedule',
        'note',
      ].sort(),
    )
  })

  it.each(ACTIONS)(
    '%s: from-states and to-state are valid statuses, relations and labels are set',
    (action) => {
      const t = TRANSITIONS[action]
      expect(t.from.length).toBeGreaterThan(0)
      expect(new Set(t.from).size).toBe(t.from.length)
      for (const s of t.from) expect(STATUSES).toContain(s)
      if (t.to !== 'same') expect(STATUSES).toContain(t.to)
      expect(t.by.length).toBeGreaterThan(0)
      for (const r of t.by) expect(RELATIONS).toContain(r)
      expect(t.label.zh.length).toBeGreaterThan(0)
      expect(t.label.en.length).toBeGreaterThan(0)
    },
  )

  it('targetState: the to-state from a from-state, the same state for side paths, null elsewhere', () => {
    for (const action of ACTIONS) {
      const t = TRANSITIONS[action]
      for (const s of STATUSES) {
        const got = targetState(action, s)
        if (!t.from.includes(s)) expect(got, `${action} from ${s}`).toBeNull()
        else expect(got, `${action} from ${s}`).toBe(t.to === 'same' ? s : t.to)
      }
    }
  })

  it('no state-changing command leaves the state as it was (side paths are marked "same")', () => {
    for (const e of edges) {
      if (TRANSITIONS[e.action].to !== 'same') expect(e.to, `${e.action} from ${e.from}`).not.toBe(e.from)
    }
  })

  it('terminal states allow only the documented exits: closed → reopen or note; rejected → note', () => {
    const exits = (s: SuggestionStatus) => ACTIONS.filter((a) => TRANSITIONS[a].from.includes(s)).sort()
    expect(exits('closed')).toEqual(['note', 'reopen'])
    expect(exits('rejected')).toEqual(['note'])
    expect(targetState('note', 'closed')).toBe('closed')
    expect(targetState('note', 'rejected')).toBe('rejected')
    expect(targetState('reopen', 'closed')).toBe('routed')
  })

  it('every state is reachable from submitted', () => {
    const reached = reachableFrom('submitted')
    expect([...reached.keys()].sort()).toEqual([...STATUSES].sort())
    // Each shortest path really leads there through targetState.
    for (const [state, path] of reached) expect(run(path), state).toBe(state)
  })

  it.each(OPEN)('closed is reachable from the open state %s', (state) => {
    const path = reachableFrom(state).get('closed')
    expect(path, `no path from ${state} to closed`).toBeDefined()
    expect(run(path!, state)).toBe('closed')
  })

  it('rejected is a dead end except for notes; only intake steps lead into it', () => {
    expect([...reachableFrom('rejected').keys()]).toEqual(['rejected'])
    const into = edges.filter((e) => e.to === 'rejected' && e.from !== 'rejected')
    expect([...new Set(into.map((e) => e.action))].sort()).toEqual(['merge', 'reject'])
    expect([...new Set(into.map((e) => e.from))].sort()).toEqual(['accepted', 'submitted'])
  })

  it('the documented main line and the on-the-spot line both end closed', () => {
    const mainLine: Action[] = [
      'accept',
      'route',
      'assign',
      'sign',
      'start',
      'reply',
      'review',
      'give_feedback',
      'rate',
    ]
    const visited: (SuggestionStatus | null)[] = ['submitted']
    for (const a of mainLine) visited.push(targetState(a, visited.at(-1)!))
    expect(visited).toEqual([
      'submitted',
      'accepted',
      'routed',
      'assigned',
      'signed',
      'in_progress',
      'replied',
      'reviewed',
      'feedback_given',
      'closed',
    ])
    expect(run(['accept', 'answer_on_spot', 'rate'])).toBe('closed')
    expect(run(['accept', 'answer_on_spot', 'close_unrated'])).toBe('closed')
    // Side paths: return to re-routing, send back for rework, reopen once closed.
    expect(targetState('return', 'signed')).toBe('routed')
    expect(targetState('send_back', 'replied')).toBe('in_progress')
    expect(run(['reopen', 'assign'], 'closed')).toBe('assigned')
  })

  it('extensions, urging and escalation happen only while a unit holds the item and keep its state', () => {
    for (const a of ['request_extension', 'decide_extension', 'urge', 'escalate'] as Action[]) {
      expect(TRANSITIONS[a].to, a).toBe('same')
      for (const s of TRANSITIONS[a].from) expect(HANDLING, `${a} from ${s}`).toContain(s)
    }
  })
})

describe('who may act (allowedActions)', () => {
  const relationSets = fc.subarray(RELATIONS).map((r) => new Set<Relation>(r))
  const statuses = fc.constantFrom(...STATUSES)

  it('nobody may do anything without a relation to the item', () => {
    for (const s of STATUSES) expect(allowedActions(s, new Set())).toEqual([])
  })

  it('offers exactly the actions whose from-states include the state and whose actors include a relation', () => {
    fc.assert(
      fc.property(statuses, relationSets, (status, relations) => {
        const got = allowedActions(status, relations)
        for (const a of ACTIONS) {
          const permitted = targetState(a, status) !== null && TRANSITIONS[a].by.some((r) => relations.has(r))
          expect(got.includes(a), `${a} in ${status} for {${[...relations]}}`).toBe(permitted)
        }
        expect(new Set(got).size).toBe(got.length)
      }),
    )
  })

  it('more relations never take an action away, and a set allows the union of what its members allow', () => {
    fc.assert(
      fc.property(statuses, relationSets, relationSets, (status, a, b) => {
        const union = new Set([...a, ...b])
        const byUnion = allowedActions(status, union)
        for (const x of allowedActions(status, a)) expect(byUnion).toContain(x)
        const members = new Set([...union].flatMap((r) => allowedActions(status, new Set([r]))))
        expect([...byUnion].sort()).toEqual([...members].sort())
      }),
    )
  })

  const cases: [SuggestionStatus, Relation[], Action[]][] = [
    ['submitted', ['intake'], ['accept', 'reject', 'merge', 'note']],
    ['accepted', ['intake'], ['reject', 'merge', 'answer_on_spot', 'route', 'note']],
    ['submitted', ['follower'], []],
    ['submitted', ['lead_unit', 'co_unit'], ['note']],
    ['routed', ['manager'], ['assign', 'note']],
    ['routed', ['intake', 'follower'], ['note']],
    ['assigned', ['lead_unit'], ['return', 'sign', 'start', 'note']],
    ['assigned', ['follower'], ['urge']],
    ['signed', ['lead_unit'], ['return', 'start', 'request_extension', 'note']],
    ['signed', ['manager'], ['decide_extension', 'urge', 'escalate', 'note']],
    ['in_progress', ['lead_unit'], ['request_extension', 'reply', 'note']],
    ['in_progress', ['co_unit'], ['note']],
    ['in_progress', ['system'], ['escalate', 'reschedule']],
    ['routed', ['system'], ['reschedule']],
    ['replied', ['manager'], ['review', 'send_back', 'note']],
    ['replied', ['lead_unit'], ['note']],
    ['reviewed', ['manager'], ['give_feedback', 'note']],
    ['feedback_given', ['citizen'], ['rate']],
    ['feedback_given', ['manager'], ['note']],
    ['answered_on_spot', ['system'], ['close_unrated']],
    ['answered_on_spot', ['citizen'], ['rate']],
    ['closed', ['citizen'], ['reopen']],
    ['closed', ['manager', 'intake', 'lead_unit', 'co_unit', 'follower', 'system'], ['note']],
    ['rejected', ['citizen', 'system', 'follower'], []],
  ]
  it.each(cases)('in %s, relations %j may: %j', (status, relations, expected) => {
    expect([...allowedActions(status, new Set(relations))].sort()).toEqual([...expected].sort())
  })

  it('the citizen only rates and reopens; the system only escalates, closes unrated items and recomputes deadlines', () => {
    expect(ACTIONS.filter((a) => TRANSITIONS[a].by.includes('citizen')).sort()).toEqual(['rate', 'reopen'])
    expect(ACTIONS.filter((a) => TRANSITIONS[a].by.includes('system')).sort()).toEqual([
      'close_unrated',
      'escalate',
      'reschedule',
    ])
  })

  it('only the lead unit signs, starts, replies, returns and asks for more time; co-units only add notes', () => {
    expect(ACTIONS.filter((a) => TRANSITIONS[a].by.includes('lead_unit')).sort()).toEqual(
      ['note', 'reply', 'request_extension', 'return', 'sign', 'start'].sort(),
    )
    expect(ACTIONS.filter((a) => TRANSITIONS[a].by.includes('co_unit'))).toEqual(['note'])
    for (const a of ['sign', 'start', 'reply', 'return', 'request_extension'] as Action[])
      expect(TRANSITIONS[a].by, a).toEqual(['lead_unit'])
  })

  it('intake takes items in; only managers assign, review, send back and send the answer', () => {
    for (const a of ['accept', 'reject', 'merge', 'answer_on_spot', 'route'] as Action[])
      expect(TRANSITIONS[a].by, a).toEqual(['intake'])
    for (const a of ['assign', 'review', 'send_back', 'give_feedback', 'decide_extension'] as Action[])
      expect(TRANSITIONS[a].by, a).toEqual(['manager'])
    expect([...TRANSITIONS.urge.by].sort()).toEqual(['follower', 'manager'])
  })
})

describe('what the citizen sees (public flags)', () => {
  // The citizen's tracking page shows the public events as a timeline (docs/domain.md, "Transitions"). The
  // submission event itself is written by createSuggestion (public, checked in the integration suite), it is not
  // a table action.
  const publicSteps: Action[] = ['accept', 'route', 'assign', 'sign', 'start', 'give_feedback', 'rate']
  const internalSteps: Action[] = [
    'reply', // not public before staff review it
    'review',
    'return',
    'request_extension',
    'urge',
    'escalate',
    'send_back',
    'note',
  ]
  it.each(publicSteps)('%s appears on the citizen timeline', (a) => {
    expect(TRANSITIONS[a].public).toBe(true)
  })
  it.each(internalSteps)('%s stays internal', (a) => {
    expect(TRANSITIONS[a].public).toBe(false)
  })
  it('every way an item ends, or comes back, is told to the citizen', () => {
    const intoOrOutOfTerminal = edges.filter(
      (e) =>
        e.from !== e.to &&
        (TERMINAL.includes(e.to) || TERMINAL.includes(e.from) || e.to === 'answered_on_spot'),
    )
    for (const e of intoOrOutOfTerminal)
      expect(TRANSITIONS[e.action].public, `${e.action}: ${e.from} → ${e.to}`).toBe(true)
  })
})
