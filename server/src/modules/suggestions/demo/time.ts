import type { Random } from '../../../demo/random.ts'
import { cstDay, cstInstant, type WorkCalendar } from '../../../platform/calendar.ts'

/** When things happen: receiving times, office hours, citizens' hours. */

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
/** Office hours (CST minutes). */
export const OPEN = 8 * 60 + 30
export const CLOSE = 17 * 60 + 30

interface Clock {
  rng: Random
  cal: WorkCalendar
}

function cstMinutes(t: Date): number {
  const local = new Date(t.getTime() + 8 * HOUR)
  return local.getUTCHours() * 60 + local.getUTCMinutes()
}

/** A random instant between from and to: online any day and hour (fewer at night), offline in reception hours. */
export function receivedIn({ rng, cal }: Clock, from: Date, to: Date, online: boolean): Date {
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

/** Moves a time on by working minutes, within office hours of working days. */
export function office({ rng, cal }: Clock, t: Date, minutes: number): Date {
  let cur = cal.clockStart(t)
  let left = Math.round(minutes * MINUTE) + rng.int(0, 59) * 1000
  for (let i = 0; i < 400; i++) {
    const day = cstDay(cur)
    const end = cstInstant(day, CLOSE).getTime()
    if (cur.getTime() + left < end) return new Date(cur.getTime() + left)
    left -= end - cur.getTime()
    cur = cstInstant(cal.nextWorkday(day), OPEN)
  }
  throw new Error('office time overflow')
}

/** A time during office hours on the working day `n` working days after the clock start day (n = 1: that day). */
export function onWorkingDay({ rng, cal }: Clock, clockStart: Date, n: number): Date {
  const day = cal.addWorkingDays(cstDay(clockStart), n - 1)
  return new Date(cstInstant(day, rng.int(540, 1040)).getTime() + rng.int(0, 59) * 1000)
}

/** A citizen's moment after t: any day, but not in the middle of the night. */
export function citizenAfter({ rng }: Clock, t: Date, minMinutes: number, maxMinutes: number): Date {
  const at = new Date(t.getTime() + rng.int(minMinutes, maxMinutes) * MINUTE + rng.int(0, 59) * 1000)
  const m = cstMinutes(at)
  if (m >= 7 * 60 + 30 && m < 22 * 60) return at
  const day = m < 7 * 60 + 30 ? cstDay(at) : cstDay(new Date(at.getTime() + DAY))
  return new Date(cstInstant(day, 7 * 60 + 30 + rng.int(0, 150)).getTime() + rng.int(0, 59) * 1000)
}
