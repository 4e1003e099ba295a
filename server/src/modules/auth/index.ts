import type { ModuleManifest } from '../../platform/module.ts'
import { authRoutes } from './routes.ts'

/** Signing in and out, the signed-in account, its password and its second factor (TOTP). */
export const authModule: ModuleManifest = {
  name: 'auth',
  routes: [authRoutes],
}
