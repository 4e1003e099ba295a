import type { ModuleManifest } from '../../platform/module.ts'
import { settingsRoutes } from './routes.ts'

/** The working-day calendar (statutory days and overrides) and the time limits. */
export const settingsModule: ModuleManifest = {
  name: 'settings',
  routes: [settingsRoutes],
}
