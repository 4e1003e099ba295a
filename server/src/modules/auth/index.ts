import type { ModuleManifest } from '../../platform/module.ts'
import { authRoutes } from './routes.ts'

export const authModule: ModuleManifest = {
  name: 'auth',
  routes: [authRoutes],
}
