import type { ModuleManifest } from '../../platform/module.ts'
import { opennessRoutes } from './routes.ts'

/**
 * The figures of openness a county publishes (docs/domain.md "Published figures"): counted over what the
 * publication, supports, subscriptions and proposals modules record. No table of its own, no policy: public.
 */
export const opennessModule: ModuleManifest = {
  name: 'openness',
  routes: [opennessRoutes],
}
