import createClient, { type Client, type Middleware } from 'openapi-fetch'
import type { paths } from './schema'

export type ApiClient = Client<paths>

/** Same-origin client for the public site: no session, no CSRF. */
export function createPublicClient(): ApiClient {
  return createClient<paths>({ baseUrl: window.location.origin })
}

export interface StaffClientHooks {
  /** Current CSRF token (from login or /api/auth/me); sent on every non-GET request. */
  csrfToken: () => string | null
  /** Called when a staff endpoint answers 401 (not for the login call itself). */
  onUnauthorized: (response: Response) => void
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Client for the console: session cookie, X-CSRF-Token on writes, 401 reported to the app. */
export function createStaffClient(hooks: StaffClientHooks): ApiClient {
  const client = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' })
  const middleware: Middleware = {
    onRequest({ request }) {
      const token = hooks.csrfToken()
      if (!SAFE_METHODS.has(request.method) && token) request.headers.set('X-CSRF-Token', token)
      return request
    },
    onResponse({ request, response }) {
      const path = new URL(request.url).pathname
      if (response.status === 401 && path !== '/api/auth/login') hooks.onUnauthorized(response.clone())
      return response
    },
  }
  client.use(middleware)
  return client
}
