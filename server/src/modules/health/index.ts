import type { ModuleManifest } from '../../platform/module.ts'
import { healthRoutes } from './routes.ts'

export const healthModule: ModuleManifest = {
  name: 'health',
  routes: [healthRoutes],
}
