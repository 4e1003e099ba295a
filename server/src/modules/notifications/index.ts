import type { ModuleManifest } from '../../platform/module.ts'
import { notificationRoutes } from './routes.ts'

/** The in-app inbox of a user, their unit or the region they manage. */
export const notificationsModule: ModuleManifest = {
  name: 'notifications',
  routes: [notificationRoutes],
}
