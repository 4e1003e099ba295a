import type { ModuleManifest } from '../../platform/module.ts'
import { regionExporters } from './exporters.ts'
import { regionTreeImporter } from './importers.ts'
import { regionRoutes } from './routes.ts'

/** The region tree and the social-governance grids. */
export const regionsModule: ModuleManifest = {
  name: 'regions',
  routes: [regionRoutes],
  exporters: regionExporters,
  importers: [regionTreeImporter],
}

/** The region tree from the national division codes (the CLI's `regions import`, the demo county). */
export {
  DIVISION_HEADERS,
  type DivisionTree,
  type DivisionUnit,
  displayName,
  parseDivisions,
  type TreeChange,
} from './divisions.ts'
/** Regions as the API answers them (the public module lists them too). */
export { presentRegion } from './present.ts'
export { importRegionTree, type TreeImportResult } from './tree-import.ts'
