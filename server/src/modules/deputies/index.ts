import type { ModuleManifest } from '../../platform/module.ts'
import { deputyRoutes } from './routes.ts'

export const deputiesModule: ModuleManifest = {
  name: 'deputies',
  routes: [deputyRoutes],
}
