import type { ModuleManifest } from '../../platform/module.ts'
import { auditRoutes } from './routes.ts'

export const auditModule: ModuleManifest = {
  name: 'audit',
  routes: [auditRoutes],
}
