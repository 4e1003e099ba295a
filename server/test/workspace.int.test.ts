import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeputy, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'
import { act, assignedItem, loopWorld, submitItem } from './loop-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

interface Workspace {
  steps: { step: string; count: number; overdue: number }[]
  waiting: { id: string; step: string; overdue: boolean; dueAt: string | null }[]
  waitingTotal: number
  deputy: Record<string, number> | null
  venue: Record<string, number> | null
  unit: Record<string, number> | null
  manager: Record<string, number> | null
}

const workspace = async (s: Session) => {
  const res = await s.get('/api/workspace')
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as Workspace
}
const stepsOf = (w: Workspace) => Object.fromEntries(w.steps.map((s) => [s.step, [s.count, s.overdue]]))
const past = new Date(Date.now() - 3_600_000)

describe('the workspace', () => {
  it('shows station staff what waits for acceptance in their venue, overdue first, and today’s count', async () => {
    const { w, s } = await loopWorld(t)
    const first = await submitItem(t, w)
    const second = await submitItem(t, w)
    const third = await submitItem(t, w)
    await act(s.station, third.id, 'accept')
    // The second item missed its same-day clock: it comes first.
    await t.ctx.db
      .updateTable('suggestions')
      .set({ same_day_due_at: past })
      .where('id', '=', second.id)
      .execute()

    const mine = await workspace(s.station)
    expect(stepsOf(mine)).toEqual({ accept: [2, 1], route: [1, 0] })
    expect(mine.waitingTotal).toBe(3)
    expect(mine.waiting.map((i) => [i.id, i.step, i.overdue])).toEqual([
      [second.id, 'accept', true],
      [first.id, 'accept', false],
      [third.id, 'route', false],
    ])
    expect(mine.venue).toEqual({ receivedToday: 3, open: 3 })
    expect(mine).toMatchObject({ deputy: null, unit: null, manager: null })
    // Nothing of this venue waits on the unit yet.
    expect((await workspace(s.unit)).waitingTotal).toBe(0)
  })

  it('shows town staff the steps they own and units their tasks, extensions, returns and on-time replies', async () => {
    const { w, s } = await loopWorld(t)
    const handled = await assignedItem(t, w, s)
    const returned = await assignedItem(t, w, s)
    const waiting = await assignedItem(t, w, s)

    expect(stepsOf(await workspace(s.unit))).toEqual({ sign: [3, 0] })
    await act(s.unit, returned.id, 'return', { note: '不属于本单位职责' })
    expect(stepsOf(await workspace(s.town))).toEqual({ assign: [1, 0] })

    await act(s.unit, handled.id, 'sign')
    await act(s.unit, handled.id, 'start')
    await act(s.unit, waiting.id, 'sign')
    await act(s.unit, waiting.id, 'request-extension', { days: 5, note: '需协调多个部门' })
    expect(stepsOf(await workspace(s.unit))).toEqual({ handle: [2, 0] })
    expect(stepsOf(await workspace(s.town))).toEqual({ assign: [1, 0], decide_extension: [1, 0] })
    await act(s.unit, handled.id, 'reply', { answer: '已修复。', outcome: 'A' })

    const unit = await workspace(s.unit)
    expect(unit.unit).toEqual({ open: 1, dueSoon: 0, extensionsAsked: 1, returns: 1, replied: 1, onTime: 1 })
    expect(unit.waiting.map((i) => [i.id, i.step])).toEqual([[waiting.id, 'handle']])
    expect(unit.waiting[0]!.dueAt).toBeTruthy()

    // Past its deadline, the task is overdue for the unit and the town sees it among its overdue items.
    await t.ctx.db.updateTable('suggestions').set({ due_at: past }).where('id', '=', waiting.id).execute()
    expect(stepsOf(await workspace(s.unit))).toEqual({ handle: [1, 1] })
    const town = await workspace(s.town)
    expect(stepsOf(town)).toEqual({ assign: [1, 0], decide_extension: [1, 1], review: [1, 0] })
    expect(town.waiting[0]).toMatchObject({ id: waiting.id, overdue: true })
    expect(town.manager).toEqual({ open: 3, overdue: 1, escalated: 0 })
    // The station follows up on its venue's overdue item; another unit sees nothing of it.
    expect(stepsOf(await workspace(s.station))).toEqual({ follow_up: [1, 1] })
    expect((await workspace(s.countyUnit)).unit).toMatchObject({ open: 0, returns: 0, replied: 0 })
  })

  it('gives a deputy their own figures: received, followed, resolved and satisfaction', async () => {
    const { w, s } = await loopWorld(t)
    const deputy = await buildDeputy(t.ctx.db, t.ctx.cipher, w.townCode)
    const user = await buildUser(t.ctx.db, { role: 'deputy', deputyId: deputy.id })
    const me = (await login(t.app, user.username, TEST_PASSWORD))!
    const items = [await submitItem(t, w), await assignedItem(t, w, s), await submitItem(t, w)]
    await t.ctx.db
      .updateTable('suggestions')
      .set({ deputy_id: deputy.id })
      .where(
        'id',
        'in',
        items.map((i) => i.id),
      )
      .execute()
    await t.ctx.db
      .updateTable('suggestions')
      .set({ status: 'closed', rating: 'satisfied', closed_at: new Date() })
      .where('id', '=', items[2]!.id)
      .execute()
    await act(me, items[1]!.id, 'urge')

    const mine = await workspace(me)
    expect(mine.deputy).toEqual({ received: 3, open: 2, followed: 1, resolved: 1, rated: 1, satisfied: 1 })
    expect(stepsOf(mine)).toEqual({ accept: [1, 0] })
    expect(mine.waiting.map((i) => i.id)).toEqual([items[0]!.id])
  })

  it('is an empty landing for the integrity liaison', async () => {
    const user = await buildUser(t.ctx.db, { role: 'integrity_liaison' })
    const me = (await login(t.app, user.username, TEST_PASSWORD))!
    expect(await workspace(me)).toEqual({
      steps: [],
      waiting: [],
      waitingTotal: 0,
      deputy: null,
      venue: null,
      unit: null,
      manager: null,
      duty: [],
    })
  })
})
