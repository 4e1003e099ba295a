import type { ModuleManifest } from '../../platform/module.ts'
import { unitExporters } from './exporters.ts'
import { unitRoutes } from './routes.ts'

/** Handling units (一府一委两院, town governments, 一室四平台) and the town platform types. */
export const unitsModule: ModuleManifest = {
  name: 'units',
  routes: [unitRoutes],
  exporters: unitExporters,
}
