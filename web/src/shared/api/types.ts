import type { paths } from './schema'

// Response types taken from the generated OpenAPI types, by path, so they follow the server.
type Ok<R> = R extends { 200: { content: { 'application/json': infer T } } }
  ? T
  : R extends { 201: { content: { 'application/json': infer T } } }
    ? T
    : never
type Get<P extends keyof paths> = paths[P] extends { get: { responses: infer R } } ? Ok<R> : never
type Post<P extends keyof paths> = paths[P] extends { post: { responses: infer R } } ? Ok<R> : never
type Item<P extends keyof paths> = Get<P> extends { items: (infer I)[] } ? I : never

export type Me = Get<'/api/auth/me'>
export type Region = Item<'/api/regions'>
export type Grid = Item<'/api/grids'>
export type Venue = Item<'/api/venues'>
export type VenueDetail = Get<'/api/venues/{id}'>
export type Deputy = Item<'/api/deputies'>
export type DeputyDetail = Get<'/api/deputies/{id}'>
export type DeputyGroup = Item<'/api/deputy-groups'>
export type Unit = Item<'/api/units'>
export type PlatformType = Item<'/api/platform-types'>
export type AuditEntry = Item<'/api/audit'>
export type TotpSetup = Post<'/api/auth/totp/setup'>
export type PublicRegion = Item<'/api/public/regions'>
export type PublicVenue = Item<'/api/public/venues'>
export type PublicVenueDetail = Get<'/api/public/venues/{id}'>
export type PublicDeputy = Item<'/api/public/deputies'>
export type PublicDeputyDetail = Get<'/api/public/deputies/{id}'>
export type Role = Me['roles'][number]['role']
export type Capability = Me['capabilities'][number]
export type Category = Item<'/api/categories'>
export type Upload = Post<'/api/public/uploads'>
export type SubmitResult = Post<'/api/public/suggestions'>
export type Tracking = Get<'/api/public/suggestions/{trackingCode}'>
export type SuggestionListItem = Item<'/api/suggestions'>
export type SuggestionDetail = Get<'/api/suggestions/{id}'>
export type SuggestionStatus = SuggestionListItem['status']
export type Channel = SuggestionListItem['channel']
export type Notification = Item<'/api/notifications'>
