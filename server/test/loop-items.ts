import { expect } from 'vitest'
import { TEST_PASSWORD } from './factories.ts'
import { login, type Session, type TestApp } from './harness.ts'
import { buildLoopWorld, idempotencyKey } from './suggestion-factories.ts'

/** Items moved along the closed loop through the real API, for the timer, inbox and settings tests. */

export type LoopWorld = Awaited<ReturnType<typeof buildLoopWorld>>

export interface LoopSessions {
  admin: Session
  town: Session
  station: Session
  unit: Session
  countyUnit: Session
}

export async function loopWorld(t: TestApp): Promise<{ w: LoopWorld; s: LoopSessions }> {
  const w = await buildLoopWorld(t.ctx.db)
  const [admin, town, station, unit, countyUnit] = await Promise.all(
    [w.admin, w.townStaff, w.stationStaff, w.unitStaff, w.countyUnitStaff].map((u) =>
      login(t.app, u.username, TEST_PASSWORD),
    ),
  )
  return { w, s: { admin: admin!, town: town!, station: station!, unit: unit!, countyUnit: countyUnit! } }
}

let seq = 0
const topics = [
  '路灯损坏',
  '道路坑洼',
  '垃圾清运',
  '河道淤堵',
  '噪音扰民',
  '停车困难',
  '公交班次',
  '绿化缺失',
]

/** A citizen's online submission in the world's village; returns the item id and tracking code. */
export async function submitItem(
  t: TestApp,
  w: LoopWorld,
  extra: { phone?: string } = {},
): Promise<{ id: string; trackingCode: string; accessToken: string }> {
  seq++
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/public/suggestions',
    headers: { 'idempotency-key': idempotencyKey() },
    payload: {
      consent: true,
      content: `第${seq}号：${topics[seq % topics.length]}问题已经持续一段时间，请相关部门尽快处理。`,
      venueId: w.venue.id,
      regionCode: w.villageCode,
      ...(extra.phone ? { contact: { phone: extra.phone } } : {}),
    },
  })
  expect(res.statusCode).toBe(201)
  const { trackingCode, accessToken } = res.json()
  const row = await t.ctx.db
    .selectFrom('suggestions')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow()
  return { id: row.id, trackingCode, accessToken }
}

export const act = async (s: Session, id: string, action: string, body: Record<string, unknown> = {}) => {
  const res = await s.post(`/api/suggestions/${id}/${action}`, body)
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
  return res.json()
}

/** Submitted → accepted → routed to the town → assigned to the town unit. */
export async function assignedItem(
  t: TestApp,
  w: LoopWorld,
  s: LoopSessions,
  extra: { phone?: string } = {},
) {
  const item = await submitItem(t, w, extra)
  await act(s.station, item.id, 'accept')
  await act(s.station, item.id, 'route', { tier: 'town' })
  await act(s.town, item.id, 'assign', { leadUnitId: w.townUnit.id })
  return item
}
