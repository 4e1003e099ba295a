import { toProblem } from '../../shared/api/problem'
import type { Bilingual } from '../../shared/i18n'
import { allOps, markConflict, type Op, settle } from './store'

/**
 * Sends the queued requests (store.ts) in order, on load, when the network returns (`online`) and every 30 s
 * while some wait. Each is sent until the server answers: 2xx → done; 400/409 → a conflict the user settles
 * (retry or discard this phone's copy); 401 → sign in again, the queue kept; no answer or 5xx → later.
 * The CSRF token is the current session's, asked for just before sending.
 */

export interface SyncStatus {
  online: boolean
  syncing: boolean
  /** The session ended: the queue waits for the user to sign in again. */
  signInNeeded: boolean
  lastSyncAt: string | null
}

let status: SyncStatus = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  signInNeeded: false,
  lastSyncAt: null,
}
const listeners = new Set<() => void>()
function set(next: Partial<SyncStatus>) {
  status = { ...status, ...next }
  for (const l of listeners) l()
}
export const syncStatus = {
  get: () => status,
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

const ALREADY_CHECKED_IN = '该站点已签到'
const json = { 'content-type': 'application/json' }

async function currentSession(): Promise<{ userId: string; csrfToken: string } | 'signed-out' | null> {
  try {
    const res = await fetch('/api/auth/me', { cache: 'no-store', credentials: 'same-origin' })
    if (res.status === 401) return 'signed-out'
    if (!res.ok) return null
    const me = (await res.json()) as { id: string; csrfToken: string }
    return { userId: me.id, csrfToken: me.csrfToken }
  } catch {
    return null
  }
}

/** A refusal that is in fact the op already done (a replay whose first answer was lost). */
async function alreadyDone(op: Op, problem: { message: Bilingual; status: number }): Promise<boolean> {
  const get = (path: string) =>
    fetch(path, { cache: 'no-store', credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null))
  if (op.kind === 'round.check_in' && problem.message.zh.includes(ALREADY_CHECKED_IN)) {
    const body = op.body as { stopId: string; at: string }
    const roundId = op.group
    const round = (await get(`/api/rounds/${roundId}`)) as {
      stops: { id: string; checkedInAt: string | null }[]
    } | null
    const stop = round?.stops.find((s) => s.id === body.stopId)
    return Boolean(stop?.checkedInAt && Math.abs(Date.parse(stop.checkedInAt) - Date.parse(body.at)) < 1000)
  }
  if (op.kind === 'reception.close' && problem.status === 409) {
    const reception = (await get(`/api/receptions/${op.group}`)) as { status: string } | null
    return reception?.status === 'closed'
  }
  return false
}

export type Verdict = 'done' | 'sign-in' | 'refused' | 'later'

/** What an answer means for a queued request: done (2xx), sign in again, refused (a conflict to show), try later. */
export function verdict(status: number): Verdict {
  if (status >= 200 && status < 300) return 'done'
  if (status === 401) return 'sign-in'
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'refused'
  return 'later'
}

/** Whether a stored check-in is the one this phone sent (the server keeps the time given, to the millisecond). */
export function sameCheckIn(stored: string | null | undefined, sent: string): boolean {
  return Boolean(stored) && Math.abs(Date.parse(stored!) - Date.parse(sent)) < 1000
}

let running: Promise<void> | null = null
let again = false

/** One pass over the queue of the signed-in user; concurrent calls share it. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = pass().finally(() => {
    running = null
    if (again) {
      again = false
      void syncNow()
    }
  })
  return running
}

async function pass(): Promise<void> {
  const ops = await allOps()
  if (!ops.some((o) => o.state === 'pending')) return
  set({ syncing: true })
  try {
    const session = await currentSession()
    if (session === 'signed-out') return set({ signInNeeded: true })
    if (!session) return set({ online: false })
    set({ signInNeeded: false, online: true })
    const held = new Set<string>()
    for (const op of ops) {
      if (op.userId !== session.userId) continue
      if (op.state === 'conflict' || held.has(op.group)) {
        held.add(op.group)
        continue
      }
      let res: Response
      try {
        res = await fetch(op.path, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { ...json, 'X-CSRF-Token': session.csrfToken },
          body: JSON.stringify(op.body),
        })
      } catch {
        return set({ online: false })
      }
      const answer = verdict(res.status)
      if (answer === 'done') {
        await settle(op)
        continue
      }
      if (answer === 'sign-in') return set({ signInNeeded: true })
      if (answer === 'refused') {
        const problem = toProblem(await res.json().catch(() => null), res)
        if (await alreadyDone(op, problem)) {
          await settle(op)
          continue
        }
        await markConflict(op, problem.message)
        held.add(op.group)
        continue
      }
      // 5xx, 408, 429: the server could not answer now; this group waits for the next pass.
      held.add(op.group)
    }
    set({ lastSyncAt: new Date().toISOString() })
  } finally {
    set({ syncing: false })
  }
}

let started = false
/** Starts syncing for the console's lifetime: now, on `online`, every 30 s while something waits. */
export function startSync(): void {
  if (started || typeof window === 'undefined') return
  started = true
  window.addEventListener('online', () => {
    set({ online: true })
    void syncNow()
  })
  window.addEventListener('offline', () => set({ online: false }))
  setInterval(() => {
    void allOps().then((ops) => {
      if (ops.some((o) => o.state === 'pending')) void syncNow()
    })
  }, 30_000)
  void syncNow()
}
