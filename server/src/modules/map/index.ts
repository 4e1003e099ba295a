import type { ModuleManifest } from '../../platform/module.ts'
import { mapRoutes } from './routes.ts'

/**
 * The public map's frame: base tiles from the configuration, the towns' schematic cells (no real boundaries are
 * held, so they are the Voronoi cells of the towns' centres) and the venues as points. The projects' sites on it
 * come from the projects module; this one knows nothing of them. No policy.ts: everything here is public.
 */
export const mapModule: ModuleManifest = {
  name: 'map',
  routes: [mapRoutes],
}
