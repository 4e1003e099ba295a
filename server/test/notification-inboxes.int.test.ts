import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeputy, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import { act, loopWorld, submitItem } from './loop-items.ts'
import { idempotencyKey } from './suggestion-factories.ts'

/** Station staff and deputies hear of items addressed to them; a message about an item that moved on is done. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

interface Item {
  id: string
  kind: string
  title: string
  recipientType: string
  subject: { type: string; id: string } | null
  read: boolean
  done: boolean
  doneAt: string | null
}

const about = async (s: Session, suggestionId: string) => {
  const res = await s.get('/api/notifications?limit=100')
  expect(res.statusCode, res.body).toBe(200)
  return (res.json().items as Item[]).filter((n) => n.subject?.id === suggestionId)
}
const unreadCount = async (s: Session) =>
  (await s.get('/api/notifications/unread-count')).json().count as number

describe('inboxes of venues and deputies', () => {
  it('tells the station’s staff of a citizen’s item addressed to their venue, and no other station’s', async () => {
    const { w, s } = await loopWorld(t)
    const colleague = await login(
      t.app,
      (await buildUser(t.ctx.db, { role: 'station_staff', venueId: w.venue.id })).username,
      TEST_PASSWORD,
    )
    const otherVenue = await buildVenue(t.ctx.db, w.townCode)
    const otherStation = await login(
      t.app,
      (await buildUser(t.ctx.db, { role: 'station_staff', venueId: otherVenue.id })).username,
      TEST_PASSWORD,
    )
    const before = await unreadCount(s.station)
    const item = await submitItem(t, w)

    const [message] = await about(s.station, item.id)
    expect(message).toMatchObject({
      kind: 'suggestion.submitted',
      recipientType: 'venue',
      read: false,
      done: false,
    })
    expect(message!.title).toContain(item.trackingCode)
    expect((message as unknown as { titleEn: string }).titleEn).toBe(
      `New suggestion at your venue ${item.trackingCode}`,
    )
    expect(await unreadCount(s.station)).toBe(before + 1)
    // Shared by the venue's staff, each with their own read state; another station hears nothing.
    expect((await about(colleague, item.id)).map((n) => n.id)).toEqual([message!.id])
    expect(await about(otherStation, item.id)).toEqual([])
    expect((await otherStation.post(`/api/notifications/${message!.id}/read`)).statusCode).toBe(404)
  })

  it('tells a deputy of an item a citizen addressed to them through their QR code', async () => {
    const { w } = await loopWorld(t)
    const deputy = await buildDeputy(t.ctx.db, t.ctx.cipher, w.townCode)
    const account = await buildUser(t.ctx.db, { role: 'deputy', deputyId: deputy.id, regionCode: w.townCode })
    const session = await login(t.app, account.username, TEST_PASSWORD)
    const otherDeputy = await buildDeputy(t.ctx.db, t.ctx.cipher, w.townCode)
    const other = await login(
      t.app,
      (await buildUser(t.ctx.db, { role: 'deputy', deputyId: otherDeputy.id, regionCode: w.townCode }))
        .username,
      TEST_PASSWORD,
    )
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: {
        consent: true,
        content: '村口的路灯坏了两个星期，晚上出行很不方便，希望代表帮忙反映。',
        deputyId: deputy.id,
        regionCode: w.villageCode,
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    const { id } = await t.ctx.db
      .selectFrom('suggestions')
      .select('id')
      .where('tracking_code', '=', res.json().trackingCode)
      .executeTakeFirstOrThrow()
    expect(await about(session, id)).toMatchObject([
      { kind: 'suggestion.submitted', recipientType: 'deputy' },
    ])
    expect(await about(other, id)).toEqual([])
  })

  it('does not tell the station of an item its own staff recorded', async () => {
    const { w, s } = await loopWorld(t)
    const res = await s.station.post('/api/suggestions', {
      channel: 'station',
      content: '来访群众反映小区门口积水，下雨天无法通行。',
      consent: true,
      venueId: w.venue.id,
      regionCode: w.villageCode,
    })
    expect(res.statusCode, res.body).toBe(201)
    // The town hears of it; the station that recorded it is not told of its own item.
    expect(await about(s.town, res.json().id)).toMatchObject([{ kind: 'suggestion.submitted' }])
    expect(await about(s.station, res.json().id)).toEqual([])
  })
})

describe('a message about an item that moved on', () => {
  it('is marked done when the item changes state, and stops counting as unread', async () => {
    const { w, s } = await loopWorld(t)
    const item = await submitItem(t, w)
    const unreadBefore = await unreadCount(s.station)
    const [submitted] = await about(s.station, item.id)
    expect(submitted).toMatchObject({ done: false, doneAt: null })

    await act(s.station, item.id, 'accept')
    const [afterAccept] = await about(s.station, item.id)
    expect(afterAccept).toMatchObject({ id: submitted!.id, done: true, read: false })
    expect(Number.isNaN(Date.parse(afterAccept!.doneAt!))).toBe(false)
    expect(await unreadCount(s.station)).toBe(unreadBefore - 1)
    // The town's copy of the same first message is done too.
    expect(await about(s.town, item.id)).toMatchObject([{ kind: 'suggestion.submitted', done: true }])

    // The routing message the change itself sends is not done; the next step (assignment) makes it so.
    await act(s.station, item.id, 'route', { tier: 'town' })
    const routed = (await about(s.town, item.id)).find((n) => n.kind === 'suggestion.routed')
    expect(routed).toMatchObject({ done: false })
    await act(s.town, item.id, 'assign', { leadUnitId: w.townUnit.id })
    expect((await about(s.town, item.id)).find((n) => n.kind === 'suggestion.routed')).toMatchObject({
      done: true,
    })
    expect(await about(s.unit, item.id)).toMatchObject([{ kind: 'suggestion.assigned', done: false }])
  })
})
