import type { ModuleManifest } from '../../platform/module.ts'
import { deputyExporters } from './exporters.ts'
import { deputyImporter } from './importers.ts'
import { deputyRoutes } from './routes.ts'

/** Deputies (with their memberships, venues and grids) and deputy groups. */
export const deputiesModule: ModuleManifest = {
  name: 'deputies',
  routes: [deputyRoutes],
  exporters: deputyExporters,
  importers: [deputyImporter],
}
