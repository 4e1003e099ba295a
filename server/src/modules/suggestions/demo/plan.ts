import type { Channel, Outcome, SuggestionStatus, Tier } from '../../../db/types.ts'
import { ROAD_NAMES, ROAD_SUFFIXES } from '../../../demo/names.ts'
import {
  type DemoRegion,
  type DemoTown,
  type DemoUnit,
  type DemoVenue,
  stableId,
} from '../../../demo/world.ts'
import { newTrackingCode } from '../codes.ts'
import { route } from './routing.ts'
import type { Generation } from './setup.ts'
import {
  CATEGORY_WEIGHTS,
  CLOSERS,
  CONCERNS_BY_CATEGORY,
  type Concern,
  INVALID_TEXTS,
  OPENERS_DUPLICATE,
  OPENERS_OFFLINE,
  OPENERS_ONLINE,
  OUT_OF_SCOPE_TEXTS,
  SPOTS,
} from './texts.ts'
import { DAY, HOUR, receivedIn } from './time.ts'

/**
 * What happens to each item, decided before any history is played: where it comes from, what it says, its fate
 * (rejected, merged, answered on the spot, routed to units), its outcome and the twists of its handling.
 */

// ── the published figures (see index.ts) ─────────────────────────────────────────────────────────────────

export const FIGURES_2022 = { collected: 3276, online: 2236, resolved: 1577, onlineClosed: 2191 } as const
export const ONLINE_2021 = 1339
/** Offline channels per year; the online counts are the published ones. */
const OFFLINE: Record<number, Record<Exclude<Channel, 'online' | 'external' | 'supervision'>, number>> = {
  2021: { station: 472, mobile: 246, grid: 182, mediation: 98 },
  2022: { station: 541, mobile: 268, grid: 153, mediation: 78 },
}
/** 2022 online items that did not close: rejected as invalid / out of scope, or merged into a primary. */
const ONLINE_2022_NOT_CLOSED = { invalid: 12, out_of_scope: 11, merge: 22 } as const

export type Fate = 'invalid' | 'out_of_scope' | 'merge' | 'on_spot' | 'route'
/** Where a live item stops: a state, or in_progress with an extension request pending. */
export type Stall = SuggestionStatus | 'extension_pending'

export interface Plan {
  id: string
  trackingCode: string
  channel: Channel
  receivedAt: Date
  town: DemoTown
  village: DemoRegion
  venue: DemoVenue | null
  deputyId: string | null
  category: string | null
  concern: Concern | null
  vars: Record<string, string>
  content: string
  fate: Fate
  primary: Plan | null
  tier: Tier | null
  leadUnit: DemoUnit | null
  coUnits: DemoUnit[]
  /** Final outcome (after a reopen, the second reply's). */
  outcome: Outcome
  live: boolean
  stall: Stall | null
  /** Pre-drawn twists of the handling. */
  lateSameDay: boolean
  replyDay: number
  extension: boolean
  sendBack: boolean
  reopen: boolean
}

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(村|镇|路|处|n|m|topic)\}/g, (_, k: string) => vars[k] ?? '')
}

export function pickTown(g: Generation): DemoTown {
  return g.rng.weighted(
    g.world.towns.map(
      (t, i) => [t, t.villages.length * (t.isSubdistrict ? 1.4 : 1) * (i === 0 ? 1.5 : 1)] as const,
    ),
  )
}

/** A tracking code as intake draws it, from the demo's own stream, never twice. */
function trackingCode(g: Generation, received: Date): string {
  for (;;) {
    const code = newTrackingCode(
      received,
      'DQ',
      Uint8Array.from({ length: 6 }, () => g.codeRng.int(0, 255)),
    )
    if (!g.codes.has(code)) {
      g.codes.add(code)
      return code
    }
  }
}

/** A new plan: place, addressee, category and content; the fate comes later. */
export function newPlan(
  g: Generation,
  channel: Channel,
  receivedAt: Date,
  live: boolean,
  town = pickTown(g),
): Plan {
  const { rng, world } = g
  const townVenues = world.venues.filter((v) => v.townCode === town.code)
  let venue: DemoVenue | null = null
  let deputyId: string | null = null
  const station = world.stationByTown.get(town.code)!
  if (channel === 'station') {
    const small = townVenues.filter((v) => v.kind === 'point' || v.kind === 'window' || v.kind === 'post')
    venue = small.length && rng.chance(0.4) ? rng.pick(small) : station
  } else if (channel === 'mobile') {
    venue = rng.pick(townVenues.filter((v) => v.kind === 'mobile'))
  } else if (channel === 'online') {
    const r = rng.next()
    if (r < 0.3) venue = rng.chance(0.6) ? station : rng.pick(townVenues)
    else if (r < 0.55) deputyId = rng.pick(g.deputiesByTown.get(town.code) ?? world.deputies).id
  }
  if (venue && channel !== 'online' && rng.chance(0.75)) {
    const onDuty = g.deputiesByVenue.get(venue.id)
    if (onDuty?.length) deputyId = rng.pick(onDuty).id
  }
  const venueVillage = venue ? town.villages.find((v) => v.code === venue.regionCode) : undefined
  const village = venueVillage && rng.chance(0.8) ? venueVillage : rng.pick(town.villages)
  const kind = village.kind === '社区' ? '社区' : '村'
  const category = rng.weighted(CATEGORY_WEIGHTS[kind])
  const concern = rng.pick(CONCERNS_BY_CATEGORY[category])
  const vars: Record<string, string> = {
    村: village.name,
    镇: town.name,
    路: `${rng.pick(ROAD_NAMES)}${rng.pick(ROAD_SUFFIXES)}`,
    处: rng.pick(SPOTS[kind]),
    n: String(rng.int(2, 8)),
    m: String(rng.int(1, 12)),
    topic: concern.topic,
  }
  const plan: Plan = {
    id: '',
    trackingCode: trackingCode(g, receivedAt),
    channel,
    receivedAt,
    town,
    village,
    venue,
    deputyId,
    category,
    concern,
    vars,
    content: '',
    fate: 'route',
    primary: null,
    tier: null,
    leadUnit: null,
    coUnits: [],
    outcome: 'A',
    live,
    stall: null,
    lateSameDay: rng.chance(0.028),
    replyDay: rng.weighted([
      [1, 12],
      [2, 26],
      [3, 29],
      [4, 17],
      [5, 9],
      [6, 3],
      [7, 2],
      [8, 1],
      [9, 0.6],
    ]),
    extension: rng.chance(0.04),
    sendBack: rng.chance(0.02),
    reopen: false,
  }
  plan.id = stableId(world.countyCode, 'suggestions', plan.trackingCode)
  plan.content = compose(g, plan, channel === 'online' ? OPENERS_ONLINE : OPENERS_OFFLINE)
  return plan
}

export function compose(g: Generation, plan: Plan, openers: readonly string[]): string {
  const { rng } = g
  const extra = rng.weighted([
    ['', 6],
    ['这个问题已经反映过好几次了。', 1],
    ['附近住户都很有意见。', 1],
    ['周末和节假日尤其严重。', 1],
    ['希望相关部门能到现场看看。', 1],
  ])
  const text = `${fill(rng.pick(openers), plan.vars)}${fill(plan.concern!.text, plan.vars)}。${extra}${rng.pick(CLOSERS)}`
  return text.slice(0, 200)
}

/** The items received in a year, with the published counts per channel, their fates and outcomes. */
export function planYear(g: Generation, year: number): Plan[] {
  const from = new Date(`${year}-01-01T00:00:00+08:00`)
  const to = new Date(`${year + 1}-01-01T00:00:00+08:00`)
  const online = year === 2022 ? FIGURES_2022.online : ONLINE_2021
  const counts = [['online', online], ...Object.entries(OFFLINE[year])] as [Channel, number][]
  const plans: Plan[] = []
  for (const [channel, n] of counts) {
    for (let i = 0; i < n; i++)
      plans.push(newPlan(g, channel, receivedIn(g, from, to, channel === 'online'), false))
  }
  plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
  assignFates(g, plans, year === 2022 ? ONLINE_2022_NOT_CLOSED : null)
  // Problems resolved: exactly 1,577 of the 2022 primaries that close end with outcome A (on-the-spot answers
  // are mostly A); in 2021 about the same share.
  const closing = plans.filter((p) => p.fate === 'on_spot' || p.fate === 'route')
  const scored = closing.map((p) => [p, g.rng.next() * (p.fate === 'on_spot' ? 0.25 : 1)] as const)
  scored.sort((a, b) => a[1] - b[1])
  const resolved = year === 2022 ? FIGURES_2022.resolved : Math.round(closing.length * 0.47)
  scored.forEach(([p], i) => {
    p.outcome =
      i < resolved
        ? 'A'
        : g.rng.weighted<Outcome>([
            ['B', 55],
            ['C', 33],
            ['D', 12],
          ])
  })
  return plans
}

/** Rejections, merges, on-the-spot answers and routing, with exact quotas for the 2022 online items. */
export function assignFates(g: Generation, plans: Plan[], onlineQuota: typeof ONLINE_2022_NOT_CLOSED | null) {
  const { rng } = g
  const onSpotRate: Record<Channel, number> = {
    online: 0.03,
    station: 0.55,
    mobile: 0.5,
    grid: 0.1,
    mediation: 0.3,
    external: 0.05,
    supervision: 0,
  }
  // Merges first (they need an earlier primary in the same village), then rejections.
  const byVillage = new Map<string, Plan[]>()
  const quota = { invalid: 0, out_of_scope: 0, merge: 0 }
  const order = rng.shuffle(plans.map((_, i) => i))
  const isQuotaItem = (p: Plan) => onlineQuota !== null && p.channel === 'online'
  for (const p of plans) {
    const list = byVillage.get(p.village.code)
    if (list) list.push(p)
    else byVillage.set(p.village.code, [p])
  }
  const primaryFor = (p: Plan): Plan | null => {
    const list = byVillage.get(p.village.code)!
    const candidates = list.filter(
      (c) =>
        c !== p &&
        c.fate !== 'merge' &&
        c.fate !== 'invalid' &&
        c.fate !== 'out_of_scope' &&
        c.receivedAt.getTime() < p.receivedAt.getTime() - HOUR &&
        c.receivedAt.getTime() > p.receivedAt.getTime() - 40 * DAY &&
        c.concern !== null,
    )
    if (candidates.length === 0) return null
    const same = candidates.filter((c) => c.category === p.category)
    return rng.pick(same.length ? same : candidates)
  }
  const primaries = new Set<Plan>()
  for (const i of order) {
    const p = plans[i]
    if (p.fate !== 'route' || primaries.has(p)) continue
    let fate: Fate = 'route'
    if (isQuotaItem(p)) {
      if (quota.merge < onlineQuota!.merge) fate = 'merge'
      else if (quota.invalid < onlineQuota!.invalid) fate = 'invalid'
      else if (quota.out_of_scope < onlineQuota!.out_of_scope) fate = 'out_of_scope'
    } else {
      const online = p.channel === 'online'
      fate = rng.weighted<Fate>([
        ['merge', online ? 1.0 : 0.8],
        ['invalid', online ? 0.6 : 0.2],
        ['out_of_scope', online ? 0.5 : 0.5],
        ['route', 97],
      ])
    }
    if (fate === 'merge') {
      const primary = primaryFor(p)
      if (!primary) continue
      primaries.add(primary)
      makeDuplicate(g, p, primary)
      if (isQuotaItem(p)) quota.merge++
    } else if (fate === 'invalid' || fate === 'out_of_scope') {
      makeRejected(g, p, fate)
      if (isQuotaItem(p)) quota[fate]++
    }
  }
  if (onlineQuota && (quota.merge !== onlineQuota.merge || quota.invalid !== onlineQuota.invalid)) {
    throw new Error(`could not place the online rejections: ${JSON.stringify(quota)}`)
  }
  for (const p of plans) {
    if (p.fate !== 'route') continue
    if (rng.chance(onSpotRate[p.channel])) p.fate = 'on_spot'
    else route(g, p)
  }
}

function makeDuplicate(g: Generation, p: Plan, primary: Plan) {
  p.fate = 'merge'
  p.primary = primary
  p.category = primary.category
  p.concern = primary.concern
  p.vars = { ...primary.vars }
  p.content = compose(g, p, OPENERS_DUPLICATE)
}

export function makeRejected(g: Generation, p: Plan, fate: 'invalid' | 'out_of_scope') {
  p.fate = fate
  p.concern = null
  p.category = fate === 'invalid' ? null : 'other'
  p.content = g.rng.pick(fate === 'invalid' ? INVALID_TEXTS : OUT_OF_SCOPE_TEXTS)
}
