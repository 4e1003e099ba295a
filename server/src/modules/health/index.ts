import type { ModuleManifest } from '../../platform/module.ts'
import { healthRoutes } from './routes.ts'

/**
 * Liveness and the database check. A small module: routes.ts and this manifest only (no records of its own, no
 * policy: the check is public and reveals nothing but the engine and the version).
 */
export const healthModule: ModuleManifest = {
  name: 'health',
  routes: [healthRoutes],
}
