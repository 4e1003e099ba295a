import type { ModuleManifest } from '../../platform/module.ts'
import { publicRoutes } from './routes.ts'

export const publicModule: ModuleManifest = {
  name: 'public',
  routes: [publicRoutes],
}
