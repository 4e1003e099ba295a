import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requirePrincipal } from './access.ts'
import { forbidden } from './errors.ts'
import { type Capability, holds } from './roles.ts'

/**
 * Who may call a route at all, declared in its config next to its schema, and checked before the body is read:
 *   `config: { public: true }`              anyone (so is everything under /api/public/);
 *   `config: { reach: 'signed_in' }`        any signed-in session (also one still to enrol its second factor);
 *   `config: { reach: <role set> }`         a signed-in caller holding one of the set's roles (platform/roles.ts).
 * An anonymous caller gets 401 (or `session_expired`), a caller outside the role set 403, never a 400 about a
 * body they may not send at all. This is the coarse gate only: the scope, the caller's relation to a record and
 * what that relation may do are the handler's policy checks (platform/policy.ts). A route that declares neither
 * is refused to everyone (and the route-authz test names it).
 */
export type RouteReach = Capability | 'signed_in'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Anyone may call the route, signed in or not (every route under /api/public/ is, too). */
    public?: boolean
    /** The role set that may call the route at all, or any signed-in session. */
    reach?: RouteReach
  }
}

/** Paths outside the gate: the web app, the API documentation and the public API. */
function ungated(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0]!
  if (!path.startsWith('/api/') || path.startsWith('/api/public/') || path.startsWith('/api/docs'))
    return true
  return request.is404 || path === '/api/openapi.json' || request.routeOptions.config.public === true
}

/** The route's declared gate, as the OpenAPI document shows it (`x-public`, `x-reach`). */
export function gateOf(url: string, config: { public?: boolean; reach?: RouteReach } | undefined) {
  if (url.startsWith('/api/public/') || config?.public) return { 'x-public': true }
  return config?.reach ? { 'x-reach': config.reach } : {}
}

/** Checks each route's gate once the session is known (onRequest, after the session hook). */
export function registerRouteGate(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (ungated(request)) return
    // 401 `unauthenticated`, or `session_expired` when the cookie was of a session that has timed out.
    if (!request.principal) requirePrincipal(request)
    const reach = request.routeOptions.config.reach
    if (reach === 'signed_in') return
    // requirePrincipal also sends a session still to enrol its second factor to do that first.
    if (!reach || !holds(requirePrincipal(request), reach)) throw forbidden()
  })
}
