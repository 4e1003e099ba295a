import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildDeputy,
  buildDeputyGroup,
  buildGrid,
  buildPlatformType,
  buildTown,
  buildUnit,
  buildUser,
  buildVenue,
  TEST_PASSWORD,
} from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import { isPage, type OpenApiDocument, okSchema, openApi, routesOf } from './openapi.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/**
 * The list convention: every GET of the OpenAPI document whose answer is a page (`{ items, total }`) takes
 * `limit` and `offset`, and honours them: `limit=1` gives one item, `offset=1` the next one, and `total` counts
 * the whole list whatever the page. The table names each list with the caller who reads it and any filter it
 * needs; a list route without a row (or a row without its route) fails by name. The fixture gives every list at
 * least two rows, so a list that ignores paging cannot pass.
 */

type Caller = 'county_admin' | 'town_staff' | 'anonymous'

const LISTS: Record<string, { as: Caller; query?: Record<string, string> }> = {
  'GET /api/regions': { as: 'county_admin' },
  'GET /api/grids': { as: 'county_admin' },
  'GET /api/venues': { as: 'county_admin' },
  'GET /api/deputies': { as: 'county_admin' },
  'GET /api/deputy-groups': { as: 'county_admin' },
  'GET /api/units': { as: 'county_admin' },
  'GET /api/platform-types': { as: 'county_admin' },
  'GET /api/audit': { as: 'county_admin' },
  'GET /api/users': { as: 'county_admin' },
  'GET /api/suggestions': { as: 'county_admin' },
  'GET /api/deputy-records': { as: 'county_admin', query: { year: '2022' } },
  'GET /api/categories': { as: 'anonymous' },
  'GET /api/catalog/categories': { as: 'county_admin' },
  // Submissions in the town notify its town staff.
  'GET /api/notifications': { as: 'town_staff' },
  'GET /api/calendar': { as: 'town_staff', query: { from: '2026-02-02', to: '2026-02-13' } },
  'GET /api/time-limits': { as: 'town_staff' },
  'GET /api/public/regions': { as: 'anonymous' },
  'GET /api/public/venues': { as: 'anonymous' },
  'GET /api/public/deputies': { as: 'anonymous' },
  'GET /api/partners': { as: 'county_admin' },
  'GET /api/projects/sites': { as: 'county_admin' },
  'GET /api/public/answers': { as: 'anonymous' },
  'GET /api/proposals': { as: 'county_admin' },
}

let t: TestApp
let doc: OpenApiDocument
let sessions: Record<Exclude<Caller, 'anonymous'>, Session>

beforeAll(async () => {
  t = await createTestApp()
  doc = await openApi(t.app)
  const { db, cipher } = t.ctx
  const { townCode, villageCode } = await buildTown(db)
  const venues = [await buildVenue(db, townCode), await buildVenue(db, townCode)]
  for (let i = 0; i < 2; i++) {
    await buildGrid(db, villageCode)
    await buildDeputy(db, cipher, villageCode)
    await buildDeputyGroup(db, townCode, venues[i]!.id)
    await buildUnit(db, townCode)
    await buildPlatformType(db)
  }
  const admin = await buildUser(db, { role: 'county_admin', regionCode: '330521000000' })
  const town = await buildUser(db, { role: 'town_staff', regionCode: townCode })
  sessions = {
    county_admin: await login(t.app, admin.username, TEST_PASSWORD),
    town_staff: await login(t.app, town.username, TEST_PASSWORD),
  }
  for (const content of ['小区路灯坏了，晚上出行不便。', '村口道路坑洼，雨天积水严重。']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: {
        consent: true,
        publishConsent: true,
        content,
        venueId: venues[0]!.id,
        regionCode: villageCode,
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    // Accepted and published (the question alone), for the public list of answers.
    const { id } = await db
      .selectFrom('suggestions')
      .select('id')
      .where('tracking_code', '=', res.json().trackingCode)
      .executeTakeFirstOrThrow()
    expect((await sessions.county_admin.post(`/api/suggestions/${id}/accept`)).statusCode).toBe(200)
    const published = await sessions.county_admin.request('PUT', `/api/suggestions/${id}/publication`, {
      question: content,
      findings: [],
    })
    expect(published.statusCode, published.body).toBe(200)
  }
  const limits = await sessions.county_admin.request('PUT', '/api/time-limits', {
    tier: 'town',
    completionWorkingDays: 3,
    maxExtensionWorkingDays: 2,
    escalateAfterWorkingDays: 1,
    ratingWindowDays: 5,
  })
  expect(limits.statusCode, limits.body).toBe(200)
  const project = await sessions.county_admin.post('/api/projects', { year: 2026, name: '测试民生实事' })
  expect(project.statusCode, project.body).toBe(201)
  const deputy = await db.selectFrom('deputies').select('id').limit(1).executeTakeFirstOrThrow()
  for (const name of ['一村文化礼堂', '二村健身广场']) {
    const site = await sessions.county_admin.post('/api/projects/sites', {
      projectId: project.json().id,
      name,
      regionCode: villageCode,
      location: { lat: 30.55, lng: 119.96 },
      unitId: null,
      deputyIds: [deputy.id],
    })
    expect(site.statusCode, site.body).toBe(201)
  }
  for (const title of ['关于拓宽村道的建议', '关于增设路灯的建议'])
    await db
      .insertInto('proposals')
      .values({
        id: crypto.randomUUID(),
        year: 2026,
        title,
        reason: '群众反映',
        measures: '建议',
        lead_deputy_id: deputy.id,
        status: 'submitted',
        submitted_at: new Date(),
        county_code: '330521000000',
      })
      .execute()
  for (const [name, kind] of [
    ['省代表履职平台', 'province'],
    ['12345 热线', 'hotline'],
  ]) {
    const partner = await sessions.county_admin.post('/api/partners', { name, kind, scopes: ['intake'] })
    expect(partner.statusCode, partner.body).toBe(201)
  }
})
afterAll(async () => t?.close())

const pageRoutes = () => routesOf(doc).filter((r) => r.method === 'GET' && isPage(okSchema(doc, r.operation)))

describe('the list table and the OpenAPI document', () => {
  it('has a row for every GET answering a page, and none for anything else', () => {
    const pages = pageRoutes().map((r) => r.key)
    expect(
      pages.filter((key) => !(key in LISTS)),
      'lists without a row in LISTS (server/test/list-convention.int.test.ts)',
    ).toEqual([])
    expect(
      Object.keys(LISTS).filter((key) => !pages.includes(key)),
      'rows of LISTS that are not a GET answering a page',
    ).toEqual([])
  })
})

describe.each(Object.entries(LISTS))('%s', (key, row) => {
  const path = key.replace(/^GET /, '')
  const get = (paging: Record<string, string>) => {
    const url = `${path}?${new URLSearchParams({ ...row.query, ...paging })}`
    return row.as === 'anonymous' ? t.app.inject({ method: 'GET', url }) : sessions[row.as].get(url)
  }

  it('declares limit and offset', () => {
    const route = pageRoutes().find((r) => r.key === key)
    const names = (route?.operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
    expect(names, `${key} query parameters`).toEqual(expect.arrayContaining(['limit', 'offset']))
  })

  it('honours limit and offset, and total counts the whole list', async () => {
    const whole = await get({})
    expect(whole.statusCode, whole.body).toBe(200)
    const all = whole.json() as { items: unknown[]; total: number }
    expect(Object.keys(all).sort()).toEqual(['items', 'total'])
    expect(all.total, 'the fixture gives the list at least two rows').toBeGreaterThanOrEqual(2)

    const first = await get({ limit: '1', offset: '0' })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json().items, 'limit=1').toHaveLength(1)
    expect(first.json().total, 'total with limit=1').toBe(all.total)

    const second = await get({ limit: '1', offset: '1' })
    expect(second.statusCode, second.body).toBe(200)
    expect(second.json().items, 'limit=1&offset=1').toHaveLength(1)
    expect(second.json().total, 'total with offset=1').toBe(all.total)
    expect(second.json().items[0], 'offset=1 gives the next item').not.toEqual(first.json().items[0])
    if (all.items.length === all.total) {
      expect(all.items).toContainEqual(first.json().items[0])
      expect(all.items).toContainEqual(second.json().items[0])
    }
  })
})
