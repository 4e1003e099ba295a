import type { ModuleManifest } from '../../platform/module.ts'
import { userRoutes } from './routes.ts'

export const usersModule: ModuleManifest = {
  name: 'users',
  routes: [userRoutes],
}
