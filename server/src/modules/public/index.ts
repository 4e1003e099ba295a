import type { ModuleManifest } from '../../platform/module.ts'
import { qrRoutes } from './qr-routes.ts'
import { publicRoutes } from './routes.ts'

/**
 * The public site's reference data (no account): regions, active venues and deputies' public profiles, and their
 * QR codes. No policy.ts: everything here is public; the repository selects active records only and never a
 * contact.
 */
export const publicModule: ModuleManifest = {
  name: 'public',
  routes: [publicRoutes, qrRoutes],
}
