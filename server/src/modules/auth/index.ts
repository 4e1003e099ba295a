import type { ModuleManifest } from '../../platform/module.ts'
import { forgetFailedNames } from './repo.ts'
import { authRoutes } from './routes.ts'

/** Signing in and out, the signed-in account, its password and its second factor (TOTP). */
export const authModule: ModuleManifest = {
  name: 'auth',
  routes: [authRoutes],
  jobs: [
    {
      // Failed sign-ins under names that are no account, once they no longer count.
      name: 'sign-in-names',
      run: async (ctx, now) => ({ forgotten: await forgetFailedNames(ctx.db, now) }),
    },
  ],
}
