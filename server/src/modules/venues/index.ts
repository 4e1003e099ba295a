import type { ModuleManifest } from '../../platform/module.ts'
import { venueExporters } from './exporters.ts'
import { venueImporter } from './importers.ts'
import { venueRoutes } from './routes.ts'

/** Liaison venues: stations, points, windows, duty posts and mobile points. */
export const venuesModule: ModuleManifest = {
  name: 'venues',
  routes: [venueRoutes],
  exporters: venueExporters,
  importers: [venueImporter],
}
