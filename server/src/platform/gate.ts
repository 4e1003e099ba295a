import type { FastifyInstance, FastifyRequest } from 'fastify'
import { PARTNER_SCOPES } from '../db/enums.ts'
import type { PartnerScope } from '../db/types.ts'
import { requirePrincipal } from './access.ts'
import { authenticateKey, bearerOf, invalidKey } from './api-keys.ts'
import { forbidden } from './errors.ts'
import { type Capability, holds } from './roles.ts'

/**
 * Who may call a route at all, declared in its config next to its schema, and checked before the body is read:
 *   `config: { public: true }`              anyone (so is everything under /api/public/);
 *   `config: { reach: 'signed_in' }`        any signed-in session (also one still to enrol its second factor);
 *   `config: { reach: <role set> }`         a signed-in caller holding one of the set's roles (platform/roles.ts);
 *   `config: { reach: 'partner:<scope>' }`  a partner system's API key holding the scope (platform/api-keys.ts),
 *                                           sent as `Authorization: Bearer <key>`; never a session. A route may
 *                                           also take the key as an `api_key` field of its body
 *                                           (`partnerKeyParam`, as Open311 clients send it).
 * An anonymous caller (or an unknown or revoked key) gets 401 (or `session_expired`), a caller outside the role set
 * (or a key without the scope) 403, never a 400 about a body they may not send at all. This is the coarse gate only: the scope, the caller's relation to a record and
 * what that relation may do are the handler's policy checks (platform/policy.ts). A route that declares neither
 * is refused to everyone (and the route-authz test names it).
 */
export type PartnerReach = `partner:${PartnerScope}`
export type RouteReach = Capability | 'signed_in' | PartnerReach

const partnerScopeOf = (reach: RouteReach | undefined): PartnerScope | null => {
  if (!reach?.startsWith('partner:')) return null
  const scope = reach.slice('partner:'.length) as PartnerScope
  return PARTNER_SCOPES.includes(scope) ? scope : null
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Anyone may call the route, signed in or not (every route under /api/public/ is, too). */
    public?: boolean
    /** The role set that may call the route at all, any signed-in session, or a partner key's scope. */
    reach?: RouteReach
    /** A partner route that also takes its key as an `api_key` field of its body (Open311). */
    partnerKeyParam?: boolean
  }
}

/** Paths outside the gate: the web app, the API documentation and the public API. */
function ungated(request: FastifyRequest): boolean {
  if (partnerScopeOf(request.routeOptions.config?.reach)) return false
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

/** Authenticates a partner's key and checks it holds the scope: unknown or revoked 401, another scope 403. */
async function checkPartner(request: FastifyRequest, key: string | undefined, scope: PartnerScope) {
  if (!key) throw invalidKey()
  const holder = await authenticateKey(request.server.ctx.db, key)
  if (!holder) throw invalidKey()
  if (!holder.scopes.includes(scope)) throw forbidden()
  request.partner = holder
}

const apiKeyParam = (value: unknown) =>
  value && typeof value === 'object' && typeof (value as { api_key?: unknown }).api_key === 'string'
    ? (value as { api_key: string }).api_key
    : undefined

/** Checks each route's gate once the session is known (onRequest, after the session hook). */
export function registerRouteGate(app: FastifyInstance): void {
  app.decorateRequest('partner', null)
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config
    const scope = partnerScopeOf(config?.reach)
    if (scope) {
      // A partner's key, never a session. An Open311 client may send it as api_key in its body instead: checked
      // once the body is read, before validation (never in the query string, which is logged with the URL).
      const key = bearerOf(request)
      if (!key && config.partnerKeyParam) return
      return checkPartner(request, key, scope)
    }
    if (ungated(request)) return
    // 401 `unauthenticated`, or `session_expired` when the cookie was of a session that has timed out.
    if (!request.principal) requirePrincipal(request)
    const reach = request.routeOptions.config.reach
    if (reach === 'signed_in') return
    // requirePrincipal also sends a session still to enrol its second factor to do that first.
    if (!reach || !holds(requirePrincipal(request), reach as Capability)) throw forbidden()
  })
  app.addHook('preValidation', async (request) => {
    const config = request.routeOptions.config
    const scope = partnerScopeOf(config?.reach)
    if (!scope || request.partner || !config.partnerKeyParam) return
    return checkPartner(request, apiKeyParam(request.body), scope)
  })
}
