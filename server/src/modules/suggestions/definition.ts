import type { Db } from '../../db/index.ts'
import type { SuggestionStatus } from '../../db/types.ts'
import type { WorkCalendar } from '../../platform/calendar.ts'
import type { Audit } from '../../platform/context.ts'
import { type Actor, runTransition, type WorkflowDefinition } from '../../platform/workflow.ts'
import { type ActionInput, HANDLERS, type SuggestionPorts } from './actions/index.ts'
import {
  followersOf,
  type LoadedItem,
  limitsFor,
  loadItem,
  remerge,
  setUnitLinks,
  unitsByIds,
  writeEvent,
} from './repo/items.ts'
import { type Action, type Relation, STATUSES, statusLabels, TRANSITIONS } from './workflow.ts'

/** The closed loop as a workflow definition on the kernel (platform/workflow.ts). */
export const suggestionWorkflow: WorkflowDefinition<
  'suggestions',
  SuggestionStatus,
  Action,
  Relation,
  LoadedItem,
  ActionInput,
  SuggestionPorts
> = {
  name: 'suggestion',
  entity: { zh: '意见建议', en: 'suggestion' },
  table: 'suggestions',
  states: STATUSES,
  stateLabels: statusLabels,
  transitions: TRANSITIONS,
  handlers: HANDLERS,
  load: loadItem,
  row: ({ item }) => item,
  writeEvent,
}

/** The handlers' ports on a command's transaction. */
export function portsOn(trx: Db, calendar: WorkCalendar): SuggestionPorts {
  return {
    calendar,
    limits: (tier, category) => limitsFor(trx, tier, category),
    find: (id) => loadItem(trx, id),
    units: (ids) => unitsByIds(trx, ids),
    followers: (id) => followersOf(trx, id),
    setUnits: (id, unitIds, now) => setUnitLinks(trx, id, unitIds, now),
    remerge: (fromId, root) => remerge(trx, fromId, root),
  }
}

export interface ActionContext {
  trx: Db
  calendar: WorkCalendar
  countyCode: string
  actor: Actor
  relationsFor: (subject: LoadedItem) => ReadonlySet<Relation>
  audit: Audit | null
  now?: Date
}

/** Runs one action of the loop in the caller's transaction (see runTransition). */
export function runAction(ctx: ActionContext, id: string, action: Action, input: ActionInput) {
  return runTransition(
    suggestionWorkflow,
    {
      trx: ctx.trx,
      ports: portsOn(ctx.trx, ctx.calendar),
      countyCode: ctx.countyCode,
      actor: ctx.actor,
      relationsFor: ctx.relationsFor,
      audit: ctx.audit,
      now: ctx.now,
    },
    id,
    action,
    input,
  )
}
