import type { ModuleManifest } from '../../platform/module.ts'
import { settingsRoutes } from './routes.ts'

export const settingsModule: ModuleManifest = {
  name: 'settings',
  routes: [settingsRoutes],
}
