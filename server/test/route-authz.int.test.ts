import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PartnerScope } from '../src/db/types.ts'
import { ROLE_SETS } from '../src/platform/roles.ts'
import {
  buildDeputy,
  buildPlatformType,
  buildTown,
  buildUnit,
  buildUser,
  buildVenue,
  TEST_PASSWORD,
} from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import {
  invalidRequest,
  type OpenApiDocument,
  openApi,
  routesOf,
  type SampleOptions,
  type SampleRequest,
  sampleRequest,
} from './openapi.ts'

/**
 * Who may call each route of the API, for every route of the OpenAPI document: a route without a row here, or a
 * row for a route that no longer exists, fails the coverage test by name. Each call sends a request the route's
 * schemas accept, so what answers is the access check and not validation:
 *   public      anyone may call it; an anonymous caller is never answered "sign in" or "forbidden";
 *   signed in   an anonymous caller gets 401 `unauthenticated`; `refused` (a role without the right) gets 403
 *               `forbidden` (null: every role may call it); `allowed` gets through (neither 401 nor 403).
 * Each route also declares who may call it at all (`config: { public: true }` or `config: { reach }`, shown in the
 * document as `x-public` / `x-reach`) and that gate answers before the request is validated: an anonymous or
 * refused caller sending a request the schemas refuse still gets 401 / 403, never a 400 about it.
 *   partner     a partner system's API key holding the scope (`partner:<scope>`): anonymous callers and staff
 *               sessions get 401 `unauthenticated`, a key without the scope 403, a key with it gets through.
 * Whether a caller may act on a particular record (scope, relation to an item) is the business of the domain
 * suites (scope, workflow-authz); here a record that does not exist simply answers 404 once access is granted.
 */

type Role = Parameters<typeof buildUser>[1]['role']

interface World {
  usernames: Record<Role, string>
  /** A partner key per scope, and one holding none of the scopes asked for (the other scopes). */
  keys: Record<PartnerScope, { holding: string; lacking: string }>
}

type Access =
  | { access: 'public'; request?: (w: World) => SampleOptions & { payload?: unknown } }
  | { access: 'signed_in'; refused: Role | null; allowed: Role }
  | { access: 'partner'; scope: PartnerScope }

const PUBLIC: Access = { access: 'public' }
/** Any signed-in account, whatever its role (its own session, inbox, password; the calendar it works by). */
const ANY_ROLE: Access = { access: 'signed_in', refused: null, allowed: 'integrity_liaison' }
const signedIn = (allowed: Role, refused: Role): Access => ({ access: 'signed_in', allowed, refused })
/** Reference data and its exports: county admin, town, station, deputy and unit staff; not the integrity liaison. */
const REFERENCE_READERS = signedIn('unit_staff', 'integrity_liaison')
/** Venues (and their import): county admin and town staff. */
const REFERENCE_EDITORS = signedIn('town_staff', 'station_staff')
/** Private contacts: county admin and town staff. */
const CONTACT_REVEALERS = signedIn('town_staff', 'station_staff')
const COUNTY_ADMIN = signedIn('county_admin', 'town_staff')
/** Venues' duty schedules: county admin, town and station staff; not deputies. */
const DUTY_KEEPERS = signedIn('station_staff', 'deputy')
/** Deputies' records: a deputy (their own), county admin and town staff; not station staff. */
const RECORD_READERS = signedIn('deputy', 'station_staff')
/** The records' list and export: county admin and town staff; not deputies. */
const RECORD_KEEPERS = signedIn('town_staff', 'deputy')
/** The suggestion queue, items and their actions: every staff role; not the integrity liaison. */
const SUGGESTION_STAFF = signedIn('unit_staff', 'integrity_liaison')

/** A partner system's key holding the scope. */
const partnerKey = (scope: PartnerScope): Access => ({ access: 'partner', scope })

const ACCESS: Record<string, Access> = {
  'GET /api/health': PUBLIC,
  'GET /api/categories': PUBLIC,
  'GET /api/catalog/categories': COUNTY_ADMIN,
  'POST /api/categories': COUNTY_ADMIN,
  'PATCH /api/categories/{code}': COUNTY_ADMIN,

  'POST /api/auth/login': {
    access: 'public',
    request: (w) => ({ payload: { username: w.usernames.town_staff, password: TEST_PASSWORD } }),
  },
  'POST /api/auth/logout': ANY_ROLE,
  'GET /api/auth/me': ANY_ROLE,
  'POST /api/auth/password': ANY_ROLE,
  'POST /api/auth/totp/setup': ANY_ROLE,
  'POST /api/auth/totp/enable': ANY_ROLE,
  'POST /api/auth/totp/disable': ANY_ROLE,

  'GET /api/regions': REFERENCE_READERS,
  'GET /api/grids': REFERENCE_READERS,
  'GET /api/venues': REFERENCE_READERS,
  'GET /api/venues/{id}': REFERENCE_READERS,
  'POST /api/venues': REFERENCE_EDITORS,
  'PATCH /api/venues/{id}': REFERENCE_EDITORS,
  'GET /api/deputies': REFERENCE_READERS,
  'GET /api/deputies/{id}': REFERENCE_READERS,
  'POST /api/deputies/{id}/reveal-phone': CONTACT_REVEALERS,
  'GET /api/deputy-groups': REFERENCE_READERS,
  'GET /api/units': REFERENCE_READERS,
  'GET /api/platform-types': REFERENCE_READERS,
  'POST /api/units': COUNTY_ADMIN,
  'PATCH /api/units/{id}': COUNTY_ADMIN,

  // The duty schedule: read by those who browse the directory; kept by county, town and station staff.
  'GET /api/duty/slots': signedIn('deputy', 'unit_staff'),
  'GET /api/duty/rules': signedIn('deputy', 'unit_staff'),
  'POST /api/duty/rules': DUTY_KEEPERS,
  'PUT /api/duty/rules/{id}': DUTY_KEEPERS,
  'POST /api/duty/rules/{id}/retire': DUTY_KEEPERS,
  'POST /api/duty/slots/{id}/{action}': DUTY_KEEPERS,
  'GET /api/public/duty-schedule': PUBLIC,
  // Rounds and reception records: read by those who browse the directory; rounds planned by the duty keepers;
  // recorded by staff and deputies, never by a unit's staff.
  'GET /api/rounds': signedIn('deputy', 'unit_staff'),
  'GET /api/rounds/{id}': signedIn('deputy', 'unit_staff'),
  'POST /api/rounds': DUTY_KEEPERS,
  'PUT /api/rounds/{id}': DUTY_KEEPERS,
  'POST /api/rounds/{id}/{action}': signedIn('deputy', 'unit_staff'),
  'GET /api/receptions': signedIn('deputy', 'unit_staff'),
  'GET /api/receptions/{id}': signedIn('deputy', 'unit_staff'),
  'POST /api/receptions': signedIn('deputy', 'unit_staff'),
  'POST /api/receptions/{id}/visitors': signedIn('deputy', 'unit_staff'),
  'POST /api/receptions/{id}/{action}': signedIn('deputy', 'unit_staff'),
  'POST /api/receptions/{id}/visitors/{visitorId}/reveal-contact': signedIn('station_staff', 'deputy'),
  'GET /api/public/rounds': PUBLIC,
  // Deputies' records (履职档案): each deputy their own, county and town staff their region's deputies.
  'GET /api/deputies/{id}/record': RECORD_READERS,
  'GET /api/deputy-records': RECORD_KEEPERS,
  'POST /api/deputies/{id}/record/entries': RECORD_READERS,
  'PUT /api/deputy-record-entries/{id}': RECORD_READERS,
  'POST /api/deputy-record-entries/{id}/retire': RECORD_READERS,
  'GET /api/public/recovery': PUBLIC,
  // Livelihood-project sites (领办督): read by staff, units and deputies in scope; projects and sites kept by
  // county and town congress staff; the monthly report by lead deputies (an action's relation is the site's).
  'GET /api/projects': signedIn('unit_staff', 'integrity_liaison'),
  'POST /api/projects': COUNTY_ADMIN,
  'PUT /api/projects/{id}': COUNTY_ADMIN,
  'GET /api/projects/sites': signedIn('unit_staff', 'integrity_liaison'),
  'POST /api/projects/sites': signedIn('town_staff', 'deputy'),
  'GET /api/projects/sites/{id}': signedIn('unit_staff', 'integrity_liaison'),
  'PUT /api/projects/sites/{id}': signedIn('town_staff', 'deputy'),
  'POST /api/projects/sites/{id}/photos': signedIn('deputy', 'integrity_liaison'),
  'POST /api/projects/sites/{id}/{action}': signedIn('deputy', 'integrity_liaison'),
  'GET /api/export/project-progress': signedIn('unit_staff', 'integrity_liaison'),
  // Deputies' proposals (代表建议): read by deputies, staff and units in relation; drafted by deputies only.
  'GET /api/proposals': signedIn('unit_staff', 'integrity_liaison'),
  'POST /api/proposals': signedIn('deputy', 'county_admin'),
  'GET /api/proposals/{id}': signedIn('unit_staff', 'integrity_liaison'),
  'PATCH /api/proposals/{id}': signedIn('deputy', 'town_staff'),
  'POST /api/proposals/{id}/{action}': signedIn('unit_staff', 'station_staff'),
  'GET /api/export/proposals': signedIn('town_staff', 'integrity_liaison'),
  'GET /api/public/projects': PUBLIC,
  'GET /api/public/projects/sites.geojson': PUBLIC,
  'GET /api/public/projects/sites/{id}': PUBLIC,
  'GET /api/public/projects/sites/{id}/photos/{fileId}': PUBLIC,

  'GET /api/audit': COUNTY_ADMIN,
  'GET /api/users': COUNTY_ADMIN,
  'POST /api/users': COUNTY_ADMIN,
  'PATCH /api/users/{id}': COUNTY_ADMIN,
  'POST /api/users/{id}/password-reset': COUNTY_ADMIN,

  'POST /api/import/deputies': COUNTY_ADMIN,
  'GET /api/import/deputies/template': COUNTY_ADMIN,
  'POST /api/import/regions': COUNTY_ADMIN,
  'GET /api/import/regions/template': COUNTY_ADMIN,
  'POST /api/import/venues': REFERENCE_EDITORS,
  'GET /api/import/venues/template': REFERENCE_EDITORS,
  'GET /api/export/regions': REFERENCE_READERS,
  'GET /api/export/grids': REFERENCE_READERS,
  'GET /api/export/venues': REFERENCE_READERS,
  'GET /api/export/deputies': REFERENCE_READERS,
  'GET /api/export/deputy-groups': REFERENCE_READERS,
  'GET /api/export/units': REFERENCE_READERS,
  'GET /api/export/suggestions': SUGGESTION_STAFF,
  'GET /api/export/audit': COUNTY_ADMIN,
  'GET /api/export/deputy-records': RECORD_KEEPERS,

  'GET /api/suggestions': SUGGESTION_STAFF,
  // Intake on behalf of a citizen: county admin, town and station staff, deputies; not handling units.
  'POST /api/suggestions': signedIn('station_staff', 'unit_staff'),
  'GET /api/suggestions/{id}': SUGGESTION_STAFF,
  // Published answers (办理结果公开): the items' managers, county and town staff.
  'GET /api/suggestions/{id}/publication': signedIn('town_staff', 'station_staff'),
  'PUT /api/suggestions/{id}/publication': signedIn('town_staff', 'unit_staff'),
  'POST /api/suggestions/{id}/publication/withdraw': signedIn('county_admin', 'deputy'),
  'GET /api/public/answers': PUBLIC,
  'GET /api/public/openness': PUBLIC,
  'GET /api/public/answers/{id}': PUBLIC,
  'POST /api/suggestions/{id}/accept': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/reject': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/merge': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/answer-on-spot': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/route': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/assign': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/return': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/sign': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/start': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/request-extension': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/decide-extension': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/urge': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/escalate': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/reply': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/review': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/send-back': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/give-feedback': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/note': SUGGESTION_STAFF,
  // Bulk assignment: county admin and town staff.
  'POST /api/suggestions/bulk-assign': signedIn('town_staff', 'unit_staff'),
  'POST /api/suggestions/{id}/reveal-contact': SUGGESTION_STAFF,
  'POST /api/suggestions/{id}/attachments': SUGGESTION_STAFF,
  'GET /api/suggestions/{id}/photos/{fileId}': SUGGESTION_STAFF,

  'POST /api/public/uploads': PUBLIC,
  'POST /api/public/suggestions': PUBLIC,
  'GET /api/public/suggestions/{trackingCode}': PUBLIC,
  'POST /api/public/suggestions/{trackingCode}/rating': PUBLIC,
  'POST /api/public/suggestions/{trackingCode}/reopen': PUBLIC,
  'GET /api/public/suggestions/{trackingCode}/photos/{fileId}': PUBLIC,
  'GET /api/public/suggestions/{trackingCode}/attachments/{fileId}': PUBLIC,
  'POST /api/public/recovery/codes': {
    access: 'public',
    request: () => ({ payload: { phone: '13800000000' } }),
  },
  'POST /api/public/recovery/verify': {
    access: 'public',
    request: () => ({ payload: { phone: '13800000000', code: '123456' } }),
  },
  'GET /api/public/regions': PUBLIC,
  'GET /api/public/venues': PUBLIC,
  'GET /api/public/venues/{id}': PUBLIC,
  'GET /api/public/deputies': PUBLIC,
  'GET /api/public/deputies/{id}': PUBLIC,
  'GET /api/public/venues/{id}/qr.svg': PUBLIC,
  'GET /api/public/venues/{id}/qr.png': PUBLIC,
  'GET /api/public/deputies/{id}/qr.svg': PUBLIC,
  'GET /api/public/deputies/{id}/qr.png': PUBLIC,
  'GET /api/public/map': PUBLIC,
  'GET /api/public/map/regions.geojson': PUBLIC,
  'GET /api/public/map/venues.geojson': PUBLIC,
  // Support (附议) and subscriptions (关注): anyone; an item's count for staff who may read it; the threshold set
  // by county admins.
  'GET /api/public/answers/{id}/support': PUBLIC,
  'POST /api/public/answers/{id}/support': PUBLIC,
  'GET /api/public/subscriptions': PUBLIC,
  'POST /api/public/subscriptions': PUBLIC,
  'POST /api/public/subscriptions/confirm': PUBLIC,
  'POST /api/public/subscriptions/unsubscribe': PUBLIC,
  'GET /api/public/feeds/towns/{code}.atom': PUBLIC,
  'GET /api/public/feeds/categories/{code}.atom': PUBLIC,
  'GET /api/public/follow/towns/{code}': PUBLIC,
  'GET /api/suggestions/{id}/support': SUGGESTION_STAFF,
  'GET /api/settings/support-threshold': SUGGESTION_STAFF,
  'PUT /api/settings/support-threshold': COUNTY_ADMIN,

  'GET /api/notifications': ANY_ROLE,
  'GET /api/workspace': ANY_ROLE,
  'GET /api/notifications/unread-count': ANY_ROLE,
  'POST /api/notifications/{id}/read': ANY_ROLE,
  'POST /api/notifications/read-all': ANY_ROLE,

  'GET /api/calendar': ANY_ROLE,
  'PUT /api/calendar/overrides/{day}': COUNTY_ADMIN,
  'DELETE /api/calendar/overrides/{day}': COUNTY_ADMIN,
  'GET /api/calendar/years/{year}': ANY_ROLE,
  'PUT /api/calendar/notices/{year}': COUNTY_ADMIN,
  'GET /api/settings/office-hours': ANY_ROLE,
  'PUT /api/settings/office-hours': COUNTY_ADMIN,
  'GET /api/time-limits': ANY_ROLE,
  'PUT /api/time-limits': COUNTY_ADMIN,

  // Partner systems: their keys are the county admins'; the partner API and Open311's POST take a key's scope.
  'GET /api/partners': COUNTY_ADMIN,
  'POST /api/partners': COUNTY_ADMIN,
  'POST /api/partners/{id}/keys': COUNTY_ADMIN,
  'POST /api/partners/{id}/keys/{keyId}/revoke': COUNTY_ADMIN,
  'PUT /api/partners/{id}/webhook': COUNTY_ADMIN,
  'POST /api/partner/v1/suggestions': partnerKey('intake'),
  'GET /api/partner/v1/suggestions/{reference}': partnerKey('status'),
  'GET /api/partner/v1/assignments/{id}': partnerKey('platform_reply'),
  'POST /api/partner/v1/assignments/{id}/reply': partnerKey('platform_reply'),
  'GET /open311/v2/services.json': PUBLIC,
  'GET /open311/v2/requests.json': PUBLIC,
  'GET /open311/v2/requests/{id}.json': PUBLIC,
  'POST /open311/v2/requests.json': partnerKey('intake'),
}

let t: TestApp
let doc: OpenApiDocument
let w: World
const sessions = new Map<Role, Promise<Session>>()

beforeAll(async () => {
  t = await createTestApp()
  doc = await openApi(t.app)
  const { db, cipher } = t.ctx
  const { townCode, villageCode } = await buildTown(db)
  const venue = await buildVenue(db, townCode)
  const unit = await buildUnit(db, townCode)
  const deputy = await buildDeputy(db, cipher, villageCode)
  const grants: Record<Role, Parameters<typeof buildUser>[1]> = {
    county_admin: { role: 'county_admin', regionCode: '330521000000' },
    town_staff: { role: 'town_staff', regionCode: townCode },
    station_staff: { role: 'station_staff', venueId: venue.id },
    deputy: { role: 'deputy', deputyId: deputy.id },
    unit_staff: { role: 'unit_staff', unitId: unit.id },
    integrity_liaison: { role: 'integrity_liaison', regionCode: '330521000000' },
  }
  const roles = Object.keys(grants) as Role[]
  const users = await Promise.all(roles.map((r) => buildUser(db, grants[r])))
  const usernames = Object.fromEntries(roles.map((r, i) => [r, users[i]!.username])) as Record<Role, string>
  // Partner keys, issued as a county admin would: one for intake and status, one for a platform's replies.
  const admin = await login(t.app, usernames.county_admin, TEST_PASSWORD)
  const type = await buildPlatformType(db)
  const platformUnit = await db
    .insertInto('units')
    .values({
      code: 'U-PLATFORM-AUTHZ',
      name: '授权测试平台',
      kind: 'platform',
      platform_type: type.code,
      region_code: townCode,
      county_code: '330521000000',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const issue = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/partners', body)
    if (res.statusCode !== 201) throw new Error(`issuing a partner key: ${res.statusCode} ${res.body}`)
    return res.json().key as string
  }
  const province = await issue({ name: '省平台', kind: 'province', scopes: ['intake', 'status'] })
  const platform = await issue({
    name: '镇平台',
    kind: 'platform',
    unitId: platformUnit.id,
    scopes: ['platform_reply'],
  })
  w = {
    usernames,
    keys: {
      intake: { holding: province, lacking: platform },
      status: { holding: province, lacking: platform },
      platform_reply: { holding: platform, lacking: province },
    },
  }
})
afterAll(async () => t?.close())

/** One session per role, signed in again when a call ended it (signing out is one of the routes). */
async function sessionOf(role: Role): Promise<Session> {
  const cached = sessions.get(role)
  if (cached && (await (await cached).get('/api/auth/me')).statusCode === 200) return cached
  const fresh = login(t.app, w.usernames[role], TEST_PASSWORD)
  sessions.set(role, fresh)
  return fresh
}

function routeOf(key: string) {
  const route = routesOf(doc).find((r) => r.key === key)
  if (!route) throw new Error(`${key} is not in the OpenAPI document`)
  return route
}

function requestFor(key: string, options: SampleOptions & { payload?: unknown } = {}) {
  const sample = sampleRequest(doc, routeOf(key), options)
  return { ...sample, ...('payload' in options ? { payload: options.payload } : {}) }
}

const callAs = (session: Session | null, key: string, options: SampleOptions & { payload?: unknown } = {}) =>
  send(session, requestFor(key, options))

async function send(session: Session | null, r: SampleRequest) {
  const res = session
    ? await session.request(r.method, r.url, r.payload, r.headers)
    : await t.app.inject({
        method: r.method as 'GET',
        url: r.url,
        headers: r.headers,
        ...(r.payload === undefined ? {} : { payload: r.payload as object }),
      })
  let code: string | undefined
  try {
    code = res.json().code
  } catch {
    code = undefined
  }
  return { status: res.statusCode, code, body: res.body.slice(0, 300) }
}

describe('the access table and the OpenAPI document', () => {
  it('has a row for every route of the document, and none for a route it lacks', async () => {
    const routes = routesOf(doc).map((r) => r.key)
    expect(
      routes.filter((key) => !(key in ACCESS)),
      'routes without a row in ACCESS (server/test/route-authz.int.test.ts)',
    ).toEqual([])
    expect(
      Object.keys(ACCESS).filter((key) => !routes.includes(key)),
      'rows of ACCESS for routes the document does not have',
    ).toEqual([])
  })

  it('declares on every route who may call it, as the table says', () => {
    const problems: string[] = []
    for (const route of routesOf(doc)) {
      const op = route.operation as { 'x-public'?: boolean; 'x-reach'?: string }
      const row = ACCESS[route.key]
      const reach = op['x-reach']
      if (!op['x-public'] && !reach) problems.push(`${route.key}: declares no gate (config: { reach })`)
      if (!row) continue
      if (row.access === 'partner' || reach?.startsWith('partner:')) {
        if (row.access !== 'partner' || reach !== `partner:${row.scope}`)
          problems.push(`${route.key}: x-reach ${reach}, but the table says ${JSON.stringify(row)}`)
        continue
      }
      if ((row.access === 'public') !== Boolean(op['x-public']))
        problems.push(`${route.key}: x-public ${op['x-public']}, but the table says ${row.access}`)
      if (row.access !== 'signed_in' || !reach) continue
      const roles: readonly string[] | undefined =
        reach === 'signed_in' ? undefined : ROLE_SETS[reach as keyof typeof ROLE_SETS]
      if (reach !== 'signed_in' && !roles) problems.push(`${route.key}: unknown role set ${reach}`)
      if (roles && !roles.includes(row.allowed))
        problems.push(`${route.key}: ${reach} does not hold ${row.allowed}, whom the table lets through`)
      if (row.refused && (!roles || roles.includes(row.refused)))
        problems.push(`${route.key}: ${reach} lets ${row.refused} in, whom the table refuses`)
    }
    expect(problems).toEqual([])
  })
})

/** The request, sent with a partner's key instead of a session. */
const withKey = (key: string, r: SampleRequest): SampleRequest => ({
  ...r,
  headers: { ...r.headers, authorization: `Bearer ${key}` },
})

describe.each(Object.entries(ACCESS))('%s', (key, row) => {
  if (row.access === 'partner') {
    it('answers 401 to anonymous callers and to staff sessions, whatever they send', async () => {
      const res = await callAs(null, key)
      expect(res.status, res.body).toBe(401)
      expect(res.code).toBe('unauthenticated')
      const bad = invalidRequest(doc, routeOf(key))
      if (bad) expect((await send(null, bad)).code).toBe('unauthenticated')
      const staff = await callAs(await sessionOf('county_admin'), key)
      expect(staff.status, staff.body).toBe(401)
    })
    it(`answers 403 to a key without the ${row.scope} scope, before looking at the request`, async () => {
      const res = await send(null, withKey(w.keys[row.scope].lacking, requestFor(key)))
      expect(res.status, res.body).toBe(403)
      expect(res.code).toBe('forbidden')
      const bad = invalidRequest(doc, routeOf(key))
      if (bad) expect((await send(null, withKey(w.keys[row.scope].lacking, bad))).status).toBe(403)
    })
    it(`lets a key with the ${row.scope} scope through`, async () => {
      const res = await send(null, withKey(w.keys[row.scope].holding, requestFor(key)))
      expect([401, 403], `${res.status} ${res.body}`).not.toContain(res.status)
    })
    return
  }
  if (row.access === 'public') {
    it('is open to anonymous callers', async () => {
      const res = await callAs(null, key, row.request?.(w))
      expect(res.status, res.body).not.toBe(403)
      expect(res.code, res.body).not.toBe('unauthenticated')
      expect(res.code, res.body).not.toBe('forbidden')
    })
    return
  }
  it('answers 401 to anonymous callers, whatever they send', async () => {
    const res = await callAs(null, key)
    expect(res.status, res.body).toBe(401)
    expect(res.code).toBe('unauthenticated')
    const bad = invalidRequest(doc, routeOf(key))
    if (bad) expect((await send(null, bad)).code).toBe('unauthenticated')
  })
  if (row.refused) {
    const refused = row.refused
    it(`answers 403 to ${refused}`, async () => {
      const res = await callAs(await sessionOf(refused), key)
      expect(res.status, res.body).toBe(403)
      expect(res.code).toBe('forbidden')
    })
    it(`answers 403 to ${refused} before looking at a request the schemas refuse`, async ({ skip }) => {
      const bad = invalidRequest(doc, routeOf(key))
      if (!bad) return skip('the route takes nothing that could be refused')
      // The request is indeed refused: a caller the gate lets through is told what is wrong with it.
      const checked = await send(await sessionOf(row.allowed), bad)
      expect(checked.status, checked.body).toBe(400)
      const res = await send(await sessionOf(refused), bad)
      expect(res.status, res.body).toBe(403)
      expect(res.code).toBe('forbidden')
    })
  }
  it(`lets ${row.allowed} through`, async () => {
    const res = await callAs(await sessionOf(row.allowed), key)
    expect([401, 403], `${res.status} ${res.body}`).not.toContain(res.status)
  })
})
