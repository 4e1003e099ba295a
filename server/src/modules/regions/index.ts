import type { ModuleManifest } from '../../platform/module.ts'
import { regionRoutes } from './routes.ts'

export const regionsModule: ModuleManifest = {
  name: 'regions',
  routes: [regionRoutes],
}
