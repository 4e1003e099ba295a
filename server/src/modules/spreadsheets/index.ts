import type { Exporter, Importer, ModuleManifest } from '../../platform/module.ts'
import { spreadsheetRoutesFor } from './routes.ts'

/**
 * Spreadsheet import and export (.xlsx) for the exporters and importers of every module's manifest, asked for
 * when the routes are registered (the module list includes this module, hence functions).
 */
export function spreadsheetsModuleFor(
  exporters: () => readonly Exporter[],
  importers: () => readonly Importer[],
): ModuleManifest {
  return {
    name: 'spreadsheets',
    routes: [spreadsheetRoutesFor(() => ({ exporters: exporters(), importers: importers() }))],
  }
}
