import type { ModuleManifest } from '../../platform/module.ts'
import { workspaceRoutes } from './routes.ts'

/** Each role's landing in the console: what waits on me, and my own figures. */
export const workspaceModule: ModuleManifest = {
  name: 'workspace',
  routes: [workspaceRoutes],
}
