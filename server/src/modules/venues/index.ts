import type { ModuleManifest } from '../../platform/module.ts'
import { venueRoutes } from './routes.ts'

export const venuesModule: ModuleManifest = {
  name: 'venues',
  routes: [venueRoutes],
}
