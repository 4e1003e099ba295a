import type { ModuleManifest } from '../../platform/module.ts'
import { notificationRoutes } from './routes.ts'

export const notificationsModule: ModuleManifest = {
  name: 'notifications',
  routes: [notificationRoutes],
}
