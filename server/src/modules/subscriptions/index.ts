import type { ModuleManifest } from '../../platform/module.ts'
import { subscriptionsStep } from './demo.ts'
import { subscriptionFanoutJob } from './fanout.ts'
import { feedRoutes } from './feeds.ts'
import { SUBSCRIPTION_SUBJECT, subscriptionContactsOf } from './repo.ts'
import { subscriptionRoutes } from './routes.ts'

/**
 * Subscriptions (关注): citizens follow a town, a category or a published item by SMS, or read its Atom feed
 * (docs/domain.md "Subscriptions"); the fan-out job sends the updates.
 */
export const subscriptionsModule: ModuleManifest = {
  name: 'subscriptions',
  routes: [subscriptionRoutes, feedRoutes],
  jobs: [subscriptionFanoutJob],
  recipients: { [SUBSCRIPTION_SUBJECT]: subscriptionContactsOf },
  demo: [subscriptionsStep],
}
