import type { FastifyInstance } from 'fastify'
import { deliveryJob } from '../platform/delivery.ts'
import { housekeepingJob, type Job } from '../platform/jobs.ts'
import { auditRoutes } from './audit/routes.ts'
import { authRoutes } from './auth/routes.ts'
import { deputyRoutes } from './deputies/routes.ts'
import { healthRoutes } from './health/routes.ts'
import { notificationRoutes } from './notifications/routes.ts'
import { publicRoutes } from './public/routes.ts'
import { regionRoutes } from './regions/routes.ts'
import { settingsRoutes } from './settings/routes.ts'
import { spreadsheetRoutes } from './spreadsheets/routes.ts'
import { publicSuggestionRoutes } from './suggestions/public-routes.ts'
import { suggestionRoutes } from './suggestions/routes.ts'
import { closeUnratedJob, overdueJob } from './suggestions/sweeps.ts'
import { unitRoutes } from './units/routes.ts'
import { userRoutes } from './users/routes.ts'
import { venueRoutes } from './venues/routes.ts'

/** Every domain module, registered in one place. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  for (const module of [
    healthRoutes,
    authRoutes,
    regionRoutes,
    venueRoutes,
    deputyRoutes,
    unitRoutes,
    auditRoutes,
    spreadsheetRoutes,
    userRoutes,
    suggestionRoutes,
    publicSuggestionRoutes,
    publicRoutes,
    notificationRoutes,
    settingsRoutes,
  ]) {
    await app.register(module)
  }
}

/** The background jobs every serving node runs (see platform/jobs.ts), in the order of each tick. */
export const scheduledJobs: Job[] = [overdueJob, closeUnratedJob, deliveryJob, housekeepingJob]
