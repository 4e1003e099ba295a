import { auditChainJob } from '../../platform/audit-chain.ts'
import type { ModuleManifest } from '../../platform/module.ts'
import { auditExporters } from './exporters.ts'
import { auditRoutes } from './routes.ts'

/**
 * The audit log (written by platform/audit.ts in every command): listed and exported; its rows are linked into
 * the hash chain by the chainer job (platform/audit-chain.ts), on its own short timer.
 */
export const auditModule: ModuleManifest = {
  name: 'audit',
  routes: [auditRoutes],
  exporters: auditExporters,
  jobs: [auditChainJob],
}
