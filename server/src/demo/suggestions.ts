import type { Channel, Outcome, Rating, SuggestionStatus, Tier } from '../db/types.ts'
import type { ActionInput } from '../modules/suggestions/actions/index.ts'
import { hashToken, newTrackingCode } from '../modules/suggestions/codes.ts'
import { type Acting, type DemoItem, DemoItems } from '../modules/suggestions/demo/ports.ts'
import type { SuggestionRow } from '../modules/suggestions/repo/items.ts'
import { SYSTEM_ACTOR } from '../modules/suggestions/sweeps.ts'
import { type Action, TRANSITIONS } from '../modules/suggestions/workflow.ts'
import { cstDay, cstInstant, type DayKind, WorkCalendar } from '../platform/calendar.ts'
import { maskName, maskPhone } from '../platform/crypto.ts'
import { searchText } from '../platform/text.ts'
import type { Actor } from '../platform/workflow.ts'
import { GIVEN_FEMALE, GIVEN_MALE, ROAD_NAMES, ROAD_SUFFIXES, SURNAMES } from './names.ts'
import type { Random } from './random.ts'
import {
  ANSWERS_OTHER,
  CATEGORY_WEIGHTS,
  CLOSERS,
  CONCERNS_BY_CATEGORY,
  type Concern,
  EXTENSION_REASONS,
  INVALID_TEXTS,
  ON_SPOT_ANSWERS,
  OPENERS_DUPLICATE,
  OPENERS_OFFLINE,
  OPENERS_ONLINE,
  OUT_OF_SCOPE_TEXTS,
  RATING_COMMENTS,
  REJECT_NOTES,
  REOPEN_NOTES,
  SEND_BACK_NOTES,
  SPOTS,
  URGE_NOTES,
} from './suggestion-texts.ts'
import { DEMO_UNIT_NAME } from './units.ts'
import {
  type DemoContext,
  type DemoDeputy,
  type DemoRegion,
  type DemoStep,
  type DemoTown,
  type DemoUnit,
  type DemoVenue,
  insertRows,
  stableId,
} from './world.ts'

/**
 * Suggestions of 2021 and 2022 with complete histories, from which the programme's published 2022 figures come
 * out of the raw records (3,276 collected, 2,236 online against 1,339 in 2021, 1,577 problems resolved, 98 %
 * online completion, a mean completion time under a week), plus about two hundred live items received over the
 * last weeks before `now`, in every state. Each item is played through the transition table the way the live
 * service does it (modules/suggestions/service.ts: the same fields per action, one event per transition, version
 * = number of events), on the Chinese working-day calendar.
 */

// ── the published figures (DOMAIN.md, "The demo county") ───────────────────────────────────────────────────

export const FIGURES_2022 = { collected: 3276, online: 2236, resolved: 1577, onlineClosed: 2191 } as const
export const ONLINE_2021 = 1339
/** Offline channels per year; the online counts are the published ones. */
const OFFLINE: Record<number, Record<Exclude<Channel, 'online'>, number>> = {
  2021: { station: 472, mobile: 246, grid: 182, mediation: 98 },
  2022: { station: 541, mobile: 268, grid: 153, mediation: 78 },
}
/** 2022 online items that did not close: rejected as invalid / out of scope, or merged into a primary. */
const ONLINE_2022_NOT_CLOSED = { invalid: 12, out_of_scope: 11, merge: 22 } as const
const LIVE_ITEMS = 200
const LIVE_DAYS = 25

// ── small helpers ──────────────────────────────────────────────────────────────────────────────────────────

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const OPEN = 8 * 60 + 30
const CLOSE = 17 * 60 + 30
// biome-ignore format: a data table reads better compact
const MOBILE_PREFIXES = ['133', '135', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '181', '187', '188', '189', '199']

function cstMinutes(t: Date): number {
  const local = new Date(t.getTime() + 8 * HOUR)
  return local.getUTCHours() * 60 + local.getUTCMinutes()
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(村|镇|路|处|n|m|topic)\}/g, (_, k: string) => vars[k] ?? '')
}

const CITIZEN: Acting = { actor: { id: null, name: '群众', role: 'citizen' }, relation: 'citizen' }
const SYSTEM: Acting = { actor: SYSTEM_ACTOR, relation: 'system' }

type Fate = 'invalid' | 'out_of_scope' | 'merge' | 'on_spot' | 'route'
/** Where a live item stops: a state, or in_progress with an extension request pending. */
type Stall = SuggestionStatus | 'extension_pending'

interface Plan {
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

class Stop extends Error {}

const ESCALATE_NOTE = (days: number) => `超过办理期限 ${days} 个工作日仍未办结，系统自动督办`
const MERGE_NOTE = '与已受理事项反映的是同一问题，并单办理'
const REFUSE_EXTENSION_NOTE = '现有期限内可以办结，请按期答复'

/** The working-day calendar with its day look-ups memoised (the generator asks about the same days many times). */
class CachedCalendar extends WorkCalendar {
  private readonly days = new Map<string, boolean>()
  override isWorkday(day: string): boolean {
    let v = this.days.get(day)
    if (v === undefined) {
      v = super.isWorkday(day)
      this.days.set(day, v)
    }
    return v
  }
}
const STOP = new Stop('stop')

// ── the step ───────────────────────────────────────────────────────────────────────────────────────────────

export const suggestionsStep: DemoStep = {
  name: 'suggestions',
  async run(ctx) {
    const gen = await Generator.create(ctx)
    await gen.generate()
    await gen.insert()
  },
}

class Generator {
  private readonly plans: Plan[] = []
  private readonly items: DemoItems
  private readonly codes = new Set<string>()
  /** Tracking codes draw from a stream of their own. */
  private readonly codeRng: Random
  private rng: Random
  private readonly deputiesByTown = new Map<string, DemoDeputy[]>()
  private readonly deputiesByVenue = new Map<string, DemoDeputy[]>()
  private readonly unitsByTown = new Map<string, DemoUnit[]>()
  private readonly unitsByName = new Map<string, DemoUnit>()
  private readonly demoUnit: DemoUnit
  private readonly wukang: DemoTown
  private readonly wukangStation: DemoVenue

  private constructor(
    private readonly ctx: DemoContext,
    private readonly cal: WorkCalendar,
    private readonly completionDays: number,
    private readonly maxExtensionDays: number,
    private readonly escalateAfterDays: number,
    private readonly ratingWindowDays: number,
    private readonly users: Map<string, { id: string; name: string; deputyId: string | null }>,
  ) {
    this.rng = ctx.rng.fork('history')
    this.codeRng = ctx.rng.fork('codes')
    const { world } = ctx
    for (const d of world.deputies) {
      this.push(this.deputiesByTown, d.townCode, d)
      for (const v of d.venueIds) this.push(this.deputiesByVenue, v, d)
    }
    for (const u of world.units) {
      this.unitsByName.set(u.name, u)
      if (u.kind === 'town_government' || u.kind === 'platform') this.push(this.unitsByTown, u.regionCode, u)
    }
    this.demoUnit = this.unitsByName.get(DEMO_UNIT_NAME)!
    this.wukang = world.towns[0]
    this.wukangStation = world.stationByTown.get(this.wukang.code)!
    this.items = new DemoItems(
      world.countyCode,
      cal,
      {
        completionWorkingDays: completionDays,
        maxExtensionWorkingDays: maxExtensionDays,
        escalateAfterWorkingDays: escalateAfterDays,
        ratingWindowDays,
      },
      new Map(world.units.map((u) => [u.id, { id: u.id, regionCode: u.regionCode }])),
    )
  }

  private push<K, V>(map: Map<K, V[]>, key: K, value: V) {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }

  static async create(ctx: DemoContext): Promise<Generator> {
    const overrides = await ctx.db.selectFrom('calendar_overrides').select(['day', 'kind']).execute()
    const cal = new CachedCalendar(
      new Map(
        overrides.map((r) => [
          typeof r.day === 'string' ? r.day : (r.day as unknown as Date).toISOString().slice(0, 10),
          r.kind as DayKind,
        ]),
      ),
    )
    const limits = await ctx.db
      .selectFrom('time_limits')
      .selectAll()
      .where('tier', '=', 'default')
      .where('category_code', '=', '')
      .executeTakeFirst()
    const users = await ctx.db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'deputy_id'])
      .where('county_code', '=', ctx.world.countyCode)
      .execute()
    return new Generator(
      ctx,
      cal,
      limits?.completion_working_days ?? 5,
      limits?.max_extension_working_days ?? 5,
      limits?.escalate_after_working_days ?? 2,
      limits?.rating_window_days ?? 7,
      new Map(users.map((u) => [u.username, { id: u.id, name: u.display_name, deputyId: u.deputy_id }])),
    )
  }

  async generate() {
    const now = this.ctx.now
    if (now.getTime() < Date.parse('2023-03-01T00:00:00+08:00')) {
      throw new Error(
        'the demo suggestions need a "now" after February 2023 (the 2022 items must have closed)',
      )
    }
    this.rng = this.ctx.rng.fork('history')
    for (const year of [2021, 2022]) this.planYear(year)
    this.rng = this.ctx.rng.fork('live')
    this.planLive(now)
    // Each item draws from a stream of its own, so the order in which histories are played does not matter:
    // duplicates go first, so that the answer to a primary reaches the items merged into it by then (the
    // give_feedback handler asks for them).
    const items = this.plans.map((p) => {
      this.rng = this.ctx.rng.fork(`item/${p.trackingCode}`)
      return { p, entry: this.intake(p), rng: this.rng }
    })
    for (const duplicates of [true, false]) {
      for (const { p, entry, rng } of items) {
        if ((p.fate === 'merge') !== duplicates) continue
        this.rng = rng
        await this.simulate(p, entry, p.live ? now : null)
      }
    }
  }

  // ── planning ─────────────────────────────────────────────────────────────────────────────────────────────

  private pickTown(): DemoTown {
    return this.rng.weighted(
      this.ctx.world.towns.map(
        (t, i) => [t, t.villages.length * (t.isSubdistrict ? 1.4 : 1) * (i === 0 ? 1.5 : 1)] as const,
      ),
    )
  }

  /** A random instant of a year: online any day and hour (fewer at night), offline during reception hours. */
  private receivedIn(from: Date, to: Date, online: boolean): Date {
    const { rng, cal } = this
    const monthWeight = [0.85, 0.6, 1.1, 1.05, 1.1, 1.05, 1.0, 0.95, 1.05, 0.9, 1.1, 1.05]
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const t = new Date(from.getTime() + rng.next() * (to.getTime() - from.getTime()))
      const day = cstDay(t)
      const work = cal.isWorkday(day)
      const month = Number(day.slice(5, 7)) - 1
      if (!online && !work) continue
      if (!rng.chance(monthWeight[month] / 1.1)) continue
      let minutes: number
      if (online) {
        if (!work && !rng.chance(0.6)) continue
        minutes = rng
          .weighted<[number, number]>([
            [[0, 420], 3],
            [[420, 540], 10],
            [[540, 720], 22],
            [[720, 840], 12],
            [[840, 1080], 22],
            [[1080, 1320], 24],
            [[1320, 1440], 7],
          ])
          .reduce((a, b) => rng.int(a, b - 1))
      } else {
        minutes = rng
          .weighted<[number, number]>([
            [[525, 690], 6],
            [[810, 1005], 4],
          ])
          .reduce((a, b) => rng.int(a, b))
      }
      const at = new Date(cstInstant(day, minutes).getTime() + rng.int(0, 59) * 1000)
      if (at.getTime() >= from.getTime() && at.getTime() < to.getTime()) return at
    }
    throw new Error('could not draw a receiving time')
  }

  private trackingCode(received: Date): string {
    for (;;) {
      const code = newTrackingCode(
        received,
        'DQ',
        Uint8Array.from({ length: 6 }, () => this.codeRng.int(0, 255)),
      )
      if (!this.codes.has(code)) {
        this.codes.add(code)
        return code
      }
    }
  }

  /** A new plan: place, addressee, category and content; the fate comes later. */
  private newPlan(channel: Channel, receivedAt: Date, live: boolean, town = this.pickTown()): Plan {
    const { rng } = this
    const world = this.ctx.world
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
      else if (r < 0.55) deputyId = rng.pick(this.deputiesByTown.get(town.code) ?? world.deputies).id
    }
    if (venue && channel !== 'online' && rng.chance(0.75)) {
      const onDuty = this.deputiesByVenue.get(venue.id)
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
      trackingCode: this.trackingCode(receivedAt),
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
    plan.content = this.compose(plan, channel === 'online' ? OPENERS_ONLINE : OPENERS_OFFLINE)
    return plan
  }

  private compose(plan: Plan, openers: readonly string[]): string {
    const { rng } = this
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

  private planYear(year: number) {
    const from = new Date(`${year}-01-01T00:00:00+08:00`)
    const to = new Date(`${year + 1}-01-01T00:00:00+08:00`)
    const online = year === 2022 ? FIGURES_2022.online : ONLINE_2021
    const counts: [Channel, number][] = [['online', online], ...Object.entries(OFFLINE[year])] as [
      Channel,
      number,
    ][]
    const plans: Plan[] = []
    for (const [channel, n] of counts) {
      for (let i = 0; i < n; i++)
        plans.push(this.newPlan(channel, this.receivedIn(from, to, channel === 'online'), false))
    }
    plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
    this.assignFates(plans, year === 2022 ? ONLINE_2022_NOT_CLOSED : null)
    // Problems resolved: exactly 1,577 of the 2022 primaries that close end with outcome A (on-the-spot answers
    // are mostly A); in 2021 about the same share.
    const closing = plans.filter((p) => p.fate === 'on_spot' || p.fate === 'route')
    const scored = closing.map((p) => [p, this.rng.next() * (p.fate === 'on_spot' ? 0.25 : 1)] as const)
    scored.sort((a, b) => a[1] - b[1])
    const resolved = year === 2022 ? FIGURES_2022.resolved : Math.round(closing.length * 0.47)
    scored.forEach(([p], i) => {
      p.outcome =
        i < resolved
          ? 'A'
          : this.rng.weighted<Outcome>([
              ['B', 55],
              ['C', 33],
              ['D', 12],
            ])
    })
    this.plans.push(...plans)
  }

  /** Rejections, merges, on-the-spot answers and routing, with exact quotas for the 2022 online items. */
  private assignFates(plans: Plan[], onlineQuota: typeof ONLINE_2022_NOT_CLOSED | null) {
    const { rng } = this
    const onSpotRate: Record<Channel, number> = {
      online: 0.03,
      station: 0.55,
      mobile: 0.5,
      grid: 0.1,
      mediation: 0.3,
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
        this.makeDuplicate(p, primary)
        if (isQuotaItem(p)) quota.merge++
      } else if (fate === 'invalid' || fate === 'out_of_scope') {
        this.makeRejected(p, fate)
        if (isQuotaItem(p)) quota[fate]++
      }
    }
    if (onlineQuota && (quota.merge !== onlineQuota.merge || quota.invalid !== onlineQuota.invalid)) {
      throw new Error(`could not place the online rejections: ${JSON.stringify(quota)}`)
    }
    for (const p of plans) {
      if (p.fate !== 'route') continue
      if (rng.chance(onSpotRate[p.channel])) p.fate = 'on_spot'
      else this.route(p)
    }
  }

  private makeDuplicate(p: Plan, primary: Plan) {
    p.fate = 'merge'
    p.primary = primary
    p.category = primary.category
    p.concern = primary.concern
    p.vars = { ...primary.vars }
    p.content = this.compose(p, OPENERS_DUPLICATE)
  }

  private makeRejected(p: Plan, fate: 'invalid' | 'out_of_scope') {
    p.fate = fate
    p.concern = null
    p.category = fate === 'invalid' ? null : 'other'
    p.content = this.rng.pick(fate === 'invalid' ? INVALID_TEXTS : OUT_OF_SCOPE_TEXTS)
  }

  /** The tier and the handling units, by category. */
  private route(p: Plan, forceUnit: DemoUnit | null = null) {
    const { rng } = this
    p.fate = 'route'
    p.reopen = rng.chance(0.004)
    const cat = p.category ?? 'other'
    if (forceUnit) {
      p.tier = 'county'
      p.leadUnit = forceUnit
    } else {
      p.tier = rng.weighted<Tier>([
        ['town', 80],
        ['county', 19],
        ['proposal', 1],
      ])
    }
    if (p.tier === 'town') {
      const townUnits = this.unitsByTown.get(p.town.code)!
      const gov = townUnits.find((u) => u.kind === 'town_government')!
      const platform = rng.pick(TOWN_PLATFORM[cat])
      const lead = rng.chance(0.35) ? gov : townUnits.find((u) => u.platformType === platform)!
      p.leadUnit = lead
      const others = townUnits.filter((u) => u !== lead)
      p.coUnits = rng.sample(
        others,
        rng.weighted([
          [0, 70],
          [1, 22],
          [2, 8],
        ]),
      )
    } else {
      if (!p.leadUnit) p.leadUnit = this.unitsByName.get(rng.pick(COUNTY_UNITS[cat]))!
      const lead = p.leadUnit
      const n = rng.weighted([
        [0, 60],
        [1, 30],
        [2, 10],
      ])
      const pool = [
        ...COUNTY_UNITS[cat].map((name) => this.unitsByName.get(name)!),
        this.unitsByTown.get(p.town.code)!.find((u) => u.kind === 'town_government')!,
      ].filter((u) => u !== lead)
      p.coUnits = rng.sample(pool, n)
    }
  }

  /** About 200 items received over the last 25 days, with the demo accounts in mind, stalled in every state. */
  private planLive(now: Date) {
    const { rng } = this
    const from = new Date(now.getTime() - LIVE_DAYS * DAY)
    const plans: Plan[] = []
    for (let i = 0; i < LIVE_ITEMS; i++) {
      const channel = rng.weighted<Channel>([
        ['online', 60],
        ['station', 20],
        ['mobile', 8],
        ['grid', 8],
        ['mediation', 4],
      ])
      const town = rng.chance(0.35) ? this.wukang : this.pickTown()
      const p = this.newPlan(channel, this.receivedIn(from, now, channel === 'online'), true, town)
      plans.push(p)
    }
    // Items addressed to the demo station and the demo deputy.
    const demoDeputyId = this.users.get('deputy')?.deputyId ?? null
    const wukangPlans = plans.filter((p) => p.town === this.wukang)
    wukangPlans.slice(0, 24).forEach((p) => {
      if (p.channel === 'online' || p.channel === 'station') p.venue = this.wukangStation
    })
    if (demoDeputyId) {
      wukangPlans.slice(12, 34).forEach((p) => {
        if (p.channel === 'online' || p.channel === 'station') p.deputyId = demoDeputyId
      })
    }
    plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
    this.assignFates(plans, null)

    // Items for the demo unit (县住房和城乡建设局), about construction and utilities.
    const older = plans.filter((p) => p.fate === 'route' && now.getTime() - p.receivedAt.getTime() > 2 * DAY)
    const forUnit = rng.sample(older, 16)
    for (const p of forUnit) {
      p.category = rng.chance(0.6) ? 'construction' : 'municipal'
      p.concern = rng.pick(CONCERNS_BY_CATEGORY[p.category])
      p.vars.topic = p.concern.topic
      p.content = this.compose(p, p.channel === 'online' ? OPENERS_ONLINE : OPENERS_OFFLINE)
      p.coUnits = []
      this.route(p, this.demoUnit)
      p.reopen = false
    }
    // Stalls: every state has items, including overdue, escalated and due-today ones.
    const taken = new Set<Plan>()
    const stall = (list: Plan[], n: number, state: Stall) => {
      for (const p of list) {
        if (n <= 0) break
        if (taken.has(p)) continue
        taken.add(p)
        p.stall = state
        if (state === 'extension_pending') p.extension = true
        if (state === 'in_progress' || state === 'replied') p.sendBack = false
        n--
      }
    }
    const age = (p: Plan) => (now.getTime() - p.receivedAt.getTime()) / DAY
    const routed = plans.filter((p) => p.fate === 'route')
    const newest = [...routed].reverse()
    stall(newest, 4, 'submitted')
    stall(newest, 3, 'accepted')
    stall(newest, 3, 'routed')
    const unitStalls: [Stall, number][] = [
      ['assigned', 3],
      ['signed', 3],
      ['in_progress', 5],
      ['extension_pending', 1],
      ['replied', 3],
    ]
    const unitItems = rng.shuffle(forUnit)
    for (const [state, n] of unitStalls) stall(unitItems, n, state)
    const today = cstDay(now)
    const dueToday = routed.filter(
      (p) => cstDay(this.cal.deadlineAfter(this.cal.clockStart(p.receivedAt), this.completionDays)) === today,
    )
    stall(dueToday, 3, 'in_progress')
    const old = rng.shuffle(routed.filter((p) => age(p) > 12))
    stall(old, 4, 'in_progress')
    stall(old, 2, 'signed')
    const mid = rng.shuffle(routed.filter((p) => age(p) > 2 && age(p) <= 20))
    stall(mid, 4, 'assigned')
    stall(mid, 3, 'signed')
    stall(mid, 5, 'in_progress')
    stall(mid, 3, 'extension_pending')
    stall(mid, 4, 'replied')
    stall(mid, 3, 'reviewed')
    const recent = rng.shuffle(routed.filter((p) => age(p) > 3 && age(p) <= 6.5))
    stall(recent, 3, 'feedback_given')
    const onSpot = plans.filter((p) => p.fate === 'on_spot' && age(p) > 0.5 && age(p) < 5)
    stall(onSpot, 2, 'answered_on_spot')
    // Make sure of a rejection and a merge among the live items.
    if (!plans.some((p) => p.fate === 'invalid' || p.fate === 'out_of_scope')) {
      const isPrimary = (x: Plan) => plans.some((q) => q.primary === x)
      const p = plans.find(
        (x) => x.fate === 'route' && !taken.has(x) && !forUnit.includes(x) && !isPrimary(x),
      )
      if (p) this.makeRejected(p, 'out_of_scope')
    }
    this.plans.push(...plans)
  }

  // ── simulation ───────────────────────────────────────────────────────────────────────────────────────────

  /** Moves a time on by working minutes, within office hours of working days. */
  private office(t: Date, minutes: number): Date {
    let cur = this.cal.clockStart(t)
    let left = Math.round(minutes * MINUTE) + this.rng.int(0, 59) * 1000
    for (let i = 0; i < 400; i++) {
      const day = cstDay(cur)
      const end = cstInstant(day, CLOSE).getTime()
      if (cur.getTime() + left < end) return new Date(cur.getTime() + left)
      left -= end - cur.getTime()
      cur = cstInstant(this.cal.nextWorkday(day), OPEN)
    }
    throw new Error('office time overflow')
  }

  /** A time during office hours on the working day `n` working days after the clock start day (n = 1: that day). */
  private onWorkingDay(clockStart: Date, n: number): Date {
    const day = this.cal.addWorkingDays(cstDay(clockStart), n - 1)
    return new Date(cstInstant(day, this.rng.int(540, 1040)).getTime() + this.rng.int(0, 59) * 1000)
  }

  /** A citizen's moment after t: any day, but not in the middle of the night. */
  private citizenAfter(t: Date, minMinutes: number, maxMinutes: number): Date {
    const at = new Date(
      t.getTime() + this.rng.int(minMinutes, maxMinutes) * MINUTE + this.rng.int(0, 59) * 1000,
    )
    const m = cstMinutes(at)
    if (m >= 7 * 60 + 30 && m < 22 * 60) return at
    const day = m < 7 * 60 + 30 ? cstDay(at) : cstDay(new Date(at.getTime() + DAY))
    return new Date(
      cstInstant(day, 7 * 60 + 30 + this.rng.int(0, 150)).getTime() + this.rng.int(0, 59) * 1000,
    )
  }

  private userActor(username: string, role: string): Actor | null {
    const u = this.users.get(username)
    return u ? { id: u.id, name: u.name, role } : null
  }

  /** Who takes an item in and routes it (the intake relation). */
  private intakeActor(p: Plan): Acting {
    return { actor: this.intakePerson(p), relation: 'intake' }
  }

  private intakePerson(p: Plan): Actor {
    const demoDeputy = this.users.get('deputy')
    if (p.deputyId && demoDeputy?.deputyId === p.deputyId && p.channel === 'online' && this.rng.chance(0.5)) {
      return { id: demoDeputy.id, name: demoDeputy.name, role: 'deputy' }
    }
    if (p.venue && p.channel !== 'online') {
      if (p.venue.id === this.wukangStation.id)
        return this.userActor('station', 'station_staff') ?? this.townStaff(p)
      return { id: null, name: `${p.venue.name}联络员`, role: 'station_staff' }
    }
    return this.townStaff(p)
  }

  private townStaff(p: Plan): Actor {
    if (p.town === this.wukang) {
      const a = this.userActor('town', 'town_staff')
      if (a) return a
    }
    return { id: null, name: `${p.town.name}人大工作人员`, role: 'town_staff' }
  }

  /** Who owns the item at its tier (the manager relation): the town's staff, or the county's. */
  private managerActor(p: Plan): Acting {
    const actor =
      p.tier === 'town'
        ? this.townStaff(p)
        : (this.userActor('admin', 'county_admin') ?? {
            id: null,
            name: '县人大常委会工作人员',
            role: 'county_admin',
          })
    return { actor, relation: 'manager' }
  }

  /** The lead unit's staff (the lead_unit relation). */
  private unitActor(unit: DemoUnit): Acting {
    const actor = (unit.id === this.demoUnit.id && this.userActor('unit', 'unit_staff')) || {
      id: null,
      name: `${unit.name}承办人员`,
      role: 'unit_staff',
    }
    return { actor, relation: 'lead_unit' }
  }

  /** Who keys in an offline item (created_by and the submit event's actor). */
  private submitter(p: Plan): Actor {
    if (p.channel === 'online') return CITIZEN.actor
    if (p.channel === 'mediation') {
      return (
        this.userActor('admin', 'county_admin') ?? {
          id: null,
          name: '县矛调中心工作人员',
          role: 'county_admin',
        }
      )
    }
    if (p.channel === 'mobile' && p.deputyId && this.users.get('deputy')?.deputyId === p.deputyId) {
      return this.userActor('deputy', 'deputy')!
    }
    return this.intakePerson(p)
  }

  private answerFor(p: Plan, outcome: Outcome): string {
    const vars = p.vars
    if (outcome === 'A') {
      return `您好！关于您反映的${vars.topic}问题，我单位高度重视，经现场核查，${fill(p.concern!.fix, vars)}。感谢您的监督和支持！`
    }
    return fill(this.rng.pick(ANSWERS_OTHER[outcome]), vars)
  }

  private ratingFor(outcome: Outcome): Rating {
    const w: Record<Outcome, [number, number, number]> = {
      A: [94, 5.5, 0.5],
      B: [82, 15, 3],
      C: [70, 25, 5],
      D: [68, 27, 5],
    }
    const [s, b, d] = w[outcome]
    return this.rng.weighted<Rating>([
      ['satisfied', s],
      ['basically_satisfied', b],
      ['dissatisfied', d],
    ])
  }

  /** The item as intake writes it: the row and its submit event. */
  private intake(p: Plan): DemoItem {
    const { rng, cal } = this
    const countyCode = this.ctx.world.countyCode
    const received = p.receivedAt
    const phone = rng.chance(0.7) ? `${rng.pick(MOBILE_PREFIXES)}${rng.digits(8)}` : null
    const name = rng.chance(0.35)
      ? `${rng.weighted(SURNAMES)}${rng.pick(rng.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE)}${rng.chance(0.6) ? rng.pick(GIVEN_MALE) : ''}`
      : null
    const submitter = this.submitter(p)
    const near = (x: number) => Math.round((x + rng.float(-0.006, 0.006)) * 1e6) / 1e6
    const hasPoint = p.channel === 'online' ? rng.chance(0.45) : p.channel === 'grid'
    const token = `${rng.nextUint32().toString(36)}${rng.nextUint32().toString(36)}${rng.nextUint32().toString(36)}`
    const cipher = this.ctx.cipher
    const row: SuggestionRow = {
      id: p.id,
      tracking_code: p.trackingCode,
      access_token_hash: hashToken(token),
      channel: p.channel,
      status: 'submitted',
      tier: null,
      content: p.content,
      search_text: searchText(p.content),
      category_code: p.category,
      venue_id: p.venue?.id ?? null,
      deputy_id: p.deputyId,
      region_code: p.village.code,
      town_code: p.town.code,
      lat: hasPoint ? near(p.village.lat) : null,
      lng: hasPoint ? near(p.village.lng) : null,
      contact_name_enc: name ? cipher.encrypt(name) : null,
      contact_name_masked: name ? maskName(name) : null,
      contact_phone_enc: phone ? cipher.encrypt(phone) : null,
      contact_phone_hash: phone ? cipher.lookupHash(phone) : null,
      contact_phone_masked: phone ? maskPhone(phone) : null,
      consent_at: received,
      created_by: submitter.id,
      received_at: received,
      clock_start_at: cal.clockStart(received),
      same_day_due_at: cal.sameDayDeadline(received),
      accepted_at: null,
      routed_at: null,
      acknowledged_at: null,
      assigned_at: null,
      signed_at: null,
      replied_at: null,
      reviewed_at: null,
      feedback_at: null,
      closed_at: null,
      due_at: null,
      extension_requested_days: null,
      extension_reason: null,
      lead_unit_id: null,
      answer: null,
      outcome: null,
      rating: null,
      rating_comment: null,
      reject_reason: null,
      merged_into_id: null,
      reopen_count: 0,
      urge_count: 0,
      escalated_at: null,
      overdue_reminded_at: null,
      county_code: countyCode,
      created_at: received,
      updated_at: received,
      version: 1,
    }
    return this.items.add(row, {
      suggestion_id: p.id,
      at: received,
      action: 'submit',
      from_status: null,
      to_status: 'submitted',
      actor_id: submitter.id,
      actor_name: submitter.name,
      actor_role: submitter.role,
      public: true,
      note: null,
      detail: { channel: p.channel },
      county_code: countyCode,
    })
  }

  /** The item's history from intake on, up to `limit` (live items) or its end. */
  private async simulate(p: Plan, entry: DemoItem, limit: Date | null) {
    const { rng, cal } = this
    const row = entry.item
    let last = row.received_at

    /**
     * One workflow action at its planned time (or just after the previous step), planned by the kernel with the
     * action's handler and applied in memory. Stops at the time limit (live items) and at the item's stall state.
     */
    const act = async (
      action: Action,
      planned: Date,
      who: Acting,
      input: ActionInput | (() => ActionInput) = {},
    ): Promise<Date> => {
      const at =
        planned.getTime() <= last.getTime() ? new Date(last.getTime() + rng.int(20, 300) * 1000) : planned
      if (limit && at.getTime() >= limit.getTime()) throw STOP
      const to = await this.items.apply(entry, action, typeof input === 'function' ? input() : input, who, at)
      last = at
      if (p.stall === to && TRANSITIONS[action].to !== 'same') throw STOP
      return at
    }
    /**
     * What the overdue sweep (modules/suggestions/sweeps.ts, every minute) does once the completion deadline has
     * passed before `until`: remind the unit (overdue_reminded_at, no event), and escalate as the system at the
     * office opening `escalate_after_working_days` working days after the deadline. A manager may urge in between.
     */
    const overdue = async (until: Date) => {
      const due = row.due_at
      if (!due || due.getTime() >= until.getTime()) return
      const remindedAt = new Date(due.getTime() + rng.int(1, 59) * 1000)
      if (remindedAt.getTime() < until.getTime()) row.overdue_reminded_at = remindedAt
      const urgeAt = this.office(due, rng.int(30, 240))
      if (urgeAt.getTime() < until.getTime() && urgeAt.getTime() > last.getTime() && rng.chance(0.8)) {
        await act('urge', urgeAt, this.managerActor(p), { note: rng.pick(URGE_NOTES) })
      }
      const escalated = row.escalated_at
      if (escalated && escalated.getTime() >= due.getTime()) return
      const escalateAt = new Date(
        cstInstant(cal.addWorkingDays(cstDay(due), this.escalateAfterDays), OPEN).getTime() +
          rng.int(1, 59) * 1000,
      )
      if (escalateAt.getTime() < until.getTime() && escalateAt.getTime() > last.getTime()) {
        await act('escalate', escalateAt, SYSTEM, { note: ESCALATE_NOTE(this.escalateAfterDays) })
      }
    }

    try {
      if (p.stall === 'submitted') throw STOP
      const C = row.clock_start_at
      const D = row.same_day_due_at
      // The same-day steps: accept, then reject / merge / answer on the spot / route, then assign.
      const inPerson = p.channel !== 'online' && p.channel !== 'grid'
      const steps = p.fate === 'route' ? 3 : 2
      const times: Date[] = []
      let t = C.getTime()
      const gaps = Array.from({ length: steps }, (_, i) =>
        inPerson && i < 2 ? rng.int(1, 15) * MINUTE : rng.int(i === 0 ? 3 : 2, i === 0 ? 150 : 100) * MINUTE,
      ).map((g) => g + rng.int(0, 59) * 1000)
      const total = gaps.reduce((a, b) => a + b, 0)
      const room = D.getTime() - C.getTime()
      const scale = total > room * 0.95 ? (room * 0.9) / total : 1
      for (const g of gaps) {
        t += Math.max(1000, Math.floor(g * scale))
        times.push(new Date(t))
      }
      if (p.lateSameDay) {
        let next = cstInstant(cal.nextWorkday(cstDay(C)), OPEN + rng.int(5, 60)).getTime()
        for (let i = rng.int(0, steps - 1); i < steps; i++) {
          times[i] = new Date(next)
          next += rng.int(3, 40) * MINUTE
        }
      }
      const intake = this.intakeActor(p)
      if (p.fate === 'invalid' || p.fate === 'out_of_scope' || p.fate === 'merge') {
        if (rng.chance(0.4)) await act('accept', times[0], intake)
        if (p.fate === 'merge') {
          await act('merge', times[1], intake, { primaryId: p.primary!.id, note: MERGE_NOTE })
        } else {
          await act('reject', times[1], intake, { reason: p.fate, note: rng.pick(REJECT_NOTES[p.fate]) })
        }
        return this.keep(entry, limit)
      }
      await act('accept', times[0], intake)
      if (p.fate === 'on_spot') {
        const answer =
          p.outcome === 'A'
            ? `${rng.pick(ON_SPOT_ANSWERS)}关于${p.vars.topic}：${fill(p.concern!.fix, p.vars)}。`
            : `代表当场听取了${p.vars.topic}的情况。${fill(rng.pick(ANSWERS_OTHER[p.outcome]), p.vars)}`
        await act('answer_on_spot', times[1], intake, { answer, outcome: p.outcome })
        await this.rateOrClose(p, act, last, inPerson)
        return this.keep(entry, limit)
      }
      // Routed and handled by units.
      await act('route', times[1], intake, { tier: p.tier! })
      const manager = this.managerActor(p)
      const lead = p.leadUnit!
      const assignment = {
        leadUnitId: lead.id,
        coUnitIds: p.coUnits.filter((u) => u !== lead).map((u) => u.id),
      }
      await act('assign', times[2], manager, assignment)
      const unit = this.unitActor(lead)
      const handle = async (outcome: Outcome, firstRound: boolean) => {
        await act('sign', this.office(last, rng.int(5, 300)), unit)
        await act('start', this.office(last, rng.int(1, 90)), unit)
        let replyAt = firstRound ? this.onWorkingDay(C, p.replyDay) : this.office(last, rng.int(300, 1400))
        if (firstRound && p.extension && this.maxExtensionDays > 0) {
          const days = rng.int(Math.min(3, this.maxExtensionDays), this.maxExtensionDays)
          const reason = rng.pick(EXTENSION_REASONS)
          await act('request_extension', this.onWorkingDay(C, rng.int(2, 4)), unit, { days, note: reason })
          if (p.stall === 'extension_pending') throw STOP
          const decideAt = this.office(last, rng.int(30, 400))
          if (rng.chance(0.9)) {
            await act('decide_extension', decideAt, manager, { approve: true })
            replyAt = this.onWorkingDay(C, this.completionDays + rng.int(1, days + (rng.chance(0.1) ? 2 : 0)))
          } else {
            await act('decide_extension', decideAt, manager, { approve: false, note: REFUSE_EXTENSION_NOTE })
            replyAt = this.onWorkingDay(C, Math.min(p.replyDay, this.completionDays))
          }
        }
        if (replyAt.getTime() <= last.getTime()) replyAt = this.office(last, rng.int(20, 240))
        if (firstRound) await overdue(replyAt)
        const reply = (o: Outcome, planned: Date) =>
          act('reply', planned, unit, () => ({ answer: this.answerFor(p, o), outcome: o }))
        if (firstRound && p.sendBack) {
          await reply(rng.pick<Outcome>(['C', 'D']), replyAt)
          await act('send_back', this.office(last, rng.int(30, 300)), manager, {
            note: rng.pick(SEND_BACK_NOTES),
          })
          await reply(outcome, this.office(last, rng.int(200, 900)))
        } else {
          await reply(outcome, replyAt)
        }
        await act('review', this.office(last, rng.int(10, 360)), manager)
        await act('give_feedback', this.office(last, rng.int(5, 180)), manager)
      }
      if (p.reopen) {
        await handle(rng.pick<Outcome>(['C', 'D']), true)
        const comment = rng.pick(RATING_COMMENTS.dissatisfied)
        await act('rate', this.citizenAfter(last, 30, 1800), CITIZEN, { rating: 'dissatisfied', comment })
        await act('reopen', this.citizenAfter(last, 60, 3 * 1440), CITIZEN, { note: rng.pick(REOPEN_NOTES) })
        // The reopened item is routed again after its same-day limit: the sweep reminds at once.
        row.overdue_reminded_at = new Date(last.getTime() + rng.int(1, 59) * 1000)
        await act('assign', this.office(last, rng.int(20, 400)), manager, assignment)
        // Should the new deadline already have passed by then, the sweep escalates within a minute.
        const due = row.due_at!
        if (
          cstInstant(cal.addWorkingDays(cstDay(due), this.escalateAfterDays), OPEN).getTime() < last.getTime()
        ) {
          await act('escalate', new Date(last.getTime() + rng.int(20, 59) * 1000), SYSTEM, {
            note: ESCALATE_NOTE(this.escalateAfterDays),
          })
        }
        await handle(p.outcome, false)
      } else {
        await handle(p.outcome, true)
      }
      await this.rateOrClose(p, act, last, false)
    } catch (e) {
      if (!(e instanceof Stop)) throw e
      if (limit && (row.status === 'assigned' || row.status === 'signed' || row.status === 'in_progress')) {
        try {
          await overdue(limit)
        } catch (inner) {
          if (!(inner instanceof Stop)) throw inner
        }
      }
    }
    this.keep(entry, limit)
  }

  private keep(entry: DemoItem, limit: Date | null) {
    const row = entry.item
    // The same-day sweep reminds, once, of an item still waiting for accept / route / assign after its limit;
    // overdue_reminded_at keeps the latest reminder.
    const limitDue = row.same_day_due_at.getTime()
    const leave = entry.events.find(
      (e) => e.to_status !== 'submitted' && e.to_status !== 'accepted' && e.to_status !== 'routed',
    )
    const leftAt = leave ? leave.at.getTime() : (limit?.getTime() ?? Number.POSITIVE_INFINITY)
    const remindAt = limitDue + this.rng.int(1, 59) * 1000
    if (remindAt < leftAt) {
      const current = row.overdue_reminded_at
      if (!current || current.getTime() < remindAt) row.overdue_reminded_at = new Date(remindAt)
    }
  }

  private async rateOrClose(
    p: Plan,
    act: (a: Action, at: Date, who: Acting, input?: ActionInput) => Promise<Date>,
    last: Date,
    inPerson: boolean,
  ) {
    const { rng } = this
    const r = rng.next()
    const unrated = inPerson ? 0.08 : 0.08
    if (r < 1 - unrated) {
      const at =
        inPerson && r < 0.7
          ? new Date(last.getTime() + rng.int(1, 20) * MINUTE + rng.int(0, 59) * 1000)
          : rng.chance(0.7)
            ? this.citizenAfter(last, 20, 300)
            : this.citizenAfter(last, 300, 3 * 1440)
      const rating = p.reopen
        ? rng.pick<Rating>(['satisfied', 'basically_satisfied'])
        : this.ratingFor(p.outcome)
      const comment = rng.chance(0.3) ? rng.pick(RATING_COMMENTS[rating]) : undefined
      await act('rate', at, CITIZEN, { rating, comment })
    } else {
      // The sweep closes an item within a minute of the rating window's end, at any hour.
      const at = new Date(last.getTime() + this.ratingWindowDays * DAY + rng.int(1, 59) * 1000)
      await act('close_unrated', at, SYSTEM, {
        note: `群众 ${this.ratingWindowDays} 天内未评价，系统自动办结`,
      })
    }
  }

  // ── inserting ────────────────────────────────────────────────────────────────────────────────────────────

  async insert() {
    // Primaries first: merged_into_id references an earlier row; events in item order, then time order, so
    // that their ids (bigserial) follow the history of each item.
    const entries = [...this.items.byId.values()].sort(
      (a, b) => a.item.received_at.getTime() - b.item.received_at.getTime(),
    )
    await insertRows(
      this.ctx,
      'suggestions',
      entries.map((e) => e.item),
    )
    await insertRows(
      this.ctx,
      'suggestion_units',
      entries.flatMap((e) => e.unitRows),
    )
    await insertRows(
      this.ctx,
      'suggestion_events',
      entries.flatMap((e) => e.events.map((ev) => ({ ...ev, detail: JSON.stringify(ev.detail) }))),
    )
  }
}
// ── handling units by category ─────────────────────────────────────────────────────────────────────────────

const TOWN_PLATFORM: Record<string, readonly string[]> = {
  traffic: ['enforcement', 'command_room'],
  municipal: ['enforcement', 'command_room'],
  environment: ['enforcement'],
  construction: ['enforcement', 'service'],
  agriculture: ['service', 'command_room'],
  education: ['service'],
  health: ['service'],
  social_security: ['service'],
  governance: ['governance'],
  economy: ['market'],
  culture: ['service'],
  other: ['command_room'],
}

const COUNTY_UNITS: Record<string, readonly string[]> = {
  traffic: ['县交通运输局', '县公安局', '县综合行政执法局'],
  municipal: ['县住房和城乡建设局', '县综合行政执法局'],
  environment: ['湖州市生态环境局德清分局', '县综合行政执法局', '县水利局'],
  construction: ['县住房和城乡建设局', '县自然资源和规划局'],
  agriculture: ['县农业农村局', '县水利局'],
  education: ['县教育局'],
  health: ['县卫生健康局', '县医疗保障局'],
  social_security: ['县民政局', '县人力资源和社会保障局', '县医疗保障局'],
  governance: ['县公安局', '县司法局', '县应急管理局'],
  economy: ['县经济和信息化局', '县商务局', '县市场监督管理局'],
  culture: ['县文化和广电旅游体育局'],
  other: ['县信访局', '县数据局'],
}
