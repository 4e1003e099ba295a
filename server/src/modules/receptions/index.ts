import type { ModuleManifest } from '../../platform/module.ts'
import { receptionsStep } from './demo/index.ts'
import { publicRoundRoutes } from './public-routes.ts'
import { receptionRoutes } from './reception-routes.ts'
import { roundRoutes } from './rounds-routes.ts'

export { nextRoundOf } from './next.ts'

/**
 * Mobile rounds (流动巡诊) and reception records (接待记录): the in-station and mobile channels, counted in people
 * received (docs/domain.md "Rounds and reception records").
 */
export const receptionsModule: ModuleManifest = {
  name: 'receptions',
  routes: [roundRoutes, receptionRoutes, publicRoundRoutes],
  demo: [receptionsStep],
}
