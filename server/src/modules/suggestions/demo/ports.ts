import type { Insertable } from 'kysely'
import type { SuggestionEventsTable, SuggestionStatus, SuggestionUnitsTable } from '../../../db/types.ts'
import type { WorkCalendar } from '../../../platform/calendar.ts'
import { type Actor, planTransition } from '../../../platform/workflow.ts'
import type { ActionInput, SuggestionPorts } from '../actions/index.ts'
import { suggestionWorkflow } from '../definition.ts'
import type { Limits, SuggestionRow, UnitLink } from '../repo/items.ts'
import type { Action, Relation } from '../workflow.ts'

/**
 * The demo history's in-memory county: every item's row, events and unit links, and the handlers' ports over
 * them. An action is planned by the workflow kernel (planTransition: the same checks and the same handler as a
 * request) and applied here the way runTransition writes it: the handler's change, status, version + 1,
 * updated_at, one event.
 */

export type EventRow = Insertable<SuggestionEventsTable> & { at: Date; detail: Record<string, unknown> }
export type UnitRow = Insertable<SuggestionUnitsTable> & { assigned_at: Date; active: boolean }

export interface DemoItem {
  item: SuggestionRow
  /** The units handling it now (the relations' view of suggestion_units). */
  units: UnitLink[]
  events: EventRow[]
  /** Every unit link the item ever had, active or not. */
  unitRows: UnitRow[]
}

/** Who acts, and as what: the relation the transition table allows for the action. */
export interface Acting {
  actor: Actor
  relation: Relation
}

export interface DemoUnitRef {
  id: string
  regionCode: string
}

export class DemoItems {
  readonly byId = new Map<string, DemoItem>()
  /** Items merged into an item, with the time of the merge. */
  private readonly merged = new Map<string, Map<string, Date>>()

  constructor(
    private readonly countyCode: string,
    private readonly calendar: WorkCalendar,
    private readonly limits: Limits,
    private readonly units: ReadonlyMap<string, DemoUnitRef>,
  ) {}

  add(item: SuggestionRow, submit: EventRow): DemoItem {
    const entry: DemoItem = { item, units: [], events: [submit], unitRows: [] }
    this.byId.set(item.id, entry)
    return entry
  }

  /**
   * The handlers' ports at the moment `now`. Items are found as replayed so far (every item is taken in before
   * any history is played); followers are the items merged in by `now`.
   */
  portsAt(now: Date): SuggestionPorts {
    return {
      calendar: this.calendar,
      limits: async () => this.limits,
      find: async (id) => {
        const found = this.byId.get(id)
        return found ? { item: found.item, units: found.units } : null
      },
      units: async (ids) =>
        ids.flatMap((id) => {
          const u = this.units.get(id)
          return u ? [{ id: u.id, region_code: u.regionCode, active: true }] : []
        }),
      followers: async (id) =>
        [...(this.merged.get(id) ?? [])]
          .filter(([, at]) => at.getTime() <= now.getTime())
          .map(([followerId]) => {
            const { item } = this.byId.get(followerId)!
            return {
              id: item.id,
              tracking_code: item.tracking_code,
              contact_phone_enc: item.contact_phone_enc,
            }
          }),
      setUnits: async (id, unitIds, at) => {
        const entry = this.byId.get(id)!
        for (const u of entry.unitRows) u.active = false
        entry.units = unitIds.map((u, i) => ({ unit_id: u, role: i === 0 ? 'lead' : 'co' }))
        for (const link of entry.units)
          entry.unitRows.push({
            suggestion_id: id,
            unit_id: link.unit_id,
            role: link.role,
            assigned_at: at,
            active: true,
          })
      },
      remerge: async (fromId, root) => {
        const followers = this.merged.get(fromId)
        if (!followers) return
        this.merged.delete(fromId)
        for (const [followerId, at] of followers) {
          this.byId.get(followerId)!.item.merged_into_id = root
          this.mergedInto(root).set(followerId, at)
        }
      },
    }
  }

  private mergedInto(root: string): Map<string, Date> {
    let list = this.merged.get(root)
    if (!list) {
      list = new Map()
      this.merged.set(root, list)
    }
    return list
  }

  /** Plans one action on the item with the kernel and applies it at `at`; returns the new state. */
  async apply(
    entry: DemoItem,
    action: Action,
    input: ActionInput,
    who: Acting,
    at: Date,
  ): Promise<SuggestionStatus> {
    const relations: ReadonlySet<Relation> = new Set([who.relation])
    const row = entry.item
    const plan = await planTransition(suggestionWorkflow, entry, action, input, {
      relations,
      relationsTo: () => relations,
      actor: who.actor,
      now: at,
      countyCode: this.countyCode,
      ports: this.portsAt(at),
    })
    // As runTransition writes it (the outbox messages are left out: the demo sends nothing).
    Object.assign(row, plan.change.set, { status: plan.to, version: row.version + 1, updated_at: at })
    if (plan.change.set?.merged_into_id) this.mergedInto(row.merged_into_id!).set(row.id, at)
    entry.events.push({
      suggestion_id: row.id,
      at,
      action,
      from_status: plan.from,
      to_status: plan.to,
      actor_id: who.actor.id,
      actor_name: who.actor.name,
      actor_role: who.actor.role,
      public: plan.public,
      note: plan.note,
      detail: plan.change.detail ?? {},
      county_code: this.countyCode,
    })
    return plan.to
  }
}
