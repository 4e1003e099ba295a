import type { ModuleManifest } from '../../platform/module.ts'
import { supportsStep } from './demo.ts'
import { supportRoutes } from './routes.ts'

/** Support (附议): citizens add their weight to published items still being handled (docs/domain.md "Support"). */
export const supportsModule: ModuleManifest = {
  name: 'supports',
  routes: [supportRoutes],
  demo: [supportsStep],
}
