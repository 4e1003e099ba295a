import type { ModuleManifest } from '../../platform/module.ts'
import { projectsStep } from './demo/index.ts'
import { projectProgressExporter } from './exporters.ts'
import { monthEndJob } from './jobs.ts'
import { projectRoutes } from './project-routes.ts'
import { publicProjectRoutes } from './public-routes.ts'
import { siteRoutes } from './site-routes.ts'

/**
 * Livelihood-project supervision (领办督) and the public one-map layer: projects, their sites with lead deputies,
 * the monthly reports, crossing off, and each month end kept (docs/domain.md "Livelihood projects and the one-map").
 */
export const projectsModule: ModuleManifest = {
  name: 'projects',
  routes: [projectRoutes, siteRoutes, publicProjectRoutes],
  jobs: [monthEndJob],
  exporters: [projectProgressExporter],
  demo: [projectsStep],
}
