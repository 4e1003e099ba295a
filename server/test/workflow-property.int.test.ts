import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SuggestionStatus } from '../src/db/types.ts'
import type { ActionInput } from '../src/modules/suggestions/actions/index.ts'
import { runAction } from '../src/modules/suggestions/definition.ts'
import { ACTIONS, type Action, type Relation, targetState } from '../src/modules/suggestions/workflow.ts'
import { appendAudit } from '../src/platform/audit.ts'
import { loadCalendar } from '../src/platform/calendar.ts'
import { AppError } from '../src/platform/errors.ts'
import { createTestApp, TEST_COUNTY, type TestApp } from './harness.ts'
import {
  brokenRules,
  buildWorkflowWorld,
  citizenRequest,
  citizenViewProblems,
  documentedRelations,
  type Grant,
  permits,
  REQUIRED_FIELDS,
  type Snapshot,
  STAFF_ENDPOINT_ACTIONS,
  type SubmittedItem,
  snapshot,
  staffUrl,
  submitItem,
  type WorkflowWorld,
} from './workflow-world.ts'

/**
 * Random sequences of workflow commands run through the real HTTP API against the database. Actors: town staff,
 * county admin, station staff, the addressed deputy, lead-unit staff, other-unit staff, the citizen (public
 * endpoints with the access token; anonymous on staff endpoints) and the sweep (runAction with the 'system'
 * relation, which has no endpoint). A step is either a 'legal' move (an action the table allows now, by an actor
 * who may take it, picked by weight so items get round the loop) or 'any' actor and action; both carry a seed for
 * plausible inputs and sometimes a fault (blank text, missing field, stale version).
 * After every step: (a) the answer is the one the table, the documented relations and the action's own checks
 * predict, never a 500; a refused step leaves the item, its events, audit rows and messages untouched; (b)–(e)
 * the item keeps every consistency rule (brokenRules). A failure shrinks to a short sequence and prints the trace.
 */

let t: TestApp
let w: WorkflowWorld
/** An item already merged into the world's primary: merging into it merges into the primary (the root). */
let mergedFollower: SubmittedItem
beforeAll(async () => {
  t = await createTestApp()
  w = await buildWorkflowWorld(t)
  mergedFollower = await submitItem(t, w, '主干道路灯坏了，晚上很黑，希望尽快修好。')
  const merged = await w.sessions.county_admin.post(staffUrl(mergedFollower.id, 'merge'), {
    primaryId: w.primary.id,
  })
  if (merged.statusCode !== 200) throw new Error(`setup merge: ${merged.statusCode} ${merged.body}`)
})
afterAll(async () => t?.close())

// ── actors ──────────────────────────────────────────────────────────────────────────────────────────────────

const ACTORS = [
  'town_staff',
  'county_admin',
  'station_staff',
  'deputy',
  'lead_unit_staff',
  'other_unit_staff',
  'citizen',
  'system',
] as const
type Actor = (typeof ACTORS)[number]

/** Which of the world's users an actor is now: unit actors follow the item's current lead unit. */
function userOf(actor: Actor, s: Snapshot) {
  const lead = s.item.lead_unit_id
  switch (actor) {
    case 'town_staff':
    case 'county_admin':
    case 'station_staff':
    case 'deputy':
      return actor
    case 'lead_unit_staff':
      return lead === w.coUnitId ? 'co_unit_staff' : 'lead_unit_staff'
    case 'other_unit_staff':
      return lead === w.coUnitId ? 'lead_unit_staff' : 'co_unit_staff'
    default:
      return null
  }
}

function relationsOfActor(actor: Actor, s: Snapshot): Set<Relation> {
  if (actor === 'citizen') return new Set(['citizen'])
  if (actor === 'system') return new Set(['system'])
  return documentedRelations(w.grants[userOf(actor, s)!] as Grant, s.item, s.units)
}

/** How an actor reaches an action: staff endpoints, the citizen's public endpoints, the sweep in-process. */
function channelOf(actor: Actor, action: Action): 'staff' | 'no_route' | 'public' | 'anonymous' | 'sweep' {
  if (actor === 'system') return 'sweep'
  if (actor === 'citizen' && (action === 'rate' || action === 'reopen')) return 'public'
  if (!STAFF_ENDPOINT_ACTIONS.includes(action)) return 'no_route'
  return actor === 'citizen' ? 'anonymous' : 'staff'
}

// ── steps ───────────────────────────────────────────────────────────────────────────────────────────────────

type Fault = 'none' | 'blank' | 'missing' | 'stale'
interface LegalStep {
  move: 'legal'
  pick: number
  fault: Fault
  seed: number
}
interface AnyStep {
  move: 'any'
  actor: Actor
  action: Action
  fault: Fault
  seed: number
}
type Step = LegalStep | AnyStep

const fault = fc.oneof(
  { weight: 16, arbitrary: fc.constant<Fault>('none') },
  { weight: 1, arbitrary: fc.constant<Fault>('blank') },
  { weight: 1, arbitrary: fc.constant<Fault>('missing') },
  { weight: 1, arbitrary: fc.constant<Fault>('stale') },
)
// Seed 0 is the plain valid body; other seeds vary tiers, units, outcomes, days and merge targets.
const seed = fc.oneof(fc.constant(0), fc.nat(999))
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ move: fc.constant('legal' as const), pick: fc.nat(999), fault, seed }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      move: fc.constant('any' as const),
      actor: fc.constantFrom(...ACTORS),
      action: fc.constantFrom(...ACTIONS),
      fault,
      seed,
    }),
  },
)

/** Main-line steps are likelier, so sequences get deep into the loop (and round it again after a reopen). */
const weightOf: Record<Action, number> = {
  accept: 10,
  reject: 1,
  merge: 1,
  answer_on_spot: 3,
  route: 8,
  assign: 10,
  return: 1,
  sign: 10,
  start: 10,
  request_extension: 2,
  decide_extension: 6,
  urge: 1,
  escalate: 1,
  reply: 10,
  review: 8,
  send_back: 2,
  give_feedback: 10,
  rate: 6,
  close_unrated: 3,
  reopen: 8,
  // Only the county's calendar correction runs it (recompute-deadlines tests).
  reschedule: 0,
  note: 1,
}

/** A 'legal' move: an action the table allows now, by an actor who may take it, chosen by `pick`. */
function resolveLegal(step: LegalStep, s: Snapshot): { actor: Actor; action: Action } | null {
  const status = s.item.status as SuggestionStatus
  // A rejected item only takes notes; spend few steps on it.
  if (status === 'rejected' && step.pick >= 100) return null
  const options: { actor: Actor; action: Action; weight: number }[] = []
  for (const action of ACTIONS) {
    if (targetState(action, status) === null || weightOf[action] === 0) continue
    const actors = ACTORS.filter((a) => {
      const ch = channelOf(a, action)
      return ch !== 'no_route' && ch !== 'anonymous' && permits(action, relationsOfActor(a, s))
    })
    for (const actor of actors) options.push({ actor, action, weight: weightOf[action] / actors.length })
  }
  if (options.length === 0) return null
  const total = options.reduce((n, o) => n + o.weight, 0)
  let x = (step.pick / 1000) * total
  for (const o of options) {
    x -= o.weight
    if (x < 0) return o
  }
  return options.at(-1)!
}

/** The body a step sends, from its seed; 'missing' drops the required fields, 'blank' empties texts. */
function bodyOf(actor: Actor, action: Action, step: Step, s: Snapshot): Record<string, unknown> {
  const n = step.seed
  const tier = (['town', 'county', 'proposal'] as const)[n % 3]
  const lead = [w.leadUnitId, w.coUnitId][Math.floor(n / 3) % 2]!
  const other = lead === w.leadUnitId ? w.coUnitId : w.leadUnitId
  const co = [[], [other], [w.unrelatedUnitId]][Math.floor(n / 6) % 3]!
  const outcome = (['A', 'B', 'C', 'D'] as const)[Math.floor(n / 18) % 4]
  const days = 1 + (Math.floor(n / 72) % 7) // 6 and 7 exceed the 5-day maximum
  const primaryId = [w.primary.id, s.item.id, '00000000-0000-4000-8000-000000000000', mergedFollower.id][
    Math.floor(n / 5) % 4
  ]
  const text = step.fault === 'blank' ? '   ' : null
  const bodies: Record<Action, Record<string, unknown>> = {
    accept: {},
    reject: { reason: n % 2 ? 'invalid' : 'out_of_scope', note: text ?? '重复提交的无效内容' },
    merge: { primaryId },
    answer_on_spot: n % 2 ? { answer: text ?? '已当场解答' } : { answer: text ?? '已当场解答', outcome },
    route: { tier },
    assign: co.length ? { leadUnitId: lead, coUnitIds: co } : { leadUnitId: lead },
    return: { note: text ?? '不属于本单位职责' },
    sign: {},
    start: {},
    request_extension: { days, note: text ?? '需要协调多个部门' },
    decide_extension: { approve: n % 2 === 0 },
    urge: text ? { note: text } : {},
    escalate: {},
    reply: { answer: text ?? '已经处理完毕', outcome },
    review: {},
    send_back: { note: text ?? '请补充办理情况' },
    give_feedback: {},
    rate: { rating: (['satisfied', 'basically_satisfied', 'dissatisfied'] as const)[n % 3] },
    close_unrated: {},
    reopen: { reason: text ?? '问题没有解决' },
    reschedule: { days: 4 },
    note: { note: text ?? '已电话回访' },
  }
  const body = { ...bodies[action] }
  if (step.fault === 'missing') for (const f of REQUIRED_FIELDS[action]) delete body[f]
  // The citizen's endpoints take no version (their schema refuses unknown fields).
  if (step.fault === 'stale' && channelOf(actor, action) !== 'public') body.version = s.item.version + 1
  return body
}

/** Hand-written sequences run before the random ones, so every side path is walked in every run. */
const by = (actor: Actor, action: Action, seed = 0, f: Fault = 'none'): AnyStep => ({
  move: 'any',
  actor,
  action,
  fault: f,
  seed,
})
const EXAMPLES: Step[][] = [
  // Not accepted: the intake says why (so every run set covers a successful reject).
  [by('station_staff', 'accept'), by('town_staff', 'reject'), by('citizen', 'rate')],
  // The main line with a return, co-unit, extension, urging, escalation, send-back, rating and one reopen.
  [
    by('station_staff', 'accept'),
    by('town_staff', 'route'),
    by('town_staff', 'assign'),
    by('lead_unit_staff', 'return'),
    by('county_admin', 'assign', 7), // lead: the town's unit, co: the county unit
    by('other_unit_staff', 'note'),
    by('lead_unit_staff', 'sign'),
    by('lead_unit_staff', 'request_extension'),
    by('lead_unit_staff', 'request_extension'), // already pending: 409
    by('town_staff', 'decide_extension'),
    by('lead_unit_staff', 'start'),
    by('deputy', 'urge'),
    by('system', 'escalate'),
    by('lead_unit_staff', 'reply'),
    by('town_staff', 'send_back'),
    by('lead_unit_staff', 'reply', 18),
    by('town_staff', 'review'),
    by('town_staff', 'give_feedback'),
    by('citizen', 'rate', 2),
    by('citizen', 'reopen'),
    by('county_admin', 'assign', 3), // a county unit for a town-tier item: 400
    by('county_admin', 'assign'),
    by('station_staff', 'urge', 0, 'stale'),
    by('citizen', 'reopen'),
  ],
  // Answered on the spot, closed by the sweep, reopened (once only).
  [
    by('deputy', 'accept'),
    by('deputy', 'answer_on_spot'),
    by('citizen', 'rate', 0, 'missing'),
    by('system', 'close_unrated'),
    by('citizen', 'reopen', 0, 'blank'),
    by('citizen', 'reopen'),
    by('citizen', 'reopen'),
    by('town_staff', 'assign'),
  ],
  // The county tier: town staff keep intake but no longer manage.
  [
    by('county_admin', 'accept'),
    by('county_admin', 'route', 1),
    by('town_staff', 'assign'),
    by('county_admin', 'assign', 3), // lead: the county unit
    by('other_unit_staff', 'sign'),
    by('lead_unit_staff', 'sign'),
    by('town_staff', 'note'),
    by('town_staff', 'urge'),
    by('lead_unit_staff', 'return', 0, 'blank'),
  ],
  // Merging: not into itself, then into a merged item, which means into its primary; then only notes.
  [
    by('town_staff', 'merge', 5),
    by('town_staff', 'merge', 15),
    by('citizen', 'rate'),
    by('station_staff', 'note'),
    by('lead_unit_staff', 'note'),
  ],
]

// ── the oracle ──────────────────────────────────────────────────────────────────────────────────────────────

interface Expected {
  codes: number[]
  why: string
}

/** What the action's own checks answer once the caller may take it in this state (the action handlers' semantics). */
function preconditions(action: Action, body: Record<string, unknown>, s: Snapshot): Expected {
  const { item } = s
  const blank = (v: unknown) => typeof v !== 'string' || v.trim() === ''
  const ok = { codes: [200], why: 'allowed' }
  const bad = (why: string) => ({ codes: [400], why })
  const conflict = (why: string) => ({ codes: [409], why })
  switch (action) {
    case 'reject':
    case 'return':
    case 'send_back':
    case 'note':
      return blank(body.note) ? bad('note is required') : ok
    case 'merge':
      return body.primaryId === w.primary.id || body.primaryId === mergedFollower.id
        ? ok
        : bad('primary is itself or unknown')
    case 'answer_on_spot':
    case 'reply':
      return blank(body.answer) ? bad('answer is blank') : ok
    case 'assign':
      return item.tier === 'town' && body.leadUnitId !== w.leadUnitId
        ? bad('a town-tier item goes to a unit of its town')
        : ok
    case 'request_extension':
      if ((body.days as number) > 5) return bad('more than the 5-day maximum')
      if (blank(body.note)) return bad('reason is required')
      return item.extension_requested_days ? conflict('a request is pending') : ok
    case 'decide_extension':
      return item.extension_requested_days ? ok : conflict('no request is pending')
    case 'reopen':
      if (item.reopen_count >= 1) return conflict('reopened once already')
      return item.answer ? ok : conflict('no answer to reopen')
    default:
      return ok
  }
}

function expectedAnswer(actor: Actor, action: Action, body: Record<string, unknown>, s: Snapshot): Expected {
  const channel = channelOf(actor, action)
  if (channel === 'no_route') return { codes: [404], why: 'no staff endpoint for this action' }
  const schemaMissing = REQUIRED_FIELDS[action].some((f) => !(f in body)) && channel !== 'sweep'
  // Fastify validates the body before the handler asks who is calling.
  if (channel === 'anonymous')
    return schemaMissing
      ? { codes: [400, 401], why: 'invalid body, anonymous' }
      : { codes: [401], why: 'anonymous' }
  if (schemaMissing) return { codes: [400], why: 'a required field is missing' }
  // The citizen's reason is checked with the body, before the item's state.
  if (channel === 'public' && action === 'reopen' && !String(body.reason ?? '').trim())
    return { codes: [400], why: 'a blank reason' }
  const relations = relationsOfActor(actor, s)
  if (relations.size === 0) return { codes: [404], why: 'the actor cannot see the item' }
  const status = s.item.status as SuggestionStatus
  if (targetState(action, status) === null) return { codes: [409], why: `not allowed from ${status}` }
  if (!permits(action, relations))
    return { codes: [403], why: `relations {${[...relations]}} may not ${action}` }
  if (body.version !== undefined && body.version !== s.item.version)
    return { codes: [409], why: 'stale version' }
  return preconditions(action, body, s)
}

// ── running a step ──────────────────────────────────────────────────────────────────────────────────────────

interface Answer {
  code: number
  status?: string
  errorCode?: string
  field?: string
}

async function perform(
  actor: Actor,
  action: Action,
  body: Record<string, unknown>,
  item: SubmittedItem,
  s: Snapshot,
): Promise<Answer> {
  const channel = channelOf(actor, action)
  if (channel === 'sweep') {
    const calendar = await loadCalendar(t.ctx.db, t.ctx.config.countyCode)
    try {
      const r = await t.ctx.db.transaction().execute((trx) =>
        runAction(
          {
            trx,
            calendar,
            countyCode: TEST_COUNTY,
            relationsFor: () => new Set<Relation>(['system']),
            actor: { id: null, name: '系统', role: 'system' },
            // as the sweep does: its transitions are audited under the 'system' actor
            audit: (entry) =>
              appendAudit(
                trx,
                { actor: { id: null, name: 'system' }, requestId: null, countyCode: TEST_COUNTY },
                entry,
              ),
          },
          item.id,
          action,
          body as ActionInput,
        ),
      )
      return { code: 200, status: r.status }
    } catch (error) {
      if (error instanceof AppError) return { code: error.status, errorCode: error.code, field: error.field }
      return { code: 500, errorCode: String(error) }
    }
  }
  const res =
    channel === 'public'
      ? await citizenRequest(t, item, item.accessToken, action as 'rate' | 'reopen', body)
      : actor === 'citizen'
        ? await t.app.inject({ method: 'POST', url: staffUrl(item.id, action), payload: body })
        : await w.sessions[userOf(actor, s)!].post(staffUrl(item.id, action), body)
  const json = res.headers['content-type']?.toString().includes('json') ? res.json() : {}
  return { code: res.statusCode, status: json.status, errorCode: json.code, field: json.field }
}

/** 400 answers naming a field the request does not have (collected here, checked by the second test). */
const misnamed = new Set<string>()
let stepsRun = 0

describe('random command sequences through the API', () => {
  it('keep every item consistent and answer as the transition table says', async () => {
    const succeeded = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(fc.noBias(fc.array(stepArb, { maxLength: 25, size: 'max' })), async (steps) => {
        const item = await submitItem(t, w)
        let s = await snapshot(t.ctx.db, item.id)
        const trace: string[] = [`submitted ${item.trackingCode}`]
        const fail = (message: string) => {
          throw new Error(`${message}\n  trace:\n    ${trace.join('\n    ')}`)
        }
        const initial = brokenRules(s)
        if (initial.length) fail(initial.join('; '))
        for (const step of steps) {
          const chosen = step.move === 'legal' ? resolveLegal(step, s) : step
          if (!chosen) continue
          const { actor, action } = chosen
          const body = bodyOf(actor, action, step, s)
          const expected = expectedAnswer(actor, action, body, s)
          const answer = await perform(actor, action, body, item, s)
          const next = await snapshot(t.ctx.db, item.id)
          stepsRun++
          const who =
            actor === 'lead_unit_staff' || actor === 'other_unit_staff'
              ? `${actor}(${userOf(actor, s)})`
              : actor
          const said = [answer.code, answer.errorCode, answer.field && `[${answer.field}]`].filter(Boolean)
          trace.push(
            `${who} ${action} ${JSON.stringify(body)} → ${said.join(' ')}: ${s.item.status} → ${next.item.status}`,
          )

          // (a) the answer the table predicts; never a 500
          if (answer.code >= 500) fail('server error')
          if (!expected.codes.includes(answer.code))
            fail(`expected ${expected.codes.join(' or ')} (${expected.why}), got ${answer.code}`)
          if (answer.code === 200) {
            const to = targetState(action, s.item.status as SuggestionStatus)
            if (next.item.status !== to) fail(`${action} from ${s.item.status} should lead to ${to}`)
            if (answer.status !== undefined && answer.status !== to)
              fail(`the answer says ${answer.status}, not ${to}`)
            if (next.item.version !== s.item.version + 1) fail('version did not go up by one')
            if (next.events.length !== s.events.length + 1 || next.events.at(-1)?.action !== action)
              fail('no event for the step')
            succeeded.set(action, (succeeded.get(action) ?? 0) + 1)
          } else {
            // a refused step leaves no trace: same row, no event, no audit row, no message
            if (
              next.item.status !== s.item.status ||
              next.item.version !== s.item.version ||
              new Date(next.item.updated_at).getTime() !== new Date(s.item.updated_at).getTime() ||
              next.events.length !== s.events.length ||
              next.audits.length !== s.audits.length ||
              next.notifications !== s.notifications
            )
              fail('a refused step changed the item')
            if (answer.code === 400) {
              const named = answer.field?.replace(/^body\./, '')
              const sentOrRequired = [...Object.keys(body), ...REQUIRED_FIELDS[action]]
              if (!named || !sentOrRequired.includes(named))
                misnamed.add(`${who} ${action} ${JSON.stringify(body)} → 400 names ${answer.field}`)
            }
          }
          // (b)–(e) the rules every item keeps
          const broken = brokenRules(next)
          if (broken.length) fail(broken.join('; '))
          if (answer.code === 200) {
            const shown = await citizenViewProblems(t, item, next)
            if (shown.length) fail(`the citizen's page: ${shown.join('; ')}`)
          }
          s = next
        }
        if (process.env.WORKFLOW_TRACE) console.log(trace.join('\n'))
      }),
      {
        numRuns: 30,
        examples: EXAMPLES.map((steps) => [steps] as [Step[]]),
        // On a slow machine stop exploring (or shrinking) in time to report, rather than hit the test timeout.
        interruptAfterTimeLimit: 120_000,
      },
    )
    // The walk must really go round the loop, or the property proves little (the examples make sure of it).
    for (const action of [
      'rate',
      'close_unrated',
      'reject',
      'merge',
      'answer_on_spot',
      'send_back',
      'reopen',
    ])
      expect(succeeded.get(action) ?? 0, `no run got as far as a successful ${action}`).toBeGreaterThan(0)
  }, 180_000)

  it('every 400 on the way named a field of the request that was refused', () => {
    expect(stepsRun, 'the property above must run first').toBeGreaterThan(0)
    expect([...misnamed]).toEqual([])
  })
})
