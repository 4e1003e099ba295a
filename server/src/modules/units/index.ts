import type { ModuleManifest } from '../../platform/module.ts'
import { unitRoutes } from './routes.ts'

export const unitsModule: ModuleManifest = {
  name: 'units',
  routes: [unitRoutes],
}
