import type { ModuleManifest } from '../../platform/module.ts'
import { deputyExporters } from './exporters.ts'
import { deputyRoutes } from './routes.ts'

/** Deputies (with their memberships, venues and grids) and deputy groups. */
export const deputiesModule: ModuleManifest = {
  name: 'deputies',
  routes: [deputyRoutes],
  exporters: deputyExporters,
}

/** The spreadsheet import of deputies, served by the spreadsheets module. */
export { deputyImporter } from './importers.ts'
