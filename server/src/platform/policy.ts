import type { Expression, SqlBool } from 'kysely'
import { type Caller, type Principal, requirePrincipal } from './access.ts'
import { AppError, forbidden, type Message, notFound } from './errors.ts'
import { type Capability, holds } from './roles.ts'

/**
 * The one policy layer. Each entity declares, in its module's policy.ts:
 * - `reach`: the named role set that may reach the entity at all (anonymous → 401, other roles → 403);
 * - `relations(principal, row)`: what the caller is to one record (no relation at all → 404, so that a record
 *   outside one's scope does not reveal that it exists);
 * - `scope(principal, alias)`: the same rule as one SQL condition, for lists;
 * - `abilities`: which relations may take each action.
 * `authorize` applies them in that order; `abilitiesOf` gives the actions to offer in the client.
 */
export interface EntityPolicy<Row, Relation extends string, Action extends string> {
  /** The entity's name in messages, e.g. { zh: '意见建议', en: 'suggestion' }. */
  entity: Message
  reach: Capability
  relations(principal: Principal, row: Row): ReadonlySet<Relation>
  scope(principal: Principal, alias: string): Expression<SqlBool>
  abilities: Readonly<Record<Action, readonly Relation[]>>
}

/** 401 when anonymous (or the session has expired), 403 when the caller is outside the entity's role set. */
export function reach(caller: Caller, policy: { reach: Capability }): Principal {
  const principal = requirePrincipal(caller)
  if (!holds(principal, policy.reach)) throw forbidden()
  return principal
}

/** The caller's relations to a record; 404 when there are none. */
export function relate<Row, R extends string, A extends string>(
  policy: EntityPolicy<Row, R, A>,
  principal: Principal,
  row: Row | undefined | null,
): ReadonlySet<R> {
  if (!row) throw notFound(policy.entity)
  const relations = policy.relations(principal, row)
  if (relations.size === 0) throw notFound(policy.entity)
  return relations
}

export function may<R extends string, A extends string>(
  policy: { abilities: Readonly<Record<A, readonly R[]>> },
  relations: ReadonlySet<R>,
  action: A,
): boolean {
  return policy.abilities[action].some((r) => relations.has(r))
}

/** 404 outside the caller's scope, 403 when no relation of theirs may take the action; else their relations. */
export function authorize<Row, R extends string, A extends string>(
  policy: EntityPolicy<Row, R, A>,
  principal: Principal,
  action: A,
  row: Row | undefined | null,
  denied?: Message,
): ReadonlySet<R> {
  const relations = relate(policy, principal, row)
  if (!may(policy, relations, action)) throw denied ? new AppError('forbidden', denied) : forbidden()
  return relations
}

/** The actions the relations allow, in the policy's order (sent to the client as `allowedActions`). */
export function abilitiesOf<R extends string, A extends string>(
  policy: { abilities: Readonly<Record<A, readonly R[]>> },
  relations: ReadonlySet<R>,
): A[] {
  return (Object.keys(policy.abilities) as A[]).filter((a) => may(policy, relations, a))
}
