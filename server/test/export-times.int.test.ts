import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Session, type TestApp } from './harness.ts'
import { loopWorld, submitItem } from './loop-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

async function firstSheet(s: Session, url: string) {
  const res = await s.get(url)
  expect(res.statusCode, res.body).toBe(200)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
  return wb.worksheets[0]!
}

const columnOf = (sheet: ExcelJS.Worksheet, header: string) => {
  let found = 0
  sheet.getRow(1).eachCell((cell, col) => {
    if (String(cell.value).startsWith(header)) found = col
  })
  expect(found, header).toBeGreaterThan(0)
  return found
}

// Whatever TZ the tests run under, the cells hold the county's wall clock (Excel times have no zone).
describe('times in .xlsx exports', () => {
  it('writes the queue’s times as Excel dates in county time, not UTC text', async () => {
    const { w, s } = await loopWorld(t)
    const item = await submitItem(t, w)
    // 2027-01-04 01:05 UTC is 09:05 in the county; the same-day deadline 17:30 county time is 09:30 UTC.
    await t.ctx.db
      .updateTable('suggestions')
      .set({
        received_at: new Date('2027-01-04T01:05:00Z'),
        same_day_due_at: new Date('2027-01-04T09:30:00Z'),
      })
      .where('id', '=', item.id)
      .execute()
    const sheet = await firstSheet(s.admin, `/api/export/suggestions?q=${item.trackingCode}`)
    expect(sheet.rowCount).toBe(2)
    const received = sheet.getRow(2).getCell(columnOf(sheet, '提交时间'))
    expect(received.value).toBeInstanceOf(Date)
    expect((received.value as Date).toISOString()).toBe('2027-01-04T09:05:00.000Z')
    expect(received.numFmt).toBe('yyyy-mm-dd hh:mm')
    const due = sheet.getRow(2).getCell(columnOf(sheet, '办理期限'))
    expect((due.value as Date).toISOString()).toBe('2027-01-04T17:30:00.000Z')
  })

  it('writes the audit log’s times as Excel dates in county time', async () => {
    const { s } = await loopWorld(t)
    const entry = (await s.admin.get('/api/audit?limit=1')).json().items[0] as { seq: number; at: string }
    const sheet = await firstSheet(s.admin, '/api/export/audit')
    const seqColumn = columnOf(sheet, '序号')
    let row = 0
    sheet.eachRow((r, n) => {
      if (Number(r.getCell(seqColumn).value) === Number(entry.seq)) row = n
    })
    expect(row).toBeGreaterThan(1)
    const cell = sheet.getRow(row).getCell(columnOf(sheet, '时间'))
    expect(cell.value).toBeInstanceOf(Date)
    const wall = (cell.value as Date).getTime() - 8 * 3_600_000
    // The entry's instant, written at the county's wall clock (to the second Excel keeps).
    expect(Math.abs(wall - Date.parse(entry.at))).toBeLessThan(1000)
  })
})
