import type { ModuleManifest } from '../../platform/module.ts'
import { userRoutes } from './routes.ts'

/** Staff and deputy accounts with their role grants, managed by the county's administrators. */
export const usersModule: ModuleManifest = {
  name: 'users',
  routes: [userRoutes],
}
