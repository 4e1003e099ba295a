import type { Exporter, ModuleManifest } from '../../platform/module.ts'
import { auditModule } from '../audit/index.ts'
import { deputiesModule, deputyImporter } from '../deputies/index.ts'
import { regionsModule } from '../regions/index.ts'
import { unitsModule } from '../units/index.ts'
import { venueImporter, venuesModule } from '../venues/index.ts'
import { spreadsheetRoutesFor } from './routes.ts'
import { suggestionExporter } from './suggestions.ts'

/** The spreadsheet imports, each declared by the module owning the records. */
const IMPORTERS = [deputyImporter, venueImporter]

/**
 * Spreadsheet import and export (.xlsx). The exporters are those of the modules' manifests, given here (or as a
 * function answering them, called when the routes are registered); the suggestions exporter is added while the
 * suggestions manifest does not declare it yet.
 */
export function spreadsheetsModuleFor(
  exporters: readonly Exporter[] | (() => readonly Exporter[]),
): ModuleManifest {
  const all = () => {
    const declared = typeof exporters === 'function' ? exporters() : exporters
    return declared.some((e) => e.name === suggestionExporter.name)
      ? declared
      : [...declared, suggestionExporter]
  }
  return {
    name: 'spreadsheets',
    routes: [spreadsheetRoutesFor(() => ({ exporters: all(), importers: IMPORTERS }))],
  }
}

const exportersOf = (...modules: ModuleManifest[]) => modules.flatMap((m) => m.exporters ?? [])

/** The spreadsheets module with the exporters of the reference modules, in the order of their URLs so far. */
export const spreadsheetsModule: ModuleManifest = spreadsheetsModuleFor([
  ...exportersOf(regionsModule, venuesModule, deputiesModule, unitsModule),
  suggestionExporter,
  ...exportersOf(auditModule),
])
