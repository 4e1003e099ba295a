import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SuggestionStatus, Tier } from '../src/db/types.ts'
import type { ActionInput } from '../src/modules/suggestions/actions/index.ts'
import { runAction } from '../src/modules/suggestions/definition.ts'
import { relationsOf } from '../src/modules/suggestions/policy.ts'
import {
  type Action,
  allowedActions,
  type Relation,
  TRANSITIONS,
  targetState,
} from '../src/modules/suggestions/workflow.ts'
import type { Principal } from '../src/platform/access.ts'
import { loadCalendar } from '../src/platform/calendar.ts'
import { AppError } from '../src/platform/errors.ts'
import { loadGrants } from '../src/platform/sessions.ts'
import { createTestApp, TEST_COUNTY, type TestApp } from './harness.ts'
import { openApi, routesOf } from './openapi.ts'
import {
  buildWorkflowWorld,
  citizenRequest,
  permits,
  STAFF_ENDPOINT_ACTIONS,
  type StaffCaller,
  type SubmittedItem,
  snapshot,
  staffUrl,
  submitItem,
  validBody,
  type WorkflowWorld,
} from './workflow-world.ts'

/**
 * Who may take which workflow action: every action, in a state the table allows it from, against every kind of
 * caller. The expected answer is derived from the transition table (who may: `by`) and the documented relations
 * of each caller (workflow.ts, `Relation`), never from observed results:
 *   401 anonymous · 403 no staff role (integrity liaison) · 404 the caller has no relation to the item (it does
 *   not exist for them) · 200 a relation the table allows · 403 a relation, but not one the table allows.
 * Actions without a staff endpoint (rate, reopen: the citizen's own; close_unrated: the sweep) are checked at
 * the service (runAction with relationsOf), and the citizen's through the public endpoints.
 */

let t: TestApp
let w: WorkflowWorld
let documented: Set<string>
beforeAll(async () => {
  t = await createTestApp()
  w = await buildWorkflowWorld(t)
  documented = new Set(routesOf(await openApi(t.app)).map((r) => r.key))
})
afterAll(async () => t?.close())

// ── the documented relations of each caller (workflow.ts) to an item addressed to `venue` and `deputy` ─────

interface Setting {
  state: SuggestionStatus
  /** The tier the item was routed to (null before routing or when answered on the spot). */
  tier: Tier | null
}

/** Whether the lead unit (our lead_unit_staff) and the co-unit (co_unit_staff) hold the item in this state. */
const unitsHold = (s: Setting) =>
  !['submitted', 'accepted', 'rejected', 'answered_on_spot', 'routed'].includes(s.state)

const DOCUMENTED: Record<StaffCaller, (s: Setting) => Relation[]> = {
  // intake + manager: "county admin" / "county staff always"
  county_admin: () => ['intake', 'manager'],
  // intake: "town staff of its town"; manager: "town staff of its town for the town tier"
  town_staff: (s) => (s.tier === null || s.tier === 'town' ? ['intake', 'manager'] : ['intake']),
  other_town_staff: () => [],
  // intake: "station staff of its venue"; follower: "the venue's station staff"
  station_staff: () => ['intake', 'follower'],
  other_station_staff: () => [],
  // intake: "the deputy it is addressed to"; follower: "the addressed deputy"
  deputy: () => ['intake', 'follower'],
  other_deputy: () => [],
  lead_unit_staff: (s) => (unitsHold(s) ? ['lead_unit'] : []),
  co_unit_staff: (s) => (unitsHold(s) ? ['co_unit'] : []),
  unrelated_unit_staff: () => [],
  integrity_liaison: () => [],
}

type Caller = StaffCaller | 'anonymous' | 'sweep' | 'citizen' | 'citizen_wrong_token' | 'citizen_no_token'

const STANDARD_CALLERS: Caller[] = [
  'county_admin',
  'town_staff',
  'other_town_staff',
  'station_staff',
  'other_station_staff',
  'deputy',
  'other_deputy',
  'lead_unit_staff',
  'co_unit_staff',
  'unrelated_unit_staff',
  'integrity_liaison',
  'anonymous',
]
const STAFF_CALLERS = STANDARD_CALLERS.filter((c) => c !== 'anonymous') as StaffCaller[]

interface Row {
  caller: Caller
  expected: number
  why: string
  /** 'http' through the staff endpoint, 'service' through runAction, 'public' through the citizen's endpoint. */
  via: 'http' | 'service' | 'public'
}

/** The expected answer for a staff caller, from the table and the documented relations. */
function staffExpectation(caller: StaffCaller, action: Action, s: Setting, via: Row['via']): Row {
  if (caller === 'integrity_liaison' && via === 'http')
    return { caller, via, expected: 403, why: 'no staff role for suggestions' }
  const relations = new Set(DOCUMENTED[caller](s))
  if (relations.size === 0)
    return { caller, via, expected: 404, why: 'no relation: the item is not theirs to see' }
  if (permits(action, relations))
    return { caller, via, expected: 200, why: `{${[...relations]}} may ${action}` }
  return { caller, via, expected: 403, why: `{${[...relations]}} may see but not ${action}` }
}

function rowsFor(action: Action, s: Setting): Row[] {
  if (STAFF_ENDPOINT_ACTIONS.includes(action)) {
    return STANDARD_CALLERS.map((c) =>
      c === 'anonymous'
        ? { caller: c, via: 'http' as const, expected: 401, why: 'not signed in' }
        : staffExpectation(c as StaffCaller, action, s, 'http'),
    )
  }
  const staff = STAFF_CALLERS.map((c) => staffExpectation(c, action, s, 'service'))
  if (action === 'close_unrated' || action === 'reschedule') {
    return [
      ...staff,
      {
        caller: 'sweep',
        via: 'service',
        expected: TRANSITIONS[action].by.includes('system') ? 200 : 403,
        why: 'the periodic sweep (system)',
      },
    ]
  }
  // rate, reopen: the citizen holding the tracking code and the secret token.
  const citizen = TRANSITIONS[action].by.includes('citizen') ? 200 : 403
  return [
    ...staff,
    { caller: 'citizen', via: 'public', expected: citizen, why: 'holds the access token' },
    { caller: 'citizen_wrong_token', via: 'public', expected: 404, why: 'a wrong token is an unknown item' },
    { caller: 'citizen_no_token', via: 'public', expected: 400, why: 'the token header is required' },
  ]
}

// ── the cases: each action in a state it is allowed from; tiers where the tier changes who manages ──────────

const MANAGER_ACTIONS = (Object.keys(TRANSITIONS) as Action[]).filter((a) =>
  TRANSITIONS[a].by.includes('manager'),
)

const CASES: { action: Action; setting: Setting }[] = [
  { action: 'accept', setting: { state: 'submitted', tier: null } },
  { action: 'reject', setting: { state: 'submitted', tier: null } },
  { action: 'merge', setting: { state: 'submitted', tier: null } },
  { action: 'answer_on_spot', setting: { state: 'accepted', tier: null } },
  { action: 'route', setting: { state: 'accepted', tier: null } },
  { action: 'assign', setting: { state: 'routed', tier: 'town' } },
  { action: 'return', setting: { state: 'assigned', tier: 'town' } },
  { action: 'sign', setting: { state: 'assigned', tier: 'town' } },
  { action: 'start', setting: { state: 'signed', tier: 'town' } },
  { action: 'start', setting: { state: 'assigned', tier: 'town' } },
  { action: 'request_extension', setting: { state: 'signed', tier: 'town' } },
  { action: 'decide_extension', setting: { state: 'signed', tier: 'town' } },
  { action: 'urge', setting: { state: 'assigned', tier: 'town' } },
  { action: 'escalate', setting: { state: 'in_progress', tier: 'town' } },
  { action: 'reply', setting: { state: 'in_progress', tier: 'town' } },
  { action: 'review', setting: { state: 'replied', tier: 'town' } },
  { action: 'send_back', setting: { state: 'replied', tier: 'town' } },
  { action: 'give_feedback', setting: { state: 'reviewed', tier: 'town' } },
  { action: 'rate', setting: { state: 'feedback_given', tier: 'town' } },
  { action: 'rate', setting: { state: 'answered_on_spot', tier: null } },
  { action: 'close_unrated', setting: { state: 'feedback_given', tier: 'town' } },
  { action: 'close_unrated', setting: { state: 'answered_on_spot', tier: null } },
  { action: 'reopen', setting: { state: 'closed', tier: 'town' } },
  { action: 'reschedule', setting: { state: 'in_progress', tier: 'town' } },
  { action: 'reschedule', setting: { state: 'accepted', tier: null } },
  { action: 'note', setting: { state: 'submitted', tier: null } },
  { action: 'note', setting: { state: 'in_progress', tier: 'town' } },
  { action: 'note', setting: { state: 'closed', tier: 'town' } },
]
// Town staff manage town-tier items only: every manager action again on a county-tier item.
for (const c of [...CASES])
  if (MANAGER_ACTIONS.includes(c.action) && c.setting.tier === 'town')
    CASES.push({ action: c.action, setting: { ...c.setting, tier: 'county' } })

// ── the endpoints, as the OpenAPI document lists them ─────────────────────────────────────────────────────

/** `POST /api/suggestions/{id}/<action>`: an endpoint taking an action on one item. */
const ITEM_ENDPOINT = /^POST \/api\/suggestions\/\{id\}\/[a-z-]+$/
const endpointOf = (action: Action) => `POST /api/suggestions/{id}/${action.replaceAll('_', '-')}`
/** Item endpoints that take no workflow action (their access is checked in route-authz.int.test.ts). */
const NOT_ACTIONS = ['POST /api/suggestions/{id}/reveal-contact', 'POST /api/suggestions/{id}/attachments']

// ── driving an item to a state through the API ──────────────────────────────────────────────────────────────

/** The shortest road to each state, each step taken by the county admin, the lead unit or the citizen. */
function roadTo(state: SuggestionStatus, extensionPending: boolean): Action[] {
  const handled: Action[] = ['accept', 'route', 'assign']
  const road: Record<string, Action[]> = {
    submitted: [],
    accepted: ['accept'],
    answered_on_spot: ['accept', 'answer_on_spot'],
    routed: ['accept', 'route'],
    assigned: handled,
    signed: [...handled, 'sign', ...(extensionPending ? (['request_extension'] as Action[]) : [])],
    in_progress: [...handled, 'sign', 'start'],
    replied: [...handled, 'sign', 'start', 'reply'],
    reviewed: [...handled, 'sign', 'start', 'reply', 'review'],
    feedback_given: [...handled, 'sign', 'start', 'reply', 'review', 'give_feedback'],
    closed: [...handled, 'sign', 'start', 'reply', 'review', 'give_feedback', 'rate'],
  }
  return road[state]!
}

async function prepare(action: Action, s: Setting): Promise<SubmittedItem> {
  const item = await submitItem(t, w)
  for (const step of roadTo(s.state, action === 'decide_extension')) {
    let res: LightMyRequestResponse
    if (step === 'rate') res = await citizenRequest(t, item, item.accessToken, 'rate', validBody('rate', w))
    else {
      const by = TRANSITIONS[step].by.includes('lead_unit') ? 'lead_unit_staff' : 'county_admin'
      res = await w.sessions[by].post(staffUrl(item.id, step), validBody(step, w, { tier: s.tier }))
    }
    if (res.statusCode !== 200)
      throw new Error(`preparing ${s.state}: ${step} answered ${res.statusCode} ${res.body}`)
  }
  const { item: row, units } = await snapshot(t.ctx.db, item.id)
  expect(row.status).toBe(s.state)
  expect(row.tier).toBe(s.tier)
  const active = units.filter((u) => u.active)
  expect(active.length > 0).toBe(unitsHold(s))
  return item
}

// ── calling as each caller ──────────────────────────────────────────────────────────────────────────────────

const principals = new Map<StaffCaller, Promise<Principal>>()
const principalOf = (caller: StaffCaller) => {
  if (!principals.has(caller)) principals.set(caller, loadPrincipal(caller))
  return principals.get(caller)!
}

async function loadPrincipal(caller: StaffCaller): Promise<Principal> {
  const user = await t.ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'deputy_id'])
    .where('id', '=', w.userIds[caller])
    .executeTakeFirstOrThrow()
  return {
    userId: user.id,
    username: user.username,
    displayName: user.username,
    deputyId: user.deputy_id,
    grants: await loadGrants(t.ctx.db, user.id),
    sessionId: 'test',
    csrfToken: 'test',
    mfaPending: false,
    passwordMustChange: false,
  }
}

/** Runs the action as the caller; answers the HTTP status (or the one the service's error maps to). */
async function call(row: Row, action: Action, item: SubmittedItem, body: Record<string, unknown>) {
  const { caller } = row
  if (row.via === 'public') {
    const token =
      caller === 'citizen' ? item.accessToken : caller === 'citizen_wrong_token' ? 'x'.repeat(32) : undefined
    const res = await citizenRequest(t, item, token, action as 'rate' | 'reopen', body)
    return { code: res.statusCode, status: res.json().status as string | undefined, body: res.body }
  }
  if (row.via === 'service') {
    const principal = caller === 'sweep' ? null : await principalOf(caller as StaffCaller)
    const calendar = await loadCalendar(t.ctx.db, t.ctx.config.countyCode)
    try {
      const r = await t.ctx.db.transaction().execute((trx) =>
        runAction(
          {
            trx,
            calendar,
            countyCode: TEST_COUNTY,
            relationsFor: (subject) =>
              principal ? relationsOf(principal, subject) : new Set<Relation>(['system']),
            actor: {
              id: principal?.userId ?? null,
              name: caller,
              role: principal?.grants[0]?.role ?? 'system',
            },
            audit: null,
          },
          item.id,
          action,
          body as ActionInput,
        ),
      )
      return { code: 200, status: r.status as string | undefined, body: '' }
    } catch (error) {
      if (error instanceof AppError) return { code: error.status, status: undefined, body: error.code }
      throw error
    }
  }
  const res =
    caller === 'anonymous'
      ? await t.app.inject({ method: 'POST', url: staffUrl(item.id, action), payload: body })
      : await w.sessions[caller as StaffCaller].post(staffUrl(item.id, action), body)
  return { code: res.statusCode, status: res.json().status as string | undefined, body: res.body }
}

/** Status, version and the last event's action: what a step changes, read straight from the database. */
async function progress(id: string) {
  const row = await t.ctx.db
    .selectFrom('suggestions as s')
    .select((eb) => [
      's.status',
      's.version',
      eb
        .selectFrom('suggestion_events as e')
        .select('e.action')
        .whereRef('e.suggestion_id', '=', 's.id')
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('lastEvent'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirstOrThrow()
  return { status: row.status, version: row.version, lastEvent: row.lastEvent }
}

const queueChecked = new Set<string>()

const getAs = (caller: StaffCaller | 'anonymous', url: string) =>
  caller === 'anonymous' ? t.app.inject({ method: 'GET', url }) : w.sessions[caller].get(url)

const describeSetting = (s: Setting) => (s.tier ? `${s.state}, ${s.tier} tier` : s.state)

const describeCase = (action: Action, s: Setting) =>
  STAFF_ENDPOINT_ACTIONS.includes(action)
    ? describeSetting(s)
    : `${describeSetting(s)}; no staff endpoint, staff checked at the service`

describe.each(CASES.map((c) => [c.action, describeCase(c.action, c.setting), c.setting] as const))(
  '%s (%s)',
  (action, _where, setting) => {
    // Callers who are refused share one item (a refusal changes nothing), and so do all callers of a side step
    // that may be repeated (note, urge, escalate); otherwise each caller who succeeds gets a fresh item.
    const repeatable = TRANSITIONS[action].to === 'same' && !action.includes('extension')
    let shared: Promise<SubmittedItem> | undefined
    const sharedItem = () => {
      shared ??= prepare(action, setting)
      return shared
    }
    const body = () => validBody(action, w, { tier: setting.tier })

    it.each(rowsFor(action, setting).map((r) => [r.caller, r.expected, r.why, r] as const))(
      '%s → %i (%s)',
      async (_caller, _expected, _why, row) => {
        const item = row.expected === 200 && !repeatable ? await prepare(action, setting) : await sharedItem()
        const before = await progress(item.id)

        // The detail view and the queue agree: the item exists for the same callers, and the detail offers the
        // action to exactly those the table allows.
        if (row.via === 'http' || (row.via === 'service' && row.caller !== 'sweep')) {
          const caller = row.caller as StaffCaller | 'anonymous'
          const detail = await getAs(caller, `/api/suggestions/${item.id}`)
          // Who sees an item depends on the caller and the item's state, not on the action: ask the queue once.
          const queueKey = `${caller} ${describeSetting(setting)}`
          const queue = queueChecked.has(queueKey)
            ? null
            : await getAs(caller, `/api/suggestions?q=${item.trackingCode}`)
          queueChecked.add(queueKey)
          if (caller === 'anonymous') {
            expect(detail.statusCode).toBe(401)
            if (queue) expect(queue.statusCode).toBe(401)
          } else if (caller === 'integrity_liaison') {
            expect(detail.statusCode).toBe(403)
            if (queue) expect(queue.statusCode).toBe(403)
          } else {
            const visible = DOCUMENTED[caller](setting).length > 0
            expect(detail.statusCode).toBe(visible ? 200 : 404)
            if (queue) {
              expect(queue.statusCode).toBe(200)
              const listed = queue.json().items.map((i: { id: string }) => i.id)
              expect(listed.includes(item.id), 'listed in the queue').toBe(visible)
            }
            // rate and reopen are the citizen's and never offered to staff
            if (visible && action !== 'rate' && action !== 'reopen')
              expect(detail.json().allowedActions.includes(action), 'offered in the detail').toBe(
                row.expected === 200,
              )
          }
        }

        const answer = await call(row, action, item, body())
        expect(answer.code, answer.body).toBe(row.expected)
        const after = await progress(item.id)
        if (row.expected === 200) {
          const to = targetState(action, setting.state)
          expect(answer.status).toBe(to)
          expect(after).toEqual({ status: to, version: before.version + 1, lastEvent: action })
        } else expect(after).toEqual(before)
      },
    )
  },
)

describe('the matrix and the console agree', () => {
  it('covers every action of the table, each from a state it is allowed in', () => {
    const covered = new Set(CASES.map((c) => c.action))
    expect([...covered].sort()).toEqual(Object.keys(TRANSITIONS).sort())
    for (const c of CASES) expect(targetState(c.action, c.setting.state), c.action).not.toBeNull()
  })

  it('the expected matrix follows allowedActions for every staff caller and case', () => {
    for (const c of CASES)
      for (const caller of STAFF_CALLERS) {
        const relations = new Set(DOCUMENTED[caller](c.setting))
        const row = staffExpectation(caller, c.action, c.setting, 'service')
        expect(row.expected === 200, `${caller} ${c.action}`).toBe(
          allowedActions(c.setting.state, relations).includes(c.action),
        )
      }
  })

  it('every item endpoint of the OpenAPI document is an action of the matrix, or named as no action', () => {
    const matrix = new Set(STAFF_ENDPOINT_ACTIONS.map(endpointOf))
    const unknown = [...documented].filter(
      (key) => ITEM_ENDPOINT.test(key) && !matrix.has(key) && !NOT_ACTIONS.includes(key),
    )
    expect(unknown, 'item endpoints with no case in this matrix (workflow-authz.int.test.ts)').toEqual([])
  })

  it('every action the table lets a staff relation take has a staff endpoint in the OpenAPI document', () => {
    const staffRelations: Relation[] = ['intake', 'manager', 'follower', 'lead_unit', 'co_unit']
    const unreachable = (Object.keys(TRANSITIONS) as Action[])
      .filter((a) => TRANSITIONS[a].by.some((r) => staffRelations.includes(r)))
      .map(endpointOf)
      .filter((key) => !documented.has(key))
    expect(unreachable).toEqual([])
    for (const key of NOT_ACTIONS) expect(documented.has(key), `${key} is still documented`).toBe(true)
  })

  it("the citizen's actions have their public endpoints in the OpenAPI document", () => {
    for (const path of ['rating', 'reopen'])
      expect(documented.has(`POST /api/public/suggestions/{trackingCode}/${path}`), path).toBe(true)
  })

  it('every action the detail view offers staff has an endpoint to take it', async () => {
    // An item the county admin manages in each state where the table lets managers close it unrated.
    const missing: string[] = []
    for (const s of [
      { state: 'feedback_given', tier: 'town' },
      { state: 'answered_on_spot', tier: null },
    ] as Setting[]) {
      const item = await prepare('close_unrated', s)
      const offered: Action[] = (await w.sessions.county_admin.get(`/api/suggestions/${item.id}`)).json()
        .allowedActions
      for (const a of offered)
        if (!documented.has(endpointOf(a))) missing.push(`${a} (offered in ${s.state})`)
    }
    expect(missing, 'offered to staff in allowedActions but no POST endpoint takes it').toEqual([])
  })
})
