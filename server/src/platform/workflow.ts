import { type Expression, type SqlBool, sql, type Updateable } from 'kysely'
import type { Db } from '../db/index.ts'
import type { Database } from '../db/types.ts'
import type { Audit } from './context.ts'
import { AppError, conflict, type Message, notFound } from './errors.ts'
import { enqueue, markMovedOn, type OutboxMessage } from './notify.ts'

/**
 * The workflow kernel. A stateful record (a suggestion, later a project site's monthly report, an integrity
 * clue, a mediation case, a reception session) is one definition: its table and events table, its states,
 * one transition table (action → from-states, to-state, which relations may act, whether the public sees the
 * event), and one handler per action. `runTransition` does everything else the same way for every record:
 * lock, relation check, state check, optimistic version, the handler's typed change, the event, the outbox
 * and the audit row, all in the caller's transaction.
 *
 * A workflow table has the columns `id`, `status`, `version` and `updated_at`.
 */

export interface Transition<S extends string, R extends string> {
  from: readonly S[]
  /**
   * The state it leads to; 'same' for side paths (urge, note, extension) that keep the state; a list when the
   * actor's input chooses among states (a monthly report saying a site is now under way or done): the handler
   * then answers `to`, one of them.
   */
  to: S | 'same' | readonly S[]
  by: readonly R[]
  /** Whether the public (the citizen tracking the record) sees the event. */
  public: boolean
  label: Message
}

export interface Actor {
  id: string | null
  name: string
  role: string | null
}

/** What a handler returns: the typed change of the row, the event's detail and note, the messages to send. */
export interface Change<T extends keyof Database> {
  set?: Updateable<Database[T]>
  detail?: Record<string, unknown>
  /** Replaces the note of the event (the input's note, trimmed, by default). */
  note?: string | null
  messages?: OutboxMessage[]
  /** The state chosen, for a transition whose `to` is a list (absent: the state stays). */
  to?: string
}

export interface HandlerArgs<Subject, Input, Ports, R extends string> {
  subject: Subject
  input: Input
  /** The input's note, trimmed; null when empty. */
  note: string | null
  now: Date
  actor: Actor
  countyCode: string
  /** What the same caller is to another record (a merge target, say). */
  relationsTo: (other: Subject) => ReadonlySet<R>
  /**
   * Everything a handler reads or changes beyond its own row (limits, linked rows, the calendar): the
   * repository on the transaction in the server, an in-memory world when the demo history replays handlers.
   */
  ports: Ports
}

export type Handler<T extends keyof Database, Subject, Input, Ports, R extends string> = (
  args: HandlerArgs<Subject, Input, Ports, R>,
) => Change<T> | Promise<Change<T>>

export interface WorkflowDefinition<
  T extends keyof Database,
  S extends string,
  A extends string,
  R extends string,
  Subject,
  Input extends { version?: number; note?: string },
  Ports,
> {
  /** The record's name: audit actions are `<name>.<action>`, audit targets `<name>`. */
  name: string
  entity: Message
  table: T
  states: readonly S[]
  stateLabels: Readonly<Record<S, Message>>
  transitions: Readonly<Record<A, Transition<S, R>>>
  handlers: Readonly<Record<A, Handler<T, Subject, Input, Ports, R>>>
  /** The subject's row and whatever the relations need (linked units, say); locked FOR UPDATE when asked. */
  load(trx: Db, id: string, forUpdate: boolean): Promise<Subject | null>
  row(subject: Subject): { id: string; status: S; version: number }
  /** Writes the event row of a transition. */
  writeEvent(trx: Db, event: TransitionEvent<S>): Promise<void>
}

export interface TransitionEvent<S extends string> {
  subjectId: string
  action: string
  from: S | null
  to: S
  actor: Actor
  public: boolean
  note: string | null
  detail: Record<string, unknown>
  at: Date
  countyCode: string
}

export type AnyDefinition = WorkflowDefinition<any, any, any, any, any, any, any>

/**
 * What another module adds to a record's transitions (a partner system told of its item's new status, say): it
 * sees the transition in the command's transaction, with the subject as loaded before it and the row's change,
 * and answers outbox messages, enqueued with the handler's own (nothing is sent for a transition rolled back).
 * Modules declare observers in their manifest (`transitionObservers`); modules/index.ts registers them.
 */
export interface TransitionObserver {
  /** The definition's `name` ('suggestion'). */
  workflow: string
  observe(
    trx: Db,
    transition: { event: TransitionEvent<string>; subject: unknown; set: Record<string, unknown> },
  ): Promise<OutboxMessage[]>
}

const observers: TransitionObserver[] = []

/** Registers the modules' observers (modules/index.ts, once); replaces any registered before. */
export function observeTransitions(list: readonly TransitionObserver[]): void {
  observers.splice(0, observers.length, ...list)
}

/** The state an action leads to from `from`, or null when the action does not start there. */
export function targetState<S extends string, R extends string>(
  transition: Transition<S, R>,
  from: S,
): S | null {
  if (!transition.from.includes(from)) return null
  return transition.to === 'same' || Array.isArray(transition.to) ? from : (transition.to as S)
}

/** The state a planned change leads to: the transition's, or the one its handler chose among those listed. */
function chosenState<S extends string, R extends string>(
  transition: Transition<S, R>,
  from: S,
  change: { to?: string },
): S {
  if (!Array.isArray(transition.to)) return targetState(transition, from)!
  const to = (change.to ?? from) as S
  if (!transition.to.includes(to))
    throw new Error(`workflow: the handler chose ${to}, not one of ${transition.to.join(', ')}`)
  return to
}

/** The actions a set of relations may take in a state (the client's `allowedActions`). */
export function allowedActions<S extends string, A extends string, R extends string>(
  transitions: Readonly<Record<A, Transition<S, R>>>,
  state: S,
  relations: ReadonlySet<R>,
): A[] {
  return (Object.keys(transitions) as A[]).filter(
    (a) => transitions[a].from.includes(state) && transitions[a].by.some((r) => relations.has(r)),
  )
}

/** States from which an action may start: the one place a state list for an action is read from. */
export const statesOf = <S extends string, R extends string>(transition: Transition<S, R>) => transition.from

/** SQL: the column's state is one of `states` (e.g. `statusIn('s.status', HANDLING)`). */
export function statusIn(column: string, states: readonly string[]): Expression<SqlBool> {
  if (states.length === 0) return sql<SqlBool>`false`
  return sql<SqlBool>`${sql.ref(column)} IN (${sql.join(states.map((s) => sql.lit(s)))})`
}

export function invalidTransition<S extends string>(
  def: { stateLabels: Readonly<Record<S, Message>> },
  transition: { label: Message },
  state: S,
): AppError {
  const label = def.stateLabels[state]
  return new AppError(
    'invalid_transition',
    {
      zh: `当前状态“${label.zh}”下不能${transition.label.zh}`,
      en: `Cannot ${transition.label.en.toLowerCase()} an item that is ${label.en.toLowerCase()}`,
    },
    'status',
    undefined,
    { currentStatus: state },
  )
}

export const staleVersion = () =>
  conflict(
    { zh: '该事项已被他人处理，请刷新后重试', en: 'Someone else changed this item; reload and try again' },
    'body.version',
  )

export interface TransitionContext<Subject, R extends string, Ports> {
  trx: Db
  /** What the handlers read and change beyond the row, on this transaction. */
  ports: Ports
  countyCode: string
  actor: Actor
  /** The caller's relations to the subject: from the policy for staff, given for citizens and the system. */
  relationsFor: (subject: Subject) => ReadonlySet<R>
  /** Null when the caller writes its audit rows itself (none of the kernel's callers do today). */
  audit: Audit | null
  now?: Date
}

export interface Planned<T extends keyof Database, S extends string> {
  from: S
  to: S
  change: Change<T>
  note: string | null
  public: boolean
}

/**
 * Checks and plans one transition on a loaded subject, without writing: relations (none → 404), the relation
 * that may act (else 403, or 409 when the state would not allow it either), the state (409), the version (409),
 * then the handler's change. `runTransition` persists the plan; the demo history applies it in memory.
 */
export async function planTransition<
  T extends keyof Database,
  S extends string,
  A extends string,
  R extends string,
  Subject,
  Input extends { version?: number; note?: string },
  Ports,
>(
  def: WorkflowDefinition<T, S, A, R, Subject, Input, Ports>,
  subject: Subject,
  action: A,
  input: Input,
  ctx: {
    relations: ReadonlySet<R>
    relationsTo: (other: Subject) => ReadonlySet<R>
    actor: Actor
    now: Date
    countyCode: string
    ports: Ports
  },
): Promise<Planned<T, S>> {
  const row = def.row(subject)
  if (ctx.relations.size === 0) throw notFound(def.entity)
  const transition = def.transitions[action]
  const to = targetState(transition, row.status)
  if (!transition.by.some((r) => ctx.relations.has(r))) {
    if (to === null) throw invalidTransition(def, transition, row.status)
    throw new AppError('forbidden', {
      zh: `您无权对该事项${transition.label.zh}`,
      en: `You may not ${transition.label.en.toLowerCase()} this item`,
    })
  }
  if (to === null) throw invalidTransition(def, transition, row.status)
  if (input.version !== undefined && input.version !== row.version) throw staleVersion()
  const note = input.note?.trim() || null
  const change = await def.handlers[action]({
    subject,
    input,
    note,
    now: ctx.now,
    actor: ctx.actor,
    countyCode: ctx.countyCode,
    relationsTo: ctx.relationsTo,
    ports: ctx.ports,
  })
  return {
    from: row.status,
    to: chosenState(transition, row.status, change),
    change,
    note: change.note === undefined ? note : change.note,
    public: transition.public,
  }
}

/** Runs one transition in the caller's transaction: lock, check, change, event, outbox, audit. */
export async function runTransition<
  T extends keyof Database,
  S extends string,
  A extends string,
  R extends string,
  Subject,
  Input extends { version?: number; note?: string },
  Ports,
>(
  def: WorkflowDefinition<T, S, A, R, Subject, Input, Ports>,
  ctx: TransitionContext<Subject, R, Ports>,
  id: string,
  action: A,
  input: Input,
): Promise<{ id: string; status: S; version: number }> {
  const { trx } = ctx
  const now = ctx.now ?? new Date()
  const subject = await def.load(trx, id, true)
  if (!subject) throw notFound(def.entity)
  const row = def.row(subject)
  const plan = await planTransition(def, subject, action, input, {
    relations: ctx.relationsFor(subject),
    relationsTo: ctx.relationsFor,
    actor: ctx.actor,
    now,
    countyCode: ctx.countyCode,
    ports: ctx.ports,
  })
  // The one seam where the definition's table is generic: the handler's change is typed by the definition.
  const updated = await trx
    .updateTable(def.table as 'suggestions')
    .set({
      ...(plan.change.set as Updateable<Database['suggestions']>),
      status: plan.to as Database['suggestions']['status'],
      version: row.version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', row.version)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) throw staleVersion()
  const event: TransitionEvent<S> = {
    subjectId: id,
    action,
    from: plan.from,
    to: plan.to,
    actor: ctx.actor,
    public: plan.public,
    note: plan.note,
    detail: plan.change.detail ?? {},
    at: now,
    countyCode: ctx.countyCode,
  }
  await def.writeEvent(trx, event)
  // The record moved on: what was sent about it before no longer asks anything of its readers.
  if (plan.from !== plan.to) await markMovedOn(trx, def.name, id, now)
  const observed: OutboxMessage[] = []
  for (const o of observers) {
    if (o.workflow !== def.name) continue
    const set = (plan.change.set ?? {}) as Record<string, unknown>
    observed.push(...(await o.observe(trx, { event, subject, set })))
  }
  await enqueue(trx, ctx.countyCode, [...(plan.change.messages ?? []), ...observed])
  if (ctx.audit)
    await ctx.audit({
      action: `${def.name}.${action}`,
      targetType: def.name,
      targetId: id,
      detail: { from: plan.from, to: plan.to },
    })
  return { id, status: plan.to, version: row.version + 1 }
}
