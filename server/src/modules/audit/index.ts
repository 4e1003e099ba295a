import type { ModuleManifest } from '../../platform/module.ts'
import { auditExporters } from './exporters.ts'
import { auditRoutes } from './routes.ts'

/** The audit log (written by platform/audit.ts in every command): listed and exported. */
export const auditModule: ModuleManifest = {
  name: 'audit',
  routes: [auditRoutes],
  exporters: auditExporters,
}
