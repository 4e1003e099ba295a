import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TObject } from 'typebox'
import type { Db } from '../db/index.ts'
import type { DemoStep } from '../demo/world.ts'
import type { Principal } from './access.ts'
import type { WorkCalendar } from './calendar.ts'
import type { Audit } from './context.ts'
import type { PersonalDataCipher } from './crypto.ts'
import type { FieldError, Message } from './errors.ts'
import type { Job } from './jobs.ts'
import type { EndpointResolver, RecipientResolver } from './notify.ts'
import type { Capability } from './roles.ts'
import type { Column, SheetRow } from './workbook.ts'
import type { TransitionObserver } from './workflow.ts'

/**
 * A module's manifest (its index.ts): everything the platform needs from it, registered in one list
 * (modules/index.ts). A module is one folder under modules/ with this anatomy:
 *   index.ts    this manifest (and what other modules may use of it)
 *   schema.ts   TypeBox schemas and enums: the module's contract
 *   repo.ts     all of the module's SQL
 *   policy.ts   who may do what (platform/policy.ts)
 *   present.ts  rows → responses (masking)
 *   routes.ts   thin: parse, authorize, call, present
 *   actions/    one file per workflow action, and workflow.ts with the definition (platform/workflow.ts)
 * Only index.ts, schema.ts and repo.ts of a module may be imported by another module (a test enforces it).
 */
export interface ModuleManifest {
  name: string
  /** Fastify plugins that register the module's routes. */
  routes: ((app: FastifyInstance) => Promise<void>)[]
  /** Background jobs every serving node runs (see platform/jobs.ts). */
  jobs?: Job[]
  /** Spreadsheet exports, served at GET /api/export/{name}. */
  exporters?: Exporter[]
  /** Spreadsheet imports, served at POST /api/import/{name} with a template at GET /api/import/{name}/template. */
  importers?: Importer[]
  /** How to reach the people behind a notification's subject (see platform/notify.ts). */
  recipients?: Record<string, RecipientResolver>
  /** Recipient types with their own webhook endpoints (a partner system's URL and secret, see notify.ts). */
  webhookEndpoints?: Record<string, EndpointResolver>
  /** What the module adds to other records' transitions (platform/workflow.ts): outbox messages. */
  transitionObservers?: TransitionObserver[]
  /** Steps of the demo county, run in module order after the county's reference data. */
  demo?: DemoStep[]
  /** Recomputes what the module derived from the calendar when the county corrects it (a year's notice). */
  onCalendarChange?: CalendarListener
}

/** What changed in the county's calendar: the days between from and to (inclusive), before and after. */
export interface CalendarChange {
  db: Db
  countyCode: string
  before: WorkCalendar
  after: WorkCalendar
  from: string
  to: string
  /** Why, for the records' history: "2027年放假安排通知". */
  reason: string
  now: Date
  log?: { warn(obj: object, msg: string): void }
}

/** Answers how many records it recomputed. */
export type CalendarListener = (change: CalendarChange) => Promise<number>

/** One spreadsheet export: a list's filters, its rows for the caller (scope applied), and the columns. */
export interface Exporter {
  name: string
  /** The role set that may export (anonymous → 401, other roles → 403); the rows' scope is the exporter's. */
  reach: Capability
  query: TObject
  run: (request: FastifyRequest, query: any) => Promise<{ items: any[] }>
  columns: Column<any>[]
}

/** What an importer works with: the command's transaction, the cipher, the county and the caller. */
export interface ImportContext {
  db: Db
  cipher: PersonalDataCipher
  countyCode: string
  principal: Principal
}

export interface ImportOutcome {
  errors: FieldError[]
  imported: number
  /** What the import changes (or, in a dry run, would change), for importers that compare with what is stored. */
  changes?: ImportChange[]
}

/** One record an import adds, changes, retires or restores: its key, its name, and its stored name before. */
export interface ImportChange {
  change: 'added' | 'changed' | 'retired' | 'restored'
  key: string
  label: string
  previous: string | null
}

/**
 * One spreadsheet import, declared by the module that owns the records and served at POST /api/import/{name}
 * (with a blank template at GET /api/import/{name}/template). It validates every row first and writes only
 * when no row has an error; a dry run writes nothing.
 */
export interface Importer {
  name: string
  /** The sheet name of the template. */
  label: string
  /** The columns, by field key: a header matches either language. */
  headers: Record<string, Message>
  /** The role set that may import (anonymous → 401, other roles → 403); the rows' scope is the importer's. */
  reach: Capability
  run(ctx: ImportContext, rows: SheetRow[], audit: Audit, dryRun: boolean): Promise<ImportOutcome>
}
