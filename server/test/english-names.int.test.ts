import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './harness.ts'
import { act, loopWorld, submitItem } from './loop-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

describe('English names of reference data on items', () => {
  it('gives the queue and the detail the English names of the place and the category where there are some', async () => {
    const { w, s } = await loopWorld(t)
    await t.ctx.db
      .updateTable('regions')
      .set({ name_en: 'Test Town' })
      .where('code', '=', w.townCode)
      .execute()
    const category = await t.ctx.db
      .selectFrom('categories')
      .select(['code', 'name_en'])
      .where('name_en', '<>', '')
      .executeTakeFirstOrThrow()
    const item = await submitItem(t, w)
    await t.ctx.db
      .updateTable('suggestions')
      .set({ category_code: category.code })
      .where('id', '=', item.id)
      .execute()
    await act(s.station, item.id, 'accept')

    const listed = (await s.station.get(`/api/suggestions?q=${item.trackingCode}`)).json().items[0]
    expect(listed).toMatchObject({ townNameEn: 'Test Town', categoryNameEn: category.name_en })
    // The village has no English name in the data: null, not an empty text.
    expect(listed.regionNameEn).toBeNull()
    const detail = (await s.station.get(`/api/suggestions/${item.id}`)).json()
    expect(detail).toMatchObject({
      townNameEn: 'Test Town',
      regionNameEn: null,
      categoryNameEn: category.name_en,
    })
  })
})
