import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enqueue } from '../src/platform/notify.ts'
import { buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, TEST_COUNTY, type TestApp } from './harness.ts'
import { act, assignedItem, loopWorld, submitItem } from './loop-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

interface Item {
  id: string
  kind: string
  title: string
  body: string
  subject: { type: string; id: string } | null
  createdAt: string
  read: boolean
}

const inbox = async (s: Session, query = '') => {
  const res = await s.get(`/api/notifications${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as { items: Item[]; total: number }
}
const unreadCount = async (s: Session) =>
  (await s.get('/api/notifications/unread-count')).json().count as number
const about = (page: { items: Item[] }, suggestionId: string) =>
  page.items.filter((n) => n.subject?.id === suggestionId)

describe('the in-app inbox', () => {
  it('shows unit staff their unit’s messages and town staff their town’s, and no one else’s', async () => {
    const { w, s } = await loopWorld(t)
    const item = await assignedItem(t, w, s, { phone: '13912345678' })

    const town = await inbox(s.town)
    expect(about(town, item.id).map((n) => n.kind)).toEqual(['suggestion.routed', 'suggestion.submitted'])
    expect(town.total).toBeGreaterThanOrEqual(2)
    const unitPage = await inbox(s.unit)
    const [assigned] = about(unitPage, item.id)
    expect(assigned).toMatchObject({
      kind: 'suggestion.assigned',
      subject: { type: 'suggestion', id: item.id },
      read: false,
    })
    expect(assigned!.title).toContain(item.trackingCode)
    expect(Number.isNaN(Date.parse(assigned!.createdAt))).toBe(false)
    // Webhook messages to the citizen are not in anybody's inbox, and the phone appears nowhere.
    expect(JSON.stringify([town, unitPage])).not.toContain('citizen.')
    expect(JSON.stringify([town, unitPage])).not.toContain('13912345678')

    // Another unit's staff and a county admin see none of these (the town items are the town's).
    expect(about(await inbox(s.countyUnit), item.id)).toEqual([])
    expect(about(await inbox(s.admin), item.id)).toEqual([])
    // Another town's staff neither.
    const other = await loopWorld(t)
    expect(about(await inbox(other.s.town), item.id)).toEqual([])

    // Reading someone else's message answers 404, and changes nothing.
    expect((await s.countyUnit.post(`/api/notifications/${assigned!.id}/read`)).statusCode).toBe(404)
    expect((await other.s.town.post(`/api/notifications/${assigned!.id}/read`)).statusCode).toBe(404)
    expect(
      (await s.unit.post('/api/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode,
    ).toBe(404)

    const before = await unreadCount(s.unit)
    expect(before).toBeGreaterThanOrEqual(1)
    const read = await s.unit.post(`/api/notifications/${assigned!.id}/read`)
    expect(read.statusCode).toBe(200)
    expect(read.json()).toMatchObject({ id: assigned!.id, read: true })
    const readAt = read.json().readAt
    // Reading again keeps the first read time.
    expect((await s.unit.post(`/api/notifications/${assigned!.id}/read`)).json().readAt).toBe(readAt)
    expect(await unreadCount(s.unit)).toBe(before - 1)
    expect(about(await inbox(s.unit, '?unread=true'), item.id)).toEqual([])
    expect(about(await inbox(s.unit, '?unread=false'), item.id).map((n) => n.id)).toEqual([assigned!.id])
    // The unit's other staff share the unit inbox, each with their own read state.
    const colleague = await buildUser(t.ctx.db, { role: 'unit_staff', unitId: w.townUnit.id })
    const colleagueSession = await login(t.app, colleague.username, TEST_PASSWORD)
    expect(about(await inbox(colleagueSession), item.id)).toMatchObject([{ id: assigned!.id, read: false }])
    const colleagueUnread = await unreadCount(colleagueSession)
    expect(colleagueUnread).toBe(before)
    expect((await colleagueSession.post('/api/notifications/read-all')).json().count).toBe(colleagueUnread)
    expect(await unreadCount(colleagueSession)).toBe(0)
    expect(about(await inbox(colleagueSession), item.id)).toMatchObject([{ id: assigned!.id, read: true }])
    // Reading all of them is theirs alone too: the first reader's time is kept.
    expect((await s.unit.post(`/api/notifications/${assigned!.id}/read`)).json().readAt).toBe(readAt)
    expect(await unreadCount(s.unit)).toBe(before - 1)

    // The county admin sees county-level messages: a county-tier item routed to the county.
    const countyItem = await submitItem(t, w)
    await act(s.station, countyItem.id, 'accept')
    await act(s.station, countyItem.id, 'route', { tier: 'county' })
    expect(about(await inbox(s.admin), countyItem.id).map((n) => n.kind)).toEqual(['suggestion.routed'])
    expect(about(await inbox(s.town), countyItem.id).map((n) => n.kind)).toEqual(['suggestion.submitted'])
  })

  it('delivers messages addressed to a user, pages them, and marks all read', async () => {
    const { w } = await loopWorld(t)
    const user = await buildUser(t.ctx.db, { role: 'unit_staff', unitId: w.countyUnit.id })
    const s = await login(t.app, user.username, TEST_PASSWORD)
    const other = await buildUser(t.ctx.db, { role: 'unit_staff', unitId: w.countyUnit.id })
    await t.ctx.db.transaction().execute((trx) =>
      enqueue(
        trx,
        TEST_COUNTY,
        [1, 2, 3].map((i) => ({
          channel: 'in_app' as const,
          recipientType: 'user' as const,
          recipientId: user.id,
          kind: 'test.personal',
          title: `个人消息 ${i}`,
          body: `第 ${i} 条`,
        })),
      ),
    )
    await t.ctx.db.transaction().execute((trx) =>
      enqueue(trx, TEST_COUNTY, [
        {
          channel: 'in_app',
          recipientType: 'user',
          recipientId: other.id,
          kind: 'test.personal',
          title: '别人的消息',
          body: '不应看到',
        },
        {
          channel: 'webhook',
          recipientType: 'user',
          recipientId: user.id,
          kind: 'test.robot',
          title: '机器人消息',
          body: '不在站内',
        },
      ]),
    )
    const all = await inbox(s)
    expect(all.items.map((n) => n.title).sort()).toEqual(['个人消息 1', '个人消息 2', '个人消息 3'])
    expect(all.total).toBe(3)
    const page = await inbox(s, '?limit=2&offset=2')
    expect(page.items).toHaveLength(1)
    expect(page.total).toBe(3)
    expect(await unreadCount(s)).toBe(3)

    const readAll = await s.post('/api/notifications/read-all')
    expect(readAll.statusCode).toBe(200)
    expect(readAll.json()).toEqual({ count: 3 })
    expect(await unreadCount(s)).toBe(0)
    expect((await s.post('/api/notifications/read-all')).json()).toEqual({ count: 0 })
    // The other user's message is untouched.
    const untouched = await t.ctx.db
      .selectFrom('notifications')
      .select(['read_at', 'status'])
      .where('recipient_id', '=', other.id)
      .executeTakeFirstOrThrow()
    expect(untouched).toEqual({ read_at: null, status: 'sent' })
  })

  it('answers 401 without a session and 400 naming the field for bad input', async () => {
    const { s } = await loopWorld(t)
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401)
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications/unread-count' })).statusCode).toBe(
      401,
    )
    expect((await t.app.inject({ method: 'POST', url: '/api/notifications/read-all' })).statusCode).toBe(401)
    const bad = async (url: string, field: string, post = false) => {
      const res = post ? await s.unit.post(url) : await s.unit.get(url)
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().field).toBe(field)
    }
    await bad('/api/notifications?unread=maybe', 'query.unread')
    await bad('/api/notifications?limit=0', 'query.limit')
    await bad('/api/notifications?colour=red', 'query.colour')
    await bad('/api/notifications/not-a-uuid/read', 'path.id', true)
    // A write without the CSRF token is refused.
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { cookie: s.unit.cookie },
      payload: {},
    })
    expect(noCsrf.statusCode).toBe(403)
  })
})
