import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cstDay } from '../src/platform/calendar.ts'
import { createTestApp, type TestApp } from './harness.ts'
import { type LoopWorld, loopWorld, submitItem } from './loop-items.ts'
import { device, publish } from './publication-factories.ts'

/** The year's figures of openness (GET /api/public/openness): what is counted, in which year, and what is not. */

let t: TestApp
let w: LoopWorld
beforeAll(async () => {
  t = await createTestApp()
  ;({ w } = await loopWorld(t))
})
afterAll(async () => t.close())

const year = Number(cstDay(new Date()).slice(0, 4))
const figures = async (y = year) => {
  const res = await t.app.inject({ url: `/api/public/openness?year=${y}` })
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}
const support = (id: string) =>
  t.app.inject({ method: 'POST', url: `/api/public/answers/${id}/support`, payload: { device: device() } })

describe('the figures of openness', () => {
  it('counts the year’s published answers and supports, not withdrawn ones nor other years’', async () => {
    const before = await figures()
    const open = await submitItem(t, w)
    const answered = await submitItem(t, w)
    const withdrawn = await submitItem(t, w)
    const lastYear = await submitItem(t, w)
    await publish(t.ctx.db, open.id)
    await publish(t.ctx.db, answered.id, { answer: '已经修好', answerPublishedAt: new Date() })
    await publish(t.ctx.db, withdrawn.id, { status: 'withdrawn' })
    // Published on the last day of last year, in the county's clock (23:30 CST is still last year).
    await publish(t.ctx.db, lastYear.id, { publishedAt: new Date(`${year - 1}-12-31T15:30:00Z`) })
    for (const id of [open.id, open.id, lastYear.id]) expect((await support(id)).statusCode).toBe(200)

    const after = await figures()
    expect(after.publishedAnswers).toEqual({
      total: before.publishedAnswers.total + 2,
      answered: before.publishedAnswers.answered + 1,
      open: before.publishedAnswers.open + 1,
    })
    expect(after.supports).toEqual({ total: before.supports.total + 3, items: before.supports.items + 2 })
    const previous = await figures(year - 1)
    expect(previous.publishedAnswers.total).toBeGreaterThanOrEqual(1)
    expect(previous.supports.total).toBe(0)
  })

  it('answers every state and class of the proposals, with no satisfaction rate before any rating', async () => {
    const f = await figures(2001)
    expect(f.proposals.total).toBe(0)
    expect(Object.keys(f.proposals.byStatus)).toContain('rehandling')
    expect(f.proposals.byOutcome).toEqual({ A: 0, B: 0, C: 0, D: 0 })
    expect(f.proposals.satisfactionRate).toBeNull()
  })

  it('refuses a year that is not one, naming the field', async () => {
    const res = await t.app.inject({ url: '/api/public/openness?year=20x6' })
    expect(res.statusCode).toBe(400)
    expect(res.json().field).toBe('query.year')
  })
})
