import type { ModuleManifest } from '../../platform/module.ts'
import { catalogRoutes } from './routes.ts'

/** Configurable taxonomies: the suggestion categories. Small: routes, repo and schema only. */
export const catalogModule: ModuleManifest = {
  name: 'catalog',
  routes: [catalogRoutes],
}
