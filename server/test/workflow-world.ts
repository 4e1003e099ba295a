import type { LightMyRequestResponse } from 'fastify'
import type { Db } from '../src/db/index.ts'
import type { Role, SuggestionStatus } from '../src/db/types.ts'
import type { SuggestionRow } from '../src/modules/suggestions/repo.ts'
import {
  type Action,
  type Relation,
  STATUSES,
  TRANSITIONS,
  targetState,
} from '../src/modules/suggestions/workflow.ts'
import { buildDeputy, buildTown, buildUnit, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { login, type Session, type TestApp } from './harness.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/**
 * Shared by the workflow property and authorisation suites: a county with two towns, venues, deputies, units
 * and one signed-in user for every kind of caller, plus the documented relation semantics (workflow.ts) and the
 * consistency rules every item must keep, written independently of the service that enforces them.
 */

export type StaffCaller =
  | 'county_admin'
  | 'town_staff'
  | 'other_town_staff'
  | 'station_staff'
  | 'other_station_staff'
  | 'deputy'
  | 'other_deputy'
  | 'lead_unit_staff'
  | 'co_unit_staff'
  | 'unrelated_unit_staff'
  | 'integrity_liaison'

export interface Grant {
  role: Role
  regionCode?: string
  venueId?: string
  unitId?: string
  deputyId?: string
}

export interface WorkflowWorld {
  townCode: string
  villageCode: string
  otherTownCode: string
  venueId: string
  otherVenueId: string
  deputyId: string
  otherDeputyId: string
  /** Lead unit in the authorisation suite; a unit of the item's town, so town-tier items may go to it. */
  leadUnitId: string
  /** Co-unit in the authorisation suite; a county department. */
  coUnitId: string
  unrelatedUnitId: string
  grants: Record<StaffCaller, Grant>
  userIds: Record<StaffCaller, string>
  sessions: Record<StaffCaller, Session>
  /** An open item addressed like the test items, for merges. */
  primary: SubmittedItem
}

export interface SubmittedItem {
  id: string
  trackingCode: string
  accessToken: string
}

/** buildTown picks a random code, so a second town in one database may clash with the first: try again. */
async function freshTown(db: Db, name: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await buildTown(db, name)
    } catch (error) {
      if (attempt >= 5) throw error
    }
  }
}

export async function buildWorkflowWorld(t: TestApp): Promise<WorkflowWorld> {
  const { db, cipher } = t.ctx
  const town = await freshTown(db, '连心镇')
  const other = await freshTown(db, '邻镇')
  // The other venue and deputy are in the same town: relation comes from the address, not the region.
  const [venue, otherVenue] = await Promise.all([
    buildVenue(db, town.townCode),
    buildVenue(db, town.townCode),
  ])
  const deputy = await buildDeputy(db, cipher, town.villageCode)
  const otherDeputy = await buildDeputy(db, cipher, town.villageCode)
  const [leadUnit, coUnit, unrelatedUnit] = await Promise.all([
    buildUnit(db, town.townCode),
    buildUnit(db, '330521000000'),
    buildUnit(db, town.townCode),
  ])
  const grants: Record<StaffCaller, Grant> = {
    county_admin: { role: 'county_admin', regionCode: '330521000000' },
    town_staff: { role: 'town_staff', regionCode: town.townCode },
    other_town_staff: { role: 'town_staff', regionCode: other.townCode },
    station_staff: { role: 'station_staff', venueId: venue.id },
    other_station_staff: { role: 'station_staff', venueId: otherVenue.id },
    deputy: { role: 'deputy', deputyId: deputy.id },
    other_deputy: { role: 'deputy', deputyId: otherDeputy.id },
    lead_unit_staff: { role: 'unit_staff', unitId: leadUnit.id },
    co_unit_staff: { role: 'unit_staff', unitId: coUnit.id },
    unrelated_unit_staff: { role: 'unit_staff', unitId: unrelatedUnit.id },
    integrity_liaison: { role: 'integrity_liaison', regionCode: '330521000000' },
  }
  const callers = Object.keys(grants) as StaffCaller[]
  const users = await Promise.all(callers.map((c) => buildUser(db, grants[c])))
  const sessions = await Promise.all(users.map((u) => login(t.app, u.username, TEST_PASSWORD)))
  const world: Omit<WorkflowWorld, 'primary'> = {
    townCode: town.townCode,
    villageCode: town.villageCode,
    otherTownCode: other.townCode,
    venueId: venue.id,
    otherVenueId: otherVenue.id,
    deputyId: deputy.id,
    otherDeputyId: otherDeputy.id,
    leadUnitId: leadUnit.id,
    coUnitId: coUnit.id,
    unrelatedUnitId: unrelatedUnit.id,
    grants,
    userIds: Object.fromEntries(callers.map((c, i) => [c, users[i]!.id])) as Record<StaffCaller, string>,
    sessions: Object.fromEntries(callers.map((c, i) => [c, sessions[i]!])) as Record<StaffCaller, Session>,
  }
  const primary = await submitItem(t, world, '村里主干道的路灯坏了好几盏，需要维修。')
  return { ...world, primary }
}

let contentSeq = 0
/** A citizen's online submission addressed to the world's venue and deputy, in its town's village. */
export async function submitItem(
  t: TestApp,
  world: Pick<WorkflowWorld, 'venueId' | 'deputyId' | 'villageCode'>,
  content = `测试事项${++contentSeq}：小区门口的排水沟堵塞，雨天积水严重。`,
): Promise<SubmittedItem> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/public/suggestions',
    headers: { 'idempotency-key': idempotencyKey() },
    payload: {
      consent: true,
      content,
      venueId: world.venueId,
      deputyId: world.deputyId,
      regionCode: world.villageCode,
      contact: { name: '张三', phone: '13812345678' },
    },
  })
  if (res.statusCode !== 201) throw new Error(`submit failed: ${res.statusCode} ${res.body}`)
  const { trackingCode, accessToken } = res.json() as { trackingCode: string; accessToken: string }
  const row = await t.ctx.db
    .selectFrom('suggestions')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow()
  return { id: row.id, trackingCode, accessToken }
}

// ── the documented relations (workflow.ts, "Relations an actor can have to an item") ───────────────────────

export interface UnitRow {
  unit_id: string
  role: 'lead' | 'co'
  active: boolean
}

/**
 * What a caller with this grant is to the item, read from the doc comment of `Relation`:
 * intake = county admin, town staff of its town, station staff of its venue, the addressed deputy;
 * manager = county admin always, town staff of its town while the tier is the town's (or not yet set);
 * follower = the addressed deputy and the venue's station staff; lead_unit / co_unit = staff of an active unit.
 */
export function documentedRelations(
  grant: Grant,
  item: Pick<SuggestionRow, 'town_code' | 'tier' | 'venue_id' | 'deputy_id'>,
  units: UnitRow[],
): Set<Relation> {
  const r = new Set<Relation>()
  switch (grant.role) {
    case 'county_admin':
      r.add('intake').add('manager')
      break
    case 'town_staff':
      if (grant.regionCode === item.town_code) {
        r.add('intake')
        if (item.tier === null || item.tier === 'town') r.add('manager')
      }
      break
    case 'station_staff':
      if (grant.venueId === item.venue_id) r.add('intake').add('follower')
      break
    case 'deputy':
      if (grant.deputyId === item.deputy_id) r.add('intake').add('follower')
      break
    case 'unit_staff':
      for (const u of units)
        if (u.active && u.unit_id === grant.unitId) r.add(u.role === 'lead' ? 'lead_unit' : 'co_unit')
      break
    default:
      break
  }
  return r
}

export const permits = (action: Action, relations: ReadonlySet<Relation>) =>
  TRANSITIONS[action].by.some((r) => relations.has(r))

// ── the API surface of each action ──────────────────────────────────────────────────────────────────────────

/** Actions with a staff endpoint `POST /api/suggestions/:id/<action-with-dashes>`. */
export const STAFF_ENDPOINT_ACTIONS: Action[] = (Object.keys(TRANSITIONS) as Action[]).filter(
  (a) => !['rate', 'reopen', 'close_unrated', 'reschedule'].includes(a),
)

export const staffUrl = (id: string, action: Action) =>
  `/api/suggestions/${id}/${action.replaceAll('_', '-')}`

/** Body fields each endpoint requires by its schema (routes.ts, public-routes.ts). */
export const REQUIRED_FIELDS: Record<Action, string[]> = {
  accept: [],
  reject: ['reason', 'note'],
  merge: ['primaryId'],
  answer_on_spot: ['answer'],
  route: ['tier'],
  assign: ['leadUnitId'],
  return: ['note'],
  sign: [],
  start: [],
  request_extension: ['days', 'note'],
  decide_extension: ['approve'],
  urge: [],
  escalate: [],
  reply: ['answer', 'outcome'],
  review: [],
  send_back: ['note'],
  give_feedback: [],
  rate: ['rating'],
  close_unrated: [],
  reopen: ['reason'],
  reschedule: [],
  note: ['note'],
}

export function citizenRequest(
  t: TestApp,
  item: Pick<SubmittedItem, 'trackingCode'>,
  token: string | undefined,
  action: 'rate' | 'reopen',
  body: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: `/api/public/suggestions/${item.trackingCode}/${action === 'rate' ? 'rating' : 'reopen'}`,
    headers: token === undefined ? {} : { 'x-access-token': token },
    payload: body,
  })
}

/** A complete, valid body for an action in the usual case (a town-tier item, the world's units). */
export function validBody(action: Action, world: WorkflowWorld, item: { tier?: string | null } = {}) {
  const bodies: Record<Action, Record<string, unknown>> = {
    accept: {},
    reject: { reason: 'out_of_scope', note: '不属于人大联络站受理范围' },
    merge: { primaryId: world.primary.id },
    answer_on_spot: { answer: '已当场说明：排水沟本周内疏通。', outcome: 'A' },
    route: { tier: item.tier ?? 'town' },
    assign: { leadUnitId: world.leadUnitId, coUnitIds: [world.coUnitId] },
    return: { note: '不属于本单位职责' },
    sign: {},
    start: {},
    request_extension: { days: 2, note: '需要采购材料' },
    decide_extension: { approve: true },
    urge: { note: '请抓紧办理' },
    escalate: {},
    reply: { answer: '排水沟已疏通，并加装了格栅。', outcome: 'A' },
    review: {},
    send_back: { note: '答复过于简单，请补充' },
    give_feedback: {},
    rate: { rating: 'dissatisfied', comment: '还没彻底解决' },
    close_unrated: {},
    reopen: { reason: '问题仍然存在' },
    reschedule: { days: 4 },
    note: { note: '已电话联系群众' },
  }
  return bodies[action]
}

// ── reading an item back, and the rules it must keep ────────────────────────────────────────────────────────

export interface EventRow {
  id: string
  action: string
  from_status: string | null
  to_status: string
  public: boolean
  actor_role: string | null
}

export interface Snapshot {
  item: SuggestionRow
  units: UnitRow[]
  events: EventRow[]
  audits: { action: string; detail: unknown }[]
  /** Messages queued for the item (outbox). */
  notifications: number
  /** The item's primary when it was merged: where that is merged to in turn (must be nowhere: the root). */
  primary: { status: string; answer: string | null; merged_into_id: string | null } | null
}

export async function snapshot(db: Db, id: string): Promise<Snapshot> {
  const item = (await db
    .selectFrom('suggestions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow()) as SuggestionRow
  const units = (await db
    .selectFrom('suggestion_units')
    .select(['unit_id', 'role', 'active'])
    .where('suggestion_id', '=', id)
    .execute()) as UnitRow[]
  const events = (
    await db
      .selectFrom('suggestion_events')
      .select(['id', 'action', 'from_status', 'to_status', 'public', 'actor_role'])
      .where('suggestion_id', '=', id)
      .orderBy('id')
      .execute()
  ).map((e) => ({ ...e, id: String(e.id) }))
  const audits = await db
    .selectFrom('audit_log')
    .select(['action', 'detail'])
    .where('target_id', '=', id)
    .where('action', 'like', 'suggestion.%')
    .where('action', '!=', 'suggestion.contact.reveal')
    .orderBy('seq')
    .execute()
  const notifications = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject_id', '=', id)
    .executeTakeFirstOrThrow()
  const primary = item.merged_into_id
    ? await db
        .selectFrom('suggestions')
        .select(['status', 'answer', 'merged_into_id'])
        .where('id', '=', item.merged_into_id)
        .executeTakeFirstOrThrow()
    : null
  return {
    item,
    units,
    events,
    audits,
    notifications: Number(notifications.n),
    primary,
  }
}

/**
 * What the citizen's tracking page must show for the item: the public events only, in order; the status (a
 * merged item follows its primary); the answer only once it was sent (not while staff still review it); rating
 * and reopening offered exactly when the table allows them.
 */
export async function citizenViewProblems(t: TestApp, item: SubmittedItem, s: Snapshot): Promise<string[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/public/suggestions/${item.trackingCode}`,
    headers: { 'x-access-token': item.accessToken },
  })
  if (res.statusCode !== 200) return [`tracking page answered ${res.statusCode}`]
  const view = res.json() as {
    status: string
    answer: string | null
    canRate: boolean
    canReopen: boolean
    timeline: { action: string }[]
  }
  const problems: string[] = []
  const shown = s.primary ?? s.item
  if (view.status !== shown.status) problems.push(`tracking shows ${view.status}, expected ${shown.status}`)
  const answered = ['feedback_given', 'closed', 'answered_on_spot'].includes(shown.status)
  const answer = answered ? shown.answer : null
  if (view.answer !== answer) problems.push(`tracking shows answer ${view.answer}, expected ${answer}`)
  const publicActions = s.events.filter((e) => e.public).map((e) => e.action)
  const timeline = view.timeline.map((e) => e.action)
  if (JSON.stringify(timeline) !== JSON.stringify(publicActions))
    problems.push(`timeline ${JSON.stringify(timeline)}, public events ${JSON.stringify(publicActions)}`)
  const status = s.item.status as SuggestionStatus
  if (view.canRate !== (targetState('rate', status) !== null))
    problems.push(`canRate ${view.canRate} in ${status}`)
  const reopenable = targetState('reopen', status) !== null && s.item.reopen_count < 1
  if (view.canReopen !== reopenable) problems.push(`canReopen ${view.canReopen} in ${status}`)
  return problems
}

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>

/**
 * The rules every item keeps whatever happened to it; returns what is broken (empty when all hold).
 * (b) a known status; (c) events form a chain from the submission to the current status, one per version,
 * each a step the table allows, public exactly when the table says; (d) answers, units and deadlines where the
 * state needs them; (e) one audit row per transition, in order.
 */
export function brokenRules(s: Snapshot): string[] {
  const broken: string[] = []
  const { item, events, units } = s
  const status = item.status as SuggestionStatus
  if (!STATUSES.includes(status)) broken.push(`unknown status ${item.status}`)

  // (c) the event chain
  if (events.length !== item.version)
    broken.push(`${events.length} events but version ${item.version} (submit is version 1 with one event)`)
  const first = events[0]
  if (first?.action !== 'submit' || first.from_status !== null || first.to_status !== 'submitted')
    broken.push(`first event is not the submission: ${JSON.stringify(first)}`)
  else if (!first.public) broken.push('the submission event is not public')
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!
    const prev = events[i - 1]!
    if (e.from_status !== prev.to_status)
      broken.push(
        `event ${i} (${e.action}) starts at ${e.from_status} but the previous ended at ${prev.to_status}`,
      )
    const t = TRANSITIONS[e.action as Action]
    if (!t) {
      broken.push(`event ${i} has unknown action ${e.action}`)
      continue
    }
    const expected = targetState(e.action as Action, e.from_status as SuggestionStatus)
    if (expected !== e.to_status)
      broken.push(
        `event ${i}: ${e.action} from ${e.from_status} went to ${e.to_status}, the table says ${expected}`,
      )
    if (e.public !== t.public)
      broken.push(`event ${i}: ${e.action} public=${e.public}, the table says ${t.public}`)
  }
  if (events.at(-1)?.to_status !== item.status)
    broken.push(`last event ends at ${events.at(-1)?.to_status}, the item is ${item.status}`)

  // (d) what each state needs
  const activeLead = units.filter((u) => u.active && u.role === 'lead')
  if (activeLead.length > 1) broken.push(`${activeLead.length} active lead units`)
  if (['assigned', 'signed', 'in_progress'].includes(status)) {
    if (!item.lead_unit_id) broken.push(`${status} without a lead unit`)
    else if (activeLead[0]?.unit_id !== item.lead_unit_id)
      broken.push(`${status}: lead_unit_id ${item.lead_unit_id} has no active 'lead' row`)
    if (!item.due_at) broken.push(`${status} without due_at`)
  }
  if (['replied', 'reviewed', 'feedback_given', 'answered_on_spot', 'closed'].includes(status)) {
    if (!item.answer) broken.push(`${status} without an answer`)
    if (!item.outcome) broken.push(`${status} without an outcome`)
  }
  if (status === 'closed') {
    if (!item.closed_at) broken.push('closed without closed_at')
    // The step before closing was the feedback (feedback_at) or an answer on the spot.
    const before = events.at(-1)?.from_status
    if (!item.feedback_at && before !== 'answered_on_spot')
      broken.push('closed without feedback_at and not answered on the spot')
  } else if (item.closed_at) broken.push(`${status} but closed_at is set`)
  if (status === 'answered_on_spot' && !item.feedback_at)
    broken.push('answered on the spot without feedback_at')
  if (status === 'routed' && !item.tier) broken.push('routed without a tier')
  if (status === 'rejected' && !item.reject_reason) broken.push('rejected without a reason')
  if ((item.reject_reason === 'duplicate') !== (item.merged_into_id !== null))
    broken.push(`reject_reason ${item.reject_reason} but merged_into_id ${item.merged_into_id}`)
  if (s.primary?.merged_into_id)
    broken.push(
      `merged into ${item.merged_into_id}, which is merged into ${s.primary.merged_into_id}: not the root`,
    )
  if (item.reopen_count > 1) broken.push(`reopened ${item.reopen_count} times`)

  // (e) audit rows: one per transition, in the same order and with the same from → to (the sweep audits too)
  const audited = s.audits.map((a) => a.action)
  const transitions = events.map((e) => `suggestion.${e.action}`)
  if (JSON.stringify(audited) !== JSON.stringify(transitions))
    broken.push(
      `audit rows ${JSON.stringify(audited)} do not match transitions ${JSON.stringify(transitions)}`,
    )
  else {
    s.audits.forEach((a, i) => {
      const d = parse(a.detail)
      const e = events[i]!
      if (e.action !== 'submit' && (d.from !== e.from_status || d.to !== e.to_status))
        broken.push(`audit ${a.action} says ${d.from} → ${d.to}, the event ${e.from_status} → ${e.to_status}`)
    })
  }
  return broken
}
