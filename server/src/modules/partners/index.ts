import type { ModuleManifest } from '../../platform/module.ts'
import { partnerApiRoutes } from './api-routes.ts'
import { open311Routes } from './open311.ts'
import { endpointsOf } from './repo.ts'
import { partnerAdminRoutes } from './routes.ts'
import { partnerObserver } from './webhooks.ts'

/**
 * Partner systems (docs/domain.md "Partner systems"): county admins register the province's platform, the 12345
 * hotline or a town platform and issue it API keys; partners hand items in (channel `external`, idempotent by key
 * and by their own reference), read their status and hear of changes by a signed webhook; a platform hears of
 * assignments to its unit and replies through the API; Open311 GeoReport v2 maps onto the same intake.
 */
export const partnersModule: ModuleManifest = {
  name: 'partners',
  routes: [partnerAdminRoutes, partnerApiRoutes, open311Routes],
  webhookEndpoints: { partner: endpointsOf },
  transitionObservers: [partnerObserver],
}
