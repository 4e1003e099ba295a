import type { FastifyInstance } from 'fastify'
import { deliveryJobFor } from '../platform/delivery.ts'
import { housekeepingJob, type Job } from '../platform/jobs.ts'
import type { ModuleManifest } from '../platform/module.ts'
import type { EndpointResolver, RecipientResolver } from '../platform/notify.ts'
import { observeTransitions } from '../platform/workflow.ts'
import { auditModule } from './audit/index.ts'
import { authModule } from './auth/index.ts'
import { catalogModule } from './catalog/index.ts'
import { deputiesModule } from './deputies/index.ts'
import { deputyRecordsModule } from './deputy-records/index.ts'
import { dutyModule } from './duty/index.ts'
import { healthModule } from './health/index.ts'
import { mapModule } from './map/index.ts'
import { notificationsModule } from './notifications/index.ts'
import { opennessModule } from './openness/index.ts'
import { partnersModule } from './partners/index.ts'
import { projectsModule } from './projects/index.ts'
import { proposalsModule } from './proposals/index.ts'
import { publicModule } from './public/index.ts'
import { publicationModule } from './publication/index.ts'
import { receptionsModule } from './receptions/index.ts'
import { regionsModule } from './regions/index.ts'
import { settingsModuleFor } from './settings/index.ts'
import { spreadsheetsModuleFor } from './spreadsheets/index.ts'
import { subscriptionsModule } from './subscriptions/index.ts'
import { suggestionsModule } from './suggestions/index.ts'
import { supportsModule } from './supports/index.ts'
import { unitsModule } from './units/index.ts'
import { usersModule } from './users/index.ts'
import { venuesModule } from './venues/index.ts'
import { workspaceModule } from './workspace/index.ts'

/** Every domain module, in registration order. A new module is one line here. */
export const MODULES: readonly ModuleManifest[] = [
  healthModule,
  authModule,
  regionsModule,
  venuesModule,
  deputiesModule,
  unitsModule,
  auditModule,
  spreadsheetsModuleFor(
    () => MODULES.flatMap((m) => m.exporters ?? []),
    () => MODULES.flatMap((m) => m.importers ?? []),
  ),
  usersModule,
  // Before the modules whose demo history runs on the county's calendar and office hours.
  settingsModuleFor(() => MODULES.flatMap((m) => m.onCalendarChange ?? [])),
  suggestionsModule,
  dutyModule,
  receptionsModule,
  deputyRecordsModule,
  projectsModule,
  publicationModule,
  proposalsModule,
  catalogModule,
  publicModule,
  mapModule,
  notificationsModule,
  workspaceModule,
  partnersModule,
  supportsModule,
  subscriptionsModule,
  opennessModule,
]

export async function registerModules(app: FastifyInstance): Promise<void> {
  for (const module of MODULES) {
    for (const routes of module.routes) await app.register(routes)
  }
}

/** Per subject type, how the outbox reaches the citizen behind a record. */
export const RECIPIENTS: Record<string, RecipientResolver> = Object.assign(
  {},
  ...MODULES.map((m) => m.recipients ?? {}),
)

/** Per recipient type with its own endpoints (partner systems), where its webhook messages go. */
export const ENDPOINTS: Record<string, EndpointResolver> = Object.assign(
  {},
  ...MODULES.map((m) => m.webhookEndpoints ?? {}),
)

// What modules add to other modules' workflow transitions (a partner told of its item's new status).
observeTransitions(MODULES.flatMap((m) => m.transitionObservers ?? []))

/** The background jobs every serving node runs (see platform/jobs.ts), in the order of each tick. */
export const scheduledJobs: Job[] = [
  ...MODULES.flatMap((m) => m.jobs ?? []),
  deliveryJobFor(RECIPIENTS, ENDPOINTS),
  housekeepingJob,
]
