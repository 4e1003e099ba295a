import type { Outcome, Rating, RejectReason, SuggestionsTable, Tier } from '../../../db/types.ts'
import type { WorkCalendar } from '../../../platform/calendar.ts'
import { invalidField } from '../../../platform/errors.ts'
import type { Handler, HandlerArgs } from '../../../platform/workflow.ts'
import type { Limits, LoadedItem } from '../repo/items.ts'
import type { Relation } from '../workflow.ts'

/** The body of any action: each action's schema (in its file) allows only its own fields. */
export interface ActionInput {
  version?: number
  note?: string
  reason?: RejectReason | string
  primaryId?: string
  answer?: string
  outcome?: Outcome
  tier?: Tier
  leadUnitId?: string
  coUnitIds?: string[]
  days?: number
  approve?: boolean
  rating?: Rating
  comment?: string
}

/**
 * What the loop's handlers read and change beyond the item's own row. The server implements it on the
 * command's transaction (definition.ts); the demo history implements it over its in-memory county, so that it
 * replays these same handlers.
 */
export interface SuggestionPorts {
  calendar: WorkCalendar
  limits(tier: Tier | null, category: string | null): Promise<Limits>
  find(id: string): Promise<LoadedItem | null>
  units(ids: string[]): Promise<{ id: string; region_code: string | null; active: boolean }[]>
  followers(id: string): Promise<{ id: string; tracking_code: string; contact_phone_enc: string | null }[]>
  /** Ends the current assignment and, with unit ids, starts a new one (the first is the lead). */
  setUnits(id: string, unitIds: string[], now: Date): Promise<void>
  /** Items merged into `fromId` follow `root` instead. */
  remerge(fromId: string, root: string): Promise<void>
}

export type SuggestionHandler = Handler<'suggestions', LoadedItem, ActionInput, SuggestionPorts, Relation>
export type SuggestionArgs = HandlerArgs<LoadedItem, ActionInput, SuggestionPorts, Relation>
export type SuggestionChange = Awaited<ReturnType<SuggestionHandler>>
export type SuggestionSet = NonNullable<SuggestionChange['set']>
export type { SuggestionsTable }

/** The two actors that are not signed-in staff: the citizen with the tracking link, and the timer sweeps. */
export const CITIZEN_ACTOR = { id: null, name: '群众', role: 'citizen' } as const
export const SYSTEM_ACTOR = { id: null, name: '系统', role: 'system' } as const

/** The notes the sweeps write on the events of their actions. */
export const escalateNote = (days: number) => `超过办理期限 ${days} 个工作日仍未办结，系统自动督办`
export const closeUnratedNote = (days: number) => `群众 ${days} 天内未评价，系统自动办结`

/** 400 naming the body field. */
export const required = (field: string, zh: string, en: string) => invalidField(`body.${field}`, { zh, en })
