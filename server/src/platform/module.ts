import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TObject } from 'typebox'
import type { DemoStep } from '../demo/world.ts'
import type { Job } from './jobs.ts'
import type { RecipientResolver } from './notify.ts'
import type { Column } from './workbook.ts'

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
  /** Spreadsheet exports offered at GET /api/exports/{name}.xlsx. */
  exporters?: Exporter[]
  /** How to reach the people behind a notification's subject (see platform/notify.ts). */
  recipients?: Record<string, RecipientResolver>
  /** Steps of the demo county, run in module order after the county's reference data. */
  demo?: DemoStep[]
}

/** One spreadsheet export: a list's filters, its rows for the caller (scope applied), and the columns. */
export interface Exporter {
  name: string
  query: TObject
  run: (request: FastifyRequest, query: any) => Promise<{ items: any[] }>
  columns: Column<any>[]
}
