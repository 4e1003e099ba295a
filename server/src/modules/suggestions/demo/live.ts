import type { Channel } from '../../../db/types.ts'
import { cstDay } from '../../../platform/calendar.ts'
import { assignFates, compose, makeRejected, newPlan, type Plan, pickTown, type Stall } from './plan.ts'
import { route } from './routing.ts'
import type { Generation } from './setup.ts'
import { CONCERNS_BY_CATEGORY, OPENERS_OFFLINE, OPENERS_ONLINE } from './texts.ts'
import { DAY, receivedIn } from './time.ts'

const LIVE_ITEMS = 200
const LIVE_DAYS = 25

/** About 200 items received over the last 25 days, with the demo accounts in mind, stalled in every state. */
export function planLive(g: Generation, now: Date): Plan[] {
  const { rng } = g
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
    const town = rng.chance(0.35) ? g.wukang : pickTown(g)
    plans.push(newPlan(g, channel, receivedIn(g, from, now, channel === 'online'), true, town))
  }
  // Items addressed to the demo station and the demo deputy.
  const demoDeputyId = g.users.get('deputy')?.deputyId ?? null
  const wukangPlans = plans.filter((p) => p.town === g.wukang)
  wukangPlans.slice(0, 24).forEach((p) => {
    if (p.channel === 'online' || p.channel === 'station') p.venue = g.wukangStation
  })
  if (demoDeputyId) {
    wukangPlans.slice(12, 34).forEach((p) => {
      if (p.channel === 'online' || p.channel === 'station') p.deputyId = demoDeputyId
    })
  }
  plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
  assignFates(g, plans, null)

  // Items for the demo unit (县住房和城乡建设局), about construction and utilities.
  const older = plans.filter((p) => p.fate === 'route' && now.getTime() - p.receivedAt.getTime() > 2 * DAY)
  const forUnit = rng.sample(older, 16)
  for (const p of forUnit) {
    p.category = rng.chance(0.6) ? 'construction' : 'municipal'
    p.concern = rng.pick(CONCERNS_BY_CATEGORY[p.category])
    p.vars.topic = p.concern.topic
    p.content = compose(g, p, p.channel === 'online' ? OPENERS_ONLINE : OPENERS_OFFLINE)
    p.coUnits = []
    route(g, p, g.demoUnit)
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
    (p) =>
      cstDay(g.cal.deadlineAfter(g.cal.clockStart(p.receivedAt), g.limits.completionWorkingDays)) === today,
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
  // Make sure of a rejection among the live items (never of a merge primary: a merge refuses a rejected one).
  if (!plans.some((p) => p.fate === 'invalid' || p.fate === 'out_of_scope')) {
    const isPrimary = (x: Plan) => plans.some((q) => q.primary === x)
    const p = plans.find((x) => x.fate === 'route' && !taken.has(x) && !forUnit.includes(x) && !isPrimary(x))
    if (p) makeRejected(g, p, 'out_of_scope')
  }
  return plans
}
