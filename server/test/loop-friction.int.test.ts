import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './harness.ts'
import { act, assignedItem, loopWorld } from './loop-items.ts'

/** What clerks found in the loop: one step to sign and start; the reviewer's corrected wording. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const row = (id: string) =>
  t.ctx.db
    .selectFrom('suggestions')
    .select(['status', 'signed_at', 'answer', 'unit_answer'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()

describe('the unit signs and starts in one step', () => {
  it('starts an assigned item, signing for it at the same time', async () => {
    const { w, s } = await loopWorld(t)
    const item = await assignedItem(t, w, s)
    const detail = (await s.unit.get(`/api/suggestions/${item.id}`)).json()
    expect(detail.allowedActions).toEqual(expect.arrayContaining(['sign', 'start']))
    await act(s.unit, item.id, 'start')
    const after = await row(item.id)
    expect(after.status).toBe('in_progress')
    expect(after.signed_at).not.toBeNull()
    const events = await t.ctx.db
      .selectFrom('suggestion_events')
      .select(['action', 'from_status', 'to_status', 'detail'])
      .where('suggestion_id', '=', item.id)
      .where('action', '=', 'start')
      .execute()
    expect(events).toEqual([
      { action: 'start', from_status: 'assigned', to_status: 'in_progress', detail: { signed: true } },
    ])
  })
})

describe('the reviewer corrects the wording', () => {
  it('sends the corrected answer to the citizen and keeps the unit’s own', async () => {
    const { w, s } = await loopWorld(t)
    const item = await assignedItem(t, w, s)
    await act(s.unit, item.id, 'sign')
    await act(s.unit, item.id, 'start')
    const unitText = '经查，该处路灯属于城管局2023-114号工单范围，已于本周派单维修。'
    await act(s.unit, item.id, 'reply', { answer: unitText, outcome: 'A' })
    const corrected = '您反映的路灯已安排维修，本周内修好。感谢您的反映！'
    await act(s.town, item.id, 'review', { answer: corrected })
    await act(s.town, item.id, 'give-feedback')
    expect(await row(item.id)).toMatchObject({ answer: corrected, unit_answer: unitText })
    const staff = (await s.town.get(`/api/suggestions/${item.id}`)).json()
    expect(staff).toMatchObject({ answer: corrected, unitAnswer: unitText })
    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/public/suggestions/${item.trackingCode}`,
      headers: { 'x-access-token': item.accessToken },
    })
    expect(tracked.json().answer).toBe(corrected)
    expect(tracked.body).not.toContain('2023-114')
  })

  it('leaves the answer as the unit wrote it when the reviewer approves it unchanged', async () => {
    const { w, s } = await loopWorld(t)
    const item = await assignedItem(t, w, s)
    await act(s.unit, item.id, 'start')
    await act(s.unit, item.id, 'reply', { answer: '已经处理完毕。', outcome: 'A' })
    await act(s.town, item.id, 'review')
    expect(await row(item.id)).toMatchObject({ answer: '已经处理完毕。', unit_answer: null })
    const refused = await s.town.post(`/api/suggestions/${item.id}/review`, { answer: '' })
    expect(refused.statusCode).toBeGreaterThanOrEqual(400)
  })
})
