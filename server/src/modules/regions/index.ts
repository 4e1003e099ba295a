import type { ModuleManifest } from '../../platform/module.ts'
import { regionExporters } from './exporters.ts'
import { regionRoutes } from './routes.ts'

/** The region tree and the social-governance grids. */
export const regionsModule: ModuleManifest = {
  name: 'regions',
  routes: [regionRoutes],
  exporters: regionExporters,
}

/** Regions as the API answers them (the public module lists them too). */
export { presentRegion } from './present.ts'
