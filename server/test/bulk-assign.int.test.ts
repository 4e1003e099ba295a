import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeputy, buildTown, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import { act, type LoopSessions, type LoopWorld, loopWorld, submitItem } from './loop-items.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/**
 * POST /api/suggestions/bulk-assign: county admin and town staff assign several routed items to the same lead
 * unit (and co-units) at once. Each item succeeds or fails on its own, in its own transaction, and answers in the
 * order asked: `{ id, ok: true, status }`, or `{ id, ok: false, code, message: { zh, en } }`. A success is an
 * ordinary assignment: the item's event and its audit row; a failure leaves the item as it was.
 */

let t: TestApp
let w: LoopWorld
let s: LoopSessions
beforeAll(async () => {
  t = await createTestApp()
  ;({ w, s } = await loopWorld(t))
})
afterAll(async () => t?.close())

const bulkAssign = (session: Session, body: unknown) => session.post('/api/suggestions/bulk-assign', body)

/** A citizen's item in the world's town, accepted and routed to the given tier by the station. */
async function routedItem(tier: 'town' | 'county' = 'town') {
  const item = await submitItem(t, w)
  await act(s.station, item.id, 'accept')
  await act(s.station, item.id, 'route', { tier })
  return item
}

const statusOf = async (id: string) => (await s.admin.get(`/api/suggestions/${id}`)).json().status as string

async function trailOf(id: string) {
  const events = await t.ctx.db
    .selectFrom('suggestion_events')
    .select(['action', 'from_status', 'to_status', 'actor_id', 'note'])
    .where('suggestion_id', '=', id)
    .where('action', '=', 'assign')
    .execute()
  const audits = await t.ctx.db
    .selectFrom('audit_log')
    .select(['actor_id', 'result', 'target_type', 'detail'])
    .where('target_id', '=', id)
    .where('action', '=', 'suggestion.assign')
    .execute()
  return {
    events,
    audits: audits.map((a) => ({
      ...a,
      detail: (typeof a.detail === 'string' ? JSON.parse(a.detail) : a.detail) as Record<string, unknown>,
    })),
  }
}

describe('bulk assignment', () => {
  it('assigns every routed item to the lead unit and co-units, each with its event and audit row', async () => {
    const items = [await routedItem(), await routedItem(), await routedItem()]
    const res = await bulkAssign(s.town, {
      ids: items.map((i) => i.id),
      leadUnitId: w.townUnit.id,
      coUnitIds: [w.countyUnit.id],
      note: '请一并办理',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({ results: items.map((i) => ({ id: i.id, ok: true, status: 'assigned' })) })

    for (const item of items) {
      const detail = (await s.town.get(`/api/suggestions/${item.id}`)).json()
      expect(detail.status).toBe('assigned')
      expect(detail.units).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: w.townUnit.id, role: 'lead' }),
          expect.objectContaining({ id: w.countyUnit.id, role: 'co' }),
        ]),
      )
      expect(detail.dueAt, 'the completion clock runs from the assignment').toBeTruthy()
      const { events, audits } = await trailOf(item.id)
      expect(events).toEqual([
        {
          action: 'assign',
          from_status: 'routed',
          to_status: 'assigned',
          actor_id: w.townStaff.id,
          note: '请一并办理',
        },
      ])
      expect(audits).toHaveLength(1)
      expect(audits[0]).toMatchObject({
        actor_id: w.townStaff.id,
        result: 'success',
        target_type: 'suggestion',
        detail: expect.objectContaining({ from: 'routed', to: 'assigned' }),
      })
      // The lead unit now holds it: it is in the unit's queue and the unit may sign for it.
      const queue = (await s.unit.get(`/api/suggestions?q=${item.trackingCode}`)).json()
      expect(queue.items.map((i: { id: string }) => i.id)).toContain(item.id)
    }
  })

  it('lets each item succeed or fail on its own, with a code and a message in both languages', async () => {
    const routed = await routedItem()
    const notYetRouted = await submitItem(t, w)
    const countyTier = await routedItem('county')
    // An item of another town: outside the town staff's scope, so it does not exist for them.
    const other = await buildTown(t.ctx.db)
    const otherVenue = await buildVenue(t.ctx.db, other.townCode)
    const outside = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: {
        consent: true,
        content: '邻镇的公交站台雨棚破损，需要修理。',
        venueId: otherVenue.id,
        regionCode: other.villageCode,
      },
    })
    expect(outside.statusCode, outside.body).toBe(201)
    const outsideId = (
      await t.ctx.db
        .selectFrom('suggestions')
        .select('id')
        .where('tracking_code', '=', outside.json().trackingCode)
        .executeTakeFirstOrThrow()
    ).id
    const admin = await login(t.app, w.admin.username, TEST_PASSWORD)
    await act(admin, outsideId, 'accept')
    await act(admin, outsideId, 'route', { tier: 'town' })
    const unknown = '00000000-0000-4000-8000-000000000000'

    const ids = [notYetRouted.id, routed.id, outsideId, countyTier.id, unknown]
    const res = await bulkAssign(s.town, { ids, leadUnitId: w.townUnit.id })
    expect(res.statusCode, res.body).toBe(200)
    const results = res.json().results as {
      id: string
      ok: boolean
      status?: string
      code?: string
      message?: { zh: string; en: string }
    }[]
    expect(
      results.map((r) => r.id),
      'one answer per item, in the order asked',
    ).toEqual(ids)
    const byId = new Map(results.map((r) => [r.id, r]))
    expect(byId.get(routed.id)).toEqual({ id: routed.id, ok: true, status: 'assigned' })
    const failures: [string, string][] = [
      [notYetRouted.id, 'invalid_transition'], // submitted: not yet accepted and routed
      [outsideId, 'not_found'], // another town's item
      [countyTier.id, 'forbidden'], // county tier: county staff assign it
      [unknown, 'not_found'],
    ]
    for (const [id, code] of failures) {
      const r = byId.get(id)!
      expect(r, `${id} should fail with ${code}`).toMatchObject({ id, ok: false, code })
      expect(r.status).toBeUndefined()
      expect(r.message?.zh, `${code}: message in Chinese`).toMatch(/\p{Script=Han}/u)
      expect(r.message?.en, `${code}: message in English`).toMatch(/[A-Za-z]/)
    }

    // The success wrote its event and audit row; the failures changed nothing and left no trace.
    expect((await trailOf(routed.id)).events).toHaveLength(1)
    expect((await trailOf(routed.id)).audits).toHaveLength(1)
    for (const [id] of failures) expect(await trailOf(id), id).toEqual({ events: [], audits: [] })
    expect(await statusOf(notYetRouted.id)).toBe('submitted')
    expect(await statusOf(outsideId)).toBe('routed')
    expect(await statusOf(countyTier.id)).toBe('routed')

    // The county tier is the county's: the county admin assigns it in bulk too.
    const county = await bulkAssign(s.admin, { ids: [countyTier.id], leadUnitId: w.countyUnit.id })
    expect(county.json()).toEqual({ results: [{ id: countyTier.id, ok: true, status: 'assigned' }] })
  })

  it('answers 400 naming the field for a bad body', async () => {
    const item = await routedItem()
    const cases: [unknown, string][] = [
      [{ leadUnitId: w.townUnit.id }, 'body.ids'],
      [{ ids: [], leadUnitId: w.townUnit.id }, 'body.ids'],
      [{ ids: Array.from({ length: 101 }, () => item.id), leadUnitId: w.townUnit.id }, 'body.ids'],
      [{ ids: ['not-a-uuid'], leadUnitId: w.townUnit.id }, 'body.ids.0'],
      [{ ids: [item.id] }, 'body.leadUnitId'],
      [{ ids: [item.id], leadUnitId: 'unit-1' }, 'body.leadUnitId'],
      [{ ids: [item.id], leadUnitId: w.townUnit.id, coUnitIds: 'x' }, 'body.coUnitIds'],
      [{ ids: [item.id], leadUnitId: w.townUnit.id, tier: 'town' }, 'body.tier'],
    ]
    for (const [body, field] of cases) {
      const res = await bulkAssign(s.town, body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json(), JSON.stringify(body)).toMatchObject({ code: 'validation_error', field })
      expect(res.json().message.zh).toBeTruthy()
      expect(res.json().message.en).toBeTruthy()
    }
    expect(await statusOf(item.id)).toBe('routed')
  })

  it('answers 401 to anonymous callers and 403 to roles that may not assign, and changes nothing', async () => {
    const item = await routedItem()
    const body = { ids: [item.id], leadUnitId: w.townUnit.id }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/suggestions/bulk-assign',
      payload: body,
    })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().code).toBe('unauthenticated')
    const deputy = await buildDeputy(t.ctx.db, t.ctx.cipher, w.villageCode)
    const deputyUser = await buildUser(t.ctx.db, { role: 'deputy', deputyId: deputy.id })
    const refused: [string, Session][] = [
      ['lead unit staff', s.unit],
      ['county unit staff', s.countyUnit],
      ['station staff', s.station],
      ['deputy', await login(t.app, deputyUser.username, TEST_PASSWORD)],
    ]
    for (const [who, session] of refused) {
      const res = await bulkAssign(session, body)
      expect(res.statusCode, who).toBe(403)
      expect(res.json().code, who).toBe('forbidden')
    }
    expect(await statusOf(item.id)).toBe('routed')
    expect(await trailOf(item.id)).toEqual({ events: [], audits: [] })
  })
})
