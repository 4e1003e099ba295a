import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Random } from '../src/demo/random.ts'
import type { DemoWorld } from '../src/demo/world.ts'
import { subscriptionsStep } from '../src/modules/subscriptions/demo.ts'
import { supportsStep } from '../src/modules/supports/demo.ts'
import { createTestApp, TEST_COUNTY, type TestApp } from './harness.ts'
import { act, type LoopSessions, type LoopWorld, loopWorld, submitItem } from './loop-items.ts'
import { device, publish } from './publication-factories.ts'

/** Support (附议): once per device and phone, only on published open items, merged duplicates, the threshold. */

let t: TestApp
let w: LoopWorld
let s: LoopSessions
beforeAll(async () => {
  t = await createTestApp()
  ;({ w, s } = await loopWorld(t))
})
afterAll(async () => t.close())

const support = (id: string, body: { device: string; phone?: string }) =>
  t.app.inject({ method: 'POST', url: `/api/public/answers/${id}/support`, payload: body })
const supportState = (id: string, dev?: string) =>
  t.app.inject({ method: 'GET', url: `/api/public/answers/${id}/support${dev ? `?device=${dev}` : ''}` })

async function publishedItem(extra: { phone?: string } = {}) {
  const item = await submitItem(t, w, extra)
  await publish(t.ctx.db, item.id)
  return item
}

describe('support (附议)', () => {
  it('counts a device once, and a phone once whatever the device', async () => {
    const item = await publishedItem()
    const me = device()
    expect((await supportState(item.id, me)).json()).toEqual({ count: 0, supported: false, open: true })
    const first = await support(item.id, { device: me, phone: '13912345678' })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toEqual({ count: 1, supported: true, open: true })
    expect((await supportState(item.id, me)).json()).toEqual({ count: 1, supported: true, open: true })
    expect((await supportState(item.id, device())).json().supported).toBe(false)

    const again = await support(item.id, { device: me })
    expect(again.statusCode).toBe(409)
    expect(again.json().message.zh).toContain('您已附议过')
    expect(again.json().message.en).toContain('already')
    // The same phone from another device, written another way.
    const samePhone = await support(item.id, { device: device(), phone: '139 1234 5678' })
    expect(samePhone.statusCode).toBe(409)
    expect((await support(item.id, { device: device() })).json().count).toBe(2)

    // Stored as keyed hashes only, and audited without them.
    const rows = await t.ctx.db
      .selectFrom('suggestion_supports')
      .selectAll()
      .where('suggestion_id', '=', item.id)
      .execute()
    expect(rows).toHaveLength(2)
    expect(JSON.stringify(rows)).not.toContain(me)
    expect(JSON.stringify(rows)).not.toContain('13912345678')
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'support.add')
      .where('target_id', '=', item.id)
      .execute()
    expect(audits).toHaveLength(2)
    expect(JSON.stringify(audits)).not.toContain('13912345678')
  })

  it('refuses unpublished, withdrawn, answered and closed items', async () => {
    const unpublished = await submitItem(t, w)
    expect((await support(unpublished.id, { device: device() })).statusCode).toBe(404)
    expect((await supportState(unpublished.id)).statusCode).toBe(404)

    const withdrawn = await submitItem(t, w)
    await publish(t.ctx.db, withdrawn.id, { status: 'withdrawn' })
    expect((await support(withdrawn.id, { device: device() })).statusCode).toBe(404)

    for (const status of ['feedback_given', 'closed', 'rejected'] as const) {
      const item = await publishedItem()
      await t.ctx.db.updateTable('suggestions').set({ status }).where('id', '=', item.id).execute()
      const res = await support(item.id, { device: device() })
      expect(res.statusCode, status).toBe(409)
      expect(res.json().message.zh).toContain('不再接受附议')
      expect((await supportState(item.id)).json().open).toBe(false)
    }
    // Replied (not yet sent to the citizen) is still being handled.
    const replied = await publishedItem()
    await t.ctx.db
      .updateTable('suggestions')
      .set({ status: 'replied' })
      .where('id', '=', replied.id)
      .execute()
    expect((await support(replied.id, { device: device() })).statusCode).toBe(200)

    const bad = await support(replied.id, { device: 'not-a-uuid' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().field ?? JSON.stringify(bad.json())).toContain('device')
    const badPhone = await support(replied.id, { device: device(), phone: '12' })
    expect(badPhone.statusCode).toBe(400)
    expect(JSON.stringify(badPhone.json())).toContain('body.phone')
  })

  it('counts the items merged into an item, and their supports', async () => {
    const primary = await publishedItem()
    const duplicate = await publishedItem()
    await support(primary.id, { device: device() })
    await support(duplicate.id, { device: device() })
    await support(duplicate.id, { device: device() })
    await act(s.station, duplicate.id, 'merge', { primaryId: primary.id })
    // 1 own + 1 merged item + its 2 supports.
    expect((await supportState(primary.id)).json().count).toBe(4)
    // A merged item takes no more support.
    expect((await support(duplicate.id, { device: device() })).statusCode).toBe(409)
    const staff = await s.town.get(`/api/suggestions/${primary.id}/support`)
    expect(staff.statusCode, staff.body).toBe(200)
    expect(staff.json()).toMatchObject({
      count: 4,
      direct: 1,
      merged: 1,
      threshold: 10,
      highAttention: false,
    })
  })

  it('tells the manager once when the count reaches the threshold; staff filter and sort by it', async () => {
    const set = await s.admin.request('PUT', '/api/settings/support-threshold', { threshold: 3 })
    expect(set.statusCode, set.body).toBe(200)
    expect((await s.town.get('/api/settings/support-threshold')).json()).toEqual({ threshold: 3 })
    expect(
      (await s.town.request('PUT', '/api/settings/support-threshold', { threshold: 2 })).statusCode,
    ).toBe(403)
    const bad = await s.admin.request('PUT', '/api/settings/support-threshold', { threshold: 0 })
    expect(bad.statusCode).toBe(400)

    const item = await publishedItem()
    const alerts = () =>
      t.ctx.db
        .selectFrom('notifications')
        .selectAll()
        .where('kind', '=', 'suggestion.high_attention')
        .where('subject_id', '=', item.id)
        .execute()
    await support(item.id, { device: device() })
    await support(item.id, { device: device() })
    expect(await alerts()).toHaveLength(0)
    // Two supports at once cross the threshold: one message.
    await Promise.all([support(item.id, { device: device() }), support(item.id, { device: device() })])
    await support(item.id, { device: device() })
    const sent = await alerts()
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ channel: 'in_app', recipient_type: 'region', recipient_id: w.townCode })
    expect(sent[0]!.title).toContain('关注度高')

    // The town's inbox shows it.
    const inbox = await s.town.get('/api/notifications?limit=50')
    expect(JSON.stringify(inbox.json())).toContain('关注度高')

    const staff = await s.town.get(`/api/suggestions/${item.id}/support`)
    expect(staff.json()).toMatchObject({ count: 5, highAttention: true })
    expect(staff.json().label.zh).toBe('附议 5 · 关注度高')
    const high = await s.town.get('/api/suggestions?highAttention=true&limit=100')
    expect(high.statusCode, high.body).toBe(200)
    const ids = high.json().items.map((i: { id: string }) => i.id)
    expect(ids).toContain(item.id)
    for (const i of high.json().items) expect(i.highAttention).toBe(true)
    const sorted = await s.town.get('/api/suggestions?sort=support&limit=5')
    expect(sorted.json().items[0]).toMatchObject({ id: item.id, supportCount: 5, highAttention: true })
    const low = await s.town.get('/api/suggestions?highAttention=false&limit=100')
    expect(low.json().items.map((i: { id: string }) => i.id)).not.toContain(item.id)
    await s.admin.request('PUT', '/api/settings/support-threshold', { threshold: 10 })
  })

  it('shows an item’s count only to staff who may see the item', async () => {
    const item = await publishedItem()
    const unit = await s.unit.get(`/api/suggestions/${item.id}/support`)
    expect(unit.statusCode).toBe(404)
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/suggestions/${item.id}/support` })).statusCode,
    ).toBe(401)
  })
})

describe('the demo’s supports and subscriptions', () => {
  it('adds seeded supports to published open items only, the same on a second run', async () => {
    const open = await publishedItem()
    const closed = await publishedItem()
    await t.ctx.db.updateTable('suggestions').set({ status: 'closed' }).where('id', '=', closed.id).execute()
    const ctx = () => ({
      db: t.ctx.db,
      rng: new Random('supports-demo'),
      world: { countyCode: TEST_COUNTY, towns: [] } as unknown as DemoWorld,
      cipher: t.ctx.cipher,
      passwordHash: '',
      now: new Date(),
      counts: {} as Record<string, number>,
    })
    const first = ctx()
    await supportsStep.run(first)
    const count = async (id: string) =>
      Number(
        (
          await t.ctx.db
            .selectFrom('suggestion_supports')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('suggestion_id', '=', id)
            .executeTakeFirstOrThrow()
        ).n,
      )
    expect(first.counts.suggestion_supports).toBeGreaterThan(0)
    expect(await count(closed.id)).toBe(0)
    const before = await count(open.id)
    await supportsStep.run(ctx())
    expect(await count(open.id)).toBe(before)

    const subs = {
      ...ctx(),
      world: { countyCode: TEST_COUNTY, towns: [{ code: w.townCode }] } as unknown as DemoWorld,
    }
    await subscriptionsStep.run(subs)
    await subscriptionsStep.run(subs)
    const rows = await t.ctx.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('target_id', '=', w.townCode)
      .execute()
    expect(rows.filter((r) => r.status === 'active')).toHaveLength(1)
    expect(rows[0]!.phone_enc).not.toMatch(/^1\d{10}$/)
  })
})
