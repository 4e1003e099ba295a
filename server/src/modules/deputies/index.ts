import type { ModuleManifest } from '../../platform/module.ts'
import { deputyExporters } from './exporters.ts'
import { deputyImporter } from './importers.ts'
import { deputyRecipients } from './recipients.ts'
import { deputyRoutes } from './routes.ts'

/** Deputies (with their memberships, venues and grids) and deputy groups. */
export const deputiesModule: ModuleManifest = {
  name: 'deputies',
  routes: [deputyRoutes],
  exporters: deputyExporters,
  importers: [deputyImporter],
  // Messages whose subject is a deputy reach the deputy's phone (reminders by SMS).
  recipients: { deputy: deputyRecipients },
}
