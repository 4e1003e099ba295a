import type { Outcome, Rating, SuggestionStatus } from '../../../db/types.ts'
import { cstDay, cstInstant } from '../../../platform/calendar.ts'
import { closeUnratedNote, escalateNote } from '../actions/context.ts'
import type { ActionInput } from '../actions/index.ts'
import { type Action, HANDLING, TRANSITIONS } from '../workflow.ts'
import { CITIZEN, intakeActor, managerActor, SYSTEM, unitActor } from './actors.ts'
import { intake } from './intake.ts'
import { fill, type Plan } from './plan.ts'
import type { Acting, DemoItem } from './ports.ts'
import type { Generation } from './setup.ts'
import {
  ANSWERS_OTHER,
  EXTENSION_REASONS,
  ON_SPOT_ANSWERS,
  RATING_COMMENTS,
  REJECT_NOTES,
  REOPEN_NOTES,
  SEND_BACK_NOTES,
  URGE_NOTES,
} from './texts.ts'
import { citizenAfter, DAY, MINUTE, OPEN, office, onWorkingDay } from './time.ts'

/**
 * Each item's history, played through the loop's handlers (ports.ts): the generator decides what happens and
 * when (the plan, the times, where a live item stalls); what an action does to the item is the handler's.
 */

class Stop extends Error {}
const STOP = new Stop('stop')

// The notes the sweep writes (modules/suggestions/sweeps.ts) and a few the staff write.
const MERGE_NOTE = '与已受理事项反映的是同一问题，并单办理'
const REFUSE_EXTENSION_NOTE = '现有期限内可以办结，请按期答复'

type Act = (action: Action, planned: Date, who: Acting, input?: ActionInput) => Promise<Date>

/**
 * Plays every item's history, up to `now` for the live ones. Each item draws from a stream of its own, so the
 * order does not matter: duplicates go first, so that the answer to a primary reaches the items merged into it
 * by then (the give_feedback handler asks for them), and their merge finds every primary taken in.
 */
export async function playHistories(g: Generation, plans: readonly Plan[], now: Date): Promise<void> {
  const items = plans.map((p) => {
    g.rng = g.ctx.rng.fork(`item/${p.trackingCode}`)
    return { p, entry: intake(g, p), rng: g.rng }
  })
  for (const duplicates of [true, false]) {
    for (const { p, entry, rng } of items) {
      if ((p.fate === 'merge') !== duplicates) continue
      g.rng = rng
      await simulate(g, p, entry, p.live ? now : null)
    }
  }
}

async function simulate(g: Generation, p: Plan, entry: DemoItem, limit: Date | null) {
  const { rng, cal, limits } = g
  const row = entry.item
  let last = row.received_at

  /**
   * One workflow action at its planned time (or just after the previous step), planned by the kernel with the
   * action's handler and applied in memory. Stops at the time limit (live items) and at the item's stall state.
   */
  const act: Act = async (action, planned, who, input = {}) => {
    const at =
      planned.getTime() <= last.getTime() ? new Date(last.getTime() + rng.int(20, 300) * 1000) : planned
    if (limit && at.getTime() >= limit.getTime()) throw STOP
    const to = await g.items.apply(entry, action, input, who, at)
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
    const urgeAt = office(g, due, rng.int(30, 240))
    if (urgeAt.getTime() < until.getTime() && urgeAt.getTime() > last.getTime() && rng.chance(0.8)) {
      await act('urge', urgeAt, managerActor(g, p), { note: rng.pick(URGE_NOTES) })
    }
    const escalated = row.escalated_at
    if (escalated && escalated.getTime() >= due.getTime()) return
    const escalateAt = new Date(
      cstInstant(cal.addWorkingDays(cstDay(due), limits.escalateAfterWorkingDays), OPEN).getTime() +
        rng.int(1, 59) * 1000,
    )
    if (escalateAt.getTime() < until.getTime() && escalateAt.getTime() > last.getTime()) {
      await act('escalate', escalateAt, SYSTEM, { note: escalateNote(limits.escalateAfterWorkingDays) })
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
    ).map((gap) => gap + rng.int(0, 59) * 1000)
    const total = gaps.reduce((a, b) => a + b, 0)
    const room = D.getTime() - C.getTime()
    const scale = total > room * 0.95 ? (room * 0.9) / total : 1
    for (const gap of gaps) {
      t += Math.max(1000, Math.floor(gap * scale))
      times.push(new Date(t))
    }
    if (p.lateSameDay) {
      let next = cstInstant(cal.nextWorkday(cstDay(C)), OPEN + rng.int(5, 60)).getTime()
      for (let i = rng.int(0, steps - 1); i < steps; i++) {
        times[i] = new Date(next)
        next += rng.int(3, 40) * MINUTE
      }
    }
    const intakeBy = intakeActor(g, p)
    if (p.fate === 'invalid' || p.fate === 'out_of_scope' || p.fate === 'merge') {
      if (rng.chance(0.4)) await act('accept', times[0], intakeBy)
      if (p.fate === 'merge') {
        await act('merge', times[1], intakeBy, { primaryId: p.primary!.id, note: MERGE_NOTE })
      } else {
        await act('reject', times[1], intakeBy, { reason: p.fate, note: rng.pick(REJECT_NOTES[p.fate]) })
      }
      return remindSameDay(g, entry, limit)
    }
    await act('accept', times[0], intakeBy)
    if (p.fate === 'on_spot') {
      const answer =
        p.outcome === 'A'
          ? `${rng.pick(ON_SPOT_ANSWERS)}关于${p.vars.topic}：${fill(p.concern!.fix, p.vars)}。`
          : `代表当场听取了${p.vars.topic}的情况。${fill(rng.pick(ANSWERS_OTHER[p.outcome]), p.vars)}`
      await act('answer_on_spot', times[1], intakeBy, { answer, outcome: p.outcome })
      await rateOrClose(g, p, act, last, inPerson)
      return remindSameDay(g, entry, limit)
    }
    // Routed and handled by units.
    await act('route', times[1], intakeBy, { tier: p.tier! })
    const manager = managerActor(g, p)
    const lead = p.leadUnit!
    const assignment = {
      leadUnitId: lead.id,
      coUnitIds: p.coUnits.filter((u) => u !== lead).map((u) => u.id),
    }
    await act('assign', times[2], manager, assignment)
    const unit = unitActor(g, lead)
    const handle = async (outcome: Outcome, firstRound: boolean) => {
      await act('sign', office(g, last, rng.int(5, 300)), unit)
      await act('start', office(g, last, rng.int(1, 90)), unit)
      let replyAt = firstRound ? onWorkingDay(g, C, p.replyDay) : office(g, last, rng.int(300, 1400))
      const maxDays = limits.maxExtensionWorkingDays
      if (firstRound && p.extension && maxDays > 0) {
        const days = rng.int(Math.min(3, maxDays), maxDays)
        const note = rng.pick(EXTENSION_REASONS)
        await act('request_extension', onWorkingDay(g, C, rng.int(2, 4)), unit, { days, note })
        if (p.stall === 'extension_pending') throw STOP
        const decideAt = office(g, last, rng.int(30, 400))
        if (rng.chance(0.9)) {
          await act('decide_extension', decideAt, manager, { approve: true })
          const late = rng.int(1, days + (rng.chance(0.1) ? 2 : 0))
          replyAt = onWorkingDay(g, C, limits.completionWorkingDays + late)
        } else {
          await act('decide_extension', decideAt, manager, { approve: false, note: REFUSE_EXTENSION_NOTE })
          replyAt = onWorkingDay(g, C, Math.min(p.replyDay, limits.completionWorkingDays))
        }
      }
      if (replyAt.getTime() <= last.getTime()) replyAt = office(g, last, rng.int(20, 240))
      if (firstRound) await overdue(replyAt)
      const reply = (o: Outcome, planned: Date) =>
        act('reply', planned, unit, { answer: answerFor(g, p, o), outcome: o })
      if (firstRound && p.sendBack) {
        await reply(rng.pick<Outcome>(['C', 'D']), replyAt)
        await act('send_back', office(g, last, rng.int(30, 300)), manager, {
          note: rng.pick(SEND_BACK_NOTES),
        })
        await reply(outcome, office(g, last, rng.int(200, 900)))
      } else {
        await reply(outcome, replyAt)
      }
      await act('review', office(g, last, rng.int(10, 360)), manager)
      await act('give_feedback', office(g, last, rng.int(5, 180)), manager)
    }
    if (p.reopen) {
      await handle(rng.pick<Outcome>(['C', 'D']), true)
      const comment = rng.pick(RATING_COMMENTS.dissatisfied)
      await act('rate', citizenAfter(g, last, 30, 1800), CITIZEN, { rating: 'dissatisfied', comment })
      await act('reopen', citizenAfter(g, last, 60, 3 * 1440), CITIZEN, { note: rng.pick(REOPEN_NOTES) })
      // The reopened item is routed again after its same-day limit: the sweep reminds at once.
      row.overdue_reminded_at = new Date(last.getTime() + rng.int(1, 59) * 1000)
      await act('assign', office(g, last, rng.int(20, 400)), manager, assignment)
      // Should the new deadline already have passed by then, the sweep escalates within a minute.
      const escalateFrom = cal.addWorkingDays(cstDay(row.due_at!), limits.escalateAfterWorkingDays)
      if (cstInstant(escalateFrom, OPEN).getTime() < last.getTime()) {
        await act('escalate', new Date(last.getTime() + rng.int(20, 59) * 1000), SYSTEM, {
          note: escalateNote(limits.escalateAfterWorkingDays),
        })
      }
      await handle(p.outcome, false)
    } else {
      await handle(p.outcome, true)
    }
    await rateOrClose(g, p, act, last, false)
  } catch (e) {
    if (!(e instanceof Stop)) throw e
    if (limit && HANDLING.includes(row.status as SuggestionStatus)) {
      try {
        await overdue(limit)
      } catch (inner) {
        if (!(inner instanceof Stop)) throw inner
      }
    }
  }
  remindSameDay(g, entry, limit)
}

/**
 * The same-day sweep reminds, once, of an item still waiting for accept / route / assign after its limit;
 * overdue_reminded_at keeps the latest reminder.
 */
function remindSameDay(g: Generation, entry: DemoItem, limit: Date | null) {
  const row = entry.item
  const leave = entry.events.find(
    (e) => e.to_status !== 'submitted' && e.to_status !== 'accepted' && e.to_status !== 'routed',
  )
  const leftAt = leave ? leave.at.getTime() : (limit?.getTime() ?? Number.POSITIVE_INFINITY)
  const remindAt = row.same_day_due_at.getTime() + g.rng.int(1, 59) * 1000
  if (remindAt < leftAt) {
    const current = row.overdue_reminded_at
    if (!current || current.getTime() < remindAt) row.overdue_reminded_at = new Date(remindAt)
  }
}

/** The citizen rates the answer, mostly soon; or the sweep closes the item when the rating window ends. */
async function rateOrClose(g: Generation, p: Plan, act: Act, last: Date, inPerson: boolean) {
  const { rng } = g
  const r = rng.next()
  const unrated = 0.08
  if (r < 1 - unrated) {
    const at =
      inPerson && r < 0.7
        ? new Date(last.getTime() + rng.int(1, 20) * MINUTE + rng.int(0, 59) * 1000)
        : rng.chance(0.7)
          ? citizenAfter(g, last, 20, 300)
          : citizenAfter(g, last, 300, 3 * 1440)
    const rating = p.reopen ? rng.pick<Rating>(['satisfied', 'basically_satisfied']) : ratingFor(g, p.outcome)
    const comment = rng.chance(0.3) ? rng.pick(RATING_COMMENTS[rating]) : undefined
    await act('rate', at, CITIZEN, { rating, comment })
  } else {
    // The sweep closes an item within a minute of the rating window's end, at any hour.
    const days = g.limits.ratingWindowDays
    const at = new Date(last.getTime() + days * DAY + rng.int(1, 59) * 1000)
    await act('close_unrated', at, SYSTEM, { note: closeUnratedNote(days) })
  }
}

function answerFor(g: Generation, p: Plan, outcome: Outcome): string {
  const vars = p.vars
  if (outcome === 'A') {
    return `您好！关于您反映的${vars.topic}问题，我单位高度重视，经现场核查，${fill(p.concern!.fix, vars)}。感谢您的监督和支持！`
  }
  return fill(g.rng.pick(ANSWERS_OTHER[outcome]), vars)
}

function ratingFor(g: Generation, outcome: Outcome): Rating {
  const w: Record<Outcome, [number, number, number]> = {
    A: [94, 5.5, 0.5],
    B: [82, 15, 3],
    C: [70, 25, 5],
    D: [68, 27, 5],
  }
  const [s, b, d] = w[outcome]
  return g.rng.weighted<Rating>([
    ['satisfied', s],
    ['basically_satisfied', b],
    ['dissatisfied', d],
  ])
}
