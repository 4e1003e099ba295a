import type { Exporter, ModuleManifest } from '../../platform/module.ts'
import { deputyImporter } from '../deputies/index.ts'
import { venueImporter } from '../venues/index.ts'
import { spreadsheetRoutesFor } from './routes.ts'

/** The spreadsheet imports, each declared by the module owning the records. */
const IMPORTERS = [deputyImporter, venueImporter]

/**
 * Spreadsheet import and export (.xlsx). The exporters are those of every module's manifest, asked for when the
 * routes are registered (the module list includes this module, hence a function).
 */
export function spreadsheetsModuleFor(exporters: () => readonly Exporter[]): ModuleManifest {
  return {
    name: 'spreadsheets',
    routes: [spreadsheetRoutesFor(() => ({ exporters: exporters(), importers: IMPORTERS }))],
  }
}
