import type { Bilingual } from '../../shared/i18n'

/**
 * What a phone keeps while recording (docs/domain.md, "Recording offline"): the reception records opened on it,
 * the visitors and issues entered, and a queue of the requests still to send. Every record, visitor and issue has
 * an id chosen here, which the server uses as its idempotency key: a request sent twice writes nothing twice.
 * IndexedDB, so that the queue survives a reload, a closed tab, a phone restarted.
 */

export interface LocalIssue {
  id: string
  content: string
  disposition: 'loop' | 'on_spot'
  answer: string | null
}

export type SyncState = 'pending' | 'synced' | 'conflict'

export interface LocalVisitor {
  id: string
  receptionId: string
  headcount: number
  /** Kept only until the server has it; then replaced by its masked form. */
  name: string | null
  phone: string | null
  note: string
  recordedAt: string
  issues: LocalIssue[]
  state: SyncState
}

export interface LocalReception {
  id: string
  userId: string
  kind: 'station' | 'mobile'
  venueId: string | null
  dutySlotId: string | null
  roundId: string | null
  roundStopId: string | null
  /** Where, for the screen while offline: the venue or the round's stop. */
  place: string
  deputyIds: string[]
  deputyNames: string[]
  startedAt: string
  note: string
}

export type OpKind =
  | 'reception.create'
  | 'reception.visitor'
  | 'reception.close'
  | 'round.check_in'
  | 'round.report'

export interface Op {
  seq?: number
  userId: string
  kind: OpKind
  /** Ops of one group (a reception, a round) are sent in order; a conflict holds back the later ones. */
  group: string
  path: string
  body: unknown
  visitorId?: string
  state: 'pending' | 'conflict'
  error?: Bilingual
  createdAt: string
}

const DB_NAME = 'lianxin-recording'
let opening: Promise<IDBDatabase> | null = null

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1)
    req.onupgradeneeded = () => {
      const db = req.result
      db.createObjectStore('receptions', { keyPath: 'id' })
      db.createObjectStore('visitors', { keyPath: 'id' }).createIndex('reception', 'receptionId')
      db.createObjectStore('ops', { keyPath: 'seq', autoIncrement: true })
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => {
      opening = null
      reject(req.error)
    }
  })
  return opening
}

type StoreName = 'receptions' | 'visitors' | 'ops'

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
}

function result<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/** Runs writes over several stores in one transaction: all kept, or none. */
async function write(stores: StoreName[], run: (tx: IDBTransaction) => void): Promise<void> {
  const db = await open()
  const tx = db.transaction(stores, 'readwrite')
  run(tx)
  await done(tx)
  changed()
}

async function readAll<T>(store: StoreName): Promise<T[]> {
  const db = await open()
  return result(db.transaction(store).objectStore(store).getAll()) as Promise<T[]>
}

// ── change notification (this tab and the others) ─────────────────────────────────────────────────────

const listeners = new Set<() => void>()
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DB_NAME)
if (channel) channel.onmessage = () => notify()
function notify() {
  for (const l of listeners) l()
}
function changed() {
  notify()
  channel?.postMessage('changed')
}
export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

// ── reads ─────────────────────────────────────────────────────────────────────────────────────────────

export async function getReception(id: string): Promise<LocalReception | undefined> {
  const db = await open()
  return result(db.transaction('receptions').objectStore('receptions').get(id)) as Promise<
    LocalReception | undefined
  >
}

export async function visitorsOf(receptionId: string): Promise<LocalVisitor[]> {
  const db = await open()
  const index = db.transaction('visitors').objectStore('visitors').index('reception')
  const rows = (await result(index.getAll(receptionId))) as LocalVisitor[]
  return rows.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
}

export async function allOps(): Promise<Op[]> {
  return (await readAll<Op>('ops')).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
}

// ── writes ────────────────────────────────────────────────────────────────────────────────────────────

const post = (op: Omit<Op, 'state' | 'createdAt'>): Op => ({
  ...op,
  state: 'pending',
  createdAt: new Date().toISOString(),
})

/** Opens a record on this phone; `create` false when it exists on the server already (more visitors for it). */
export function openReception(reception: LocalReception, create: boolean): Promise<void> {
  return write(['receptions', 'ops'], (tx) => {
    tx.objectStore('receptions').put(reception)
    if (create)
      tx.objectStore('ops').add(
        post({
          userId: reception.userId,
          kind: 'reception.create',
          group: reception.id,
          path: '/api/receptions',
          body: {
            id: reception.id,
            kind: reception.kind,
            ...(reception.kind === 'station'
              ? { venueId: reception.venueId, dutySlotId: reception.dutySlotId }
              : { roundStopId: reception.roundStopId }),
            deputyIds: reception.deputyIds,
            startedAt: reception.startedAt,
            ...(reception.note ? { note: reception.note } : {}),
          },
        }),
      )
  })
}

/** Keeps a visitor (and the request that sends it) at once. */
export function addVisitor(userId: string, visitor: LocalVisitor): Promise<void> {
  return write(['visitors', 'ops'], (tx) => {
    tx.objectStore('visitors').put(visitor)
    tx.objectStore('ops').add(
      post({
        userId,
        kind: 'reception.visitor',
        group: visitor.receptionId,
        path: `/api/receptions/${visitor.receptionId}/visitors`,
        visitorId: visitor.id,
        body: {
          visitors: [
            {
              id: visitor.id,
              headcount: visitor.headcount,
              ...(visitor.name ? { name: visitor.name } : {}),
              ...(visitor.phone ? { phone: visitor.phone } : {}),
              ...(visitor.note ? { note: visitor.note } : {}),
              recordedAt: visitor.recordedAt,
              issues: visitor.issues.map((i) => ({
                id: i.id,
                content: i.content,
                disposition: i.disposition,
                ...(i.disposition === 'on_spot' ? { answer: i.answer } : {}),
              })),
            },
          ],
        },
      }),
    )
  })
}

/** Queues any other request (closing a record, a round's check-in or report). */
export function queue(op: Omit<Op, 'state' | 'createdAt'>): Promise<void> {
  return write(['ops'], (tx) => {
    tx.objectStore('ops').add(post(op))
  })
}

const mask = (s: string | null, keep: number) =>
  s ? s.slice(0, keep) + '*'.repeat(Math.max(1, s.length - keep)) : null

/** The server answered 2xx: the op is done; a visitor it carried is synced (and its contact masked here). */
export async function settle(op: Op): Promise<void> {
  const db = await open()
  const visitor = op.visitorId
    ? ((await result(db.transaction('visitors').objectStore('visitors').get(op.visitorId))) as
        | LocalVisitor
        | undefined)
    : undefined
  await write(['visitors', 'ops'], (tx) => {
    tx.objectStore('ops').delete(op.seq!)
    if (visitor)
      tx.objectStore('visitors').put({
        ...visitor,
        name: mask(visitor.name, 1),
        phone: visitor.phone ? `${visitor.phone.slice(0, 3)}****${visitor.phone.slice(-4)}` : null,
        state: 'synced',
      })
  })
}

/** The server refused the op (400/409): kept, shown to the user with its message, later ones held back. */
export async function markConflict(op: Op, error: Bilingual): Promise<void> {
  const db = await open()
  const visitor = op.visitorId
    ? ((await result(db.transaction('visitors').objectStore('visitors').get(op.visitorId))) as
        | LocalVisitor
        | undefined)
    : undefined
  await write(['visitors', 'ops'], (tx) => {
    tx.objectStore('ops').put({ ...op, state: 'conflict', error })
    if (visitor) tx.objectStore('visitors').put({ ...visitor, state: 'conflict' })
  })
}

/** The user's choice on a conflict: send it again. */
export async function retry(op: Op): Promise<void> {
  const db = await open()
  const visitor = op.visitorId
    ? ((await result(db.transaction('visitors').objectStore('visitors').get(op.visitorId))) as
        | LocalVisitor
        | undefined)
    : undefined
  await write(['visitors', 'ops'], (tx) => {
    const { error: _e, ...rest } = op
    tx.objectStore('ops').put({ ...rest, state: 'pending' })
    if (visitor) tx.objectStore('visitors').put({ ...visitor, state: 'pending' })
  })
}

/** The user's other choice: drop this phone's copy (a record not created drops its visitors and ops too). */
export async function discard(op: Op): Promise<void> {
  const ops = await allOps()
  const visitors = op.kind === 'reception.create' ? await visitorsOf(op.group) : []
  await write(['receptions', 'visitors', 'ops'], (tx) => {
    if (op.kind === 'reception.create') {
      for (const o of ops) if (o.group === op.group) tx.objectStore('ops').delete(o.seq!)
      for (const v of visitors) tx.objectStore('visitors').delete(v.id)
      tx.objectStore('receptions').delete(op.group)
      return
    }
    tx.objectStore('ops').delete(op.seq!)
    if (op.visitorId) tx.objectStore('visitors').delete(op.visitorId)
  })
}
