import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './harness.ts'
import { act, loopWorld, submitItem } from './loop-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const codes = (page: { items: { trackingCode: string }[] }) => page.items.map((i) => i.trackingCode)

describe('searching the queue by tracking code', () => {
  it('finds the item whatever the other filters say, within the caller’s scope only', async () => {
    const { w, s } = await loopWorld(t)
    const item = await submitItem(t, w)
    await act(s.station, item.id, 'accept')
    // Filters that exclude the item: another status, overdue only, a range of days long past.
    const filters = 'status=closed&overdue=true&from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z'
    const found = (await s.town.get(`/api/suggestions?${filters}&q=${item.trackingCode}`)).json()
    expect(codes(found)).toEqual([item.trackingCode])
    // Lower case and spaces around it, as typed from a phone call.
    const typed = (
      await s.town.get(
        `/api/suggestions?${filters}&q=${encodeURIComponent(` ${item.trackingCode.toLowerCase()} `)}`,
      )
    ).json()
    expect(codes(typed)).toEqual([item.trackingCode])
    // Words are still searched with the filters.
    const words = (await s.town.get(`/api/suggestions?${filters}&q=${encodeURIComponent('路灯')}`)).json()
    expect(words.items).toEqual([])
    // Out of scope it stays unfound.
    const other = await loopWorld(t)
    expect(codes((await other.s.town.get(`/api/suggestions?q=${item.trackingCode}`)).json())).toEqual([])
  })
})
