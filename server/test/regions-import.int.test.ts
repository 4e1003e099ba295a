import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.ts'
import { importRegionTree } from '../src/modules/regions/index.ts'
import { parseCsv } from '../src/platform/csv.ts'
import { buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp, testConfig } from './harness.ts'

const DEQING = path.resolve(import.meta.dirname, '../src/demo/divisions/deqing-330521.csv')
const CSV = 'text/csv; charset=utf-8'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const COUNTY = '330521000000'
const OTHER = '330110000000'

/** The shipped extract's records (header first), to edit into variants. */
const deqing = () => parseCsv(fs.readFileSync(DEQING, 'utf8')).filter((r) => r.length === 3)
const toCsv = (records: string[][]) => `${records.map((r) => r.join(',')).join('\n')}\n`

async function toXlsx(records: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('区划')
  for (const r of records) sheet.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

let t: TestApp
let admin: Session
let townStaff: Session

const upload = (body: string | Buffer, dryRun = false, type = CSV) =>
  admin.request('POST', `/api/import/regions?dryRun=${dryRun}`, Buffer.from(body), { 'content-type': type })
const regions = async () =>
  t.ctx.db.selectFrom('regions').selectAll().where('county_code', '=', COUNTY).orderBy('code').execute()
const auditRows = async () =>
  t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'regions.import').orderBy('seq').execute()

beforeAll(async () => {
  t = await createTestApp()
  const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: COUNTY })
  admin = await login(t.app, user.username, TEST_PASSWORD)
  const staff = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: COUNTY })
  townStaff = await login(t.app, staff.username, TEST_PASSWORD)
})
afterAll(async () => t?.close())

describe('importing the region tree from the national division codes', () => {
  it('reports every bad row of a hand-made file, and imports nothing', async () => {
    const before = await regions()
    const file = toCsv([
      ['code', 'name', 'parent'],
      ['330521115000', '莫干山镇', COUNTY],
      ['33052111520', '短代码村委会', '330521115000'],
      ['330521115202', '', '330521115000'],
      ['330522001000', '邻县街道', '330522000000'],
      ['330521115203', '何村村委会', '330521001000'],
      ['330521003201', '龙山村委会', '330521003000'],
      ['330521115000', '莫干山镇', COUNTY],
      ['330521115204', '紫岭村委会', '330521115000'],
    ])
    for (const dryRun of [true, false]) {
      const res = await upload(file, dryRun)
      expect(res.statusCode).toBe(400)
      expect(res.json().message.zh).toBe('有 6 处错误，未导入任何数据')
      expect(res.json().errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
        '3:code',
        '4:name',
        '5:code',
        '6:parent',
        '7:parent',
        '8:code',
      ])
    }
    expect(await regions()).toEqual(before)
    expect(await auditRows()).toEqual([])
  })

  it('previews, then loads Deqing: 莫干山镇 is 330521115000 and there are 177 villages and communities', async () => {
    const preview = await upload(fs.readFileSync(DEQING), true)
    expect(preview.statusCode).toBe(200)
    const changes = preview.json().changes as { change: string; key: string; label: string }[]
    expect(preview.json()).toMatchObject({ dryRun: true, imported: 190 })
    expect(changes).toHaveLength(190)
    expect(changes.every((c) => c.change === 'added')).toBe(true)
    expect(changes).toContainEqual({
      change: 'added',
      key: '330521115000',
      label: '莫干山镇',
      previous: null,
    })
    expect((await regions()).length).toBe(1)

    const applied = await upload(fs.readFileSync(DEQING))
    expect(applied.statusCode).toBe(200)
    expect(applied.json()).toMatchObject({ dryRun: false, imported: 190 })
    const towns = (await admin.get('/api/regions?level=town&limit=100')).json()
    expect(towns.total).toBe(13)
    expect(towns.items.find((r: { name: string }) => r.name === '莫干山镇')).toMatchObject({
      code: '330521115000',
      parentCode: COUNTY,
      kind: '镇',
      active: true,
    })
    const villages = (await admin.get('/api/regions?level=village&limit=500')).json()
    expect(villages.total).toBe(177)
    const kinds = villages.items.map((v: { kind: string }) => v.kind)
    expect(kinds.filter((k: string) => k === '社区')).toHaveLength(42)
    expect(kinds.filter((k: string) => k === '村')).toHaveLength(135)
    expect(villages.items.find((v: { code: string }) => v.code === '330521001001').name).toBe('居仁社区')
    expect(villages.items.find((v: { code: string }) => v.code === '330521001200').name).toBe('对河口村')
    const audits = await auditRows()
    expect(audits).toHaveLength(1)
    expect(audits[0]!.detail).toMatchObject({ source: 'upload', units: 190, retired: [], restored: [] })
    expect((audits[0]!.detail as { added: string[] }).added).toHaveLength(190)
  })

  it('changes nothing when the same tree is imported again', async () => {
    const before = await regions()
    const res = await upload(fs.readFileSync(DEQING))
    expect(res.statusCode).toBe(200)
    expect(res.json().changes).toEqual([])
    expect(await regions()).toEqual(before)
    expect(await auditRows()).toHaveLength(1)
  })

  it('renames a renamed village and retires a removed one, which records still point to (.xlsx)', async () => {
    const venue = await buildVenue(t.ctx.db, '330521115220')
    const edited = deqing()
      .filter((r) => r[0] !== '330521115220')
      .map((r) => (r[0] === '330521115202' ? [r[0], '新劳岭村委会', r[2]!] : r))
    const file = await toXlsx(edited)
    const preview = await upload(file, true, XLSX)
    expect(preview.statusCode).toBe(200)
    expect(preview.json().changes).toEqual([
      { change: 'changed', key: '330521115202', label: '新劳岭村', previous: '劳岭村' },
      { change: 'retired', key: '330521115220', label: '五四村', previous: '五四村' },
    ])
    expect((await upload(file, false, XLSX)).statusCode).toBe(200)

    const after = new Map((await regions()).map((r) => [r.code, r]))
    expect(after.get('330521115202')!.name).toBe('新劳岭村')
    const retired = after.get('330521115220')!
    expect(retired).toMatchObject({ name: '五四村', active: false })
    expect(retired.retired_at).toBeInstanceOf(Date)
    const stillThere = await t.ctx.db
      .selectFrom('venues')
      .select('region_code')
      .where('id', '=', venue.id)
      .executeTakeFirstOrThrow()
    expect(stillThere.region_code).toBe('330521115220')

    const listed = (await admin.get('/api/regions?parentCode=330521115000&limit=100')).json()
    expect(listed.total).toBe(19)
    expect(listed.items.map((r: { code: string }) => r.code)).not.toContain('330521115220')
    const withRetired = (
      await admin.get('/api/regions?parentCode=330521115000&includeRetired=true&limit=100')
    ).json()
    expect(withRetired.items.find((r: { code: string }) => r.code === '330521115220')).toMatchObject({
      active: false,
    })
    const publicList = (
      await t.app.inject({ url: '/api/public/regions?parentCode=330521115000&limit=100' })
    ).json()
    expect(publicList.total).toBe(19)
    // A retired village takes no new submissions, even named straight to the API.
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/public/suggestions',
      headers: { 'idempotency-key': `retired-${Date.now()}-abcdef` },
      payload: { consent: true, content: '五四村的路灯坏了好几天了', regionCode: '330521115220' },
    })
    expect(submitted.statusCode, submitted.body).toBe(400)
    expect(submitted.json().field).toBe('body.regionCode')
    const audit = (await auditRows()).at(-1)!
    expect(audit.detail).toMatchObject({
      added: [],
      changed: [{ code: '330521115202', from: '劳岭村', to: '新劳岭村' }],
      retired: ['330521115220'],
      restored: [],
    })

    // Back in the national codes: restored, under its old name.
    const back = await upload(fs.readFileSync(DEQING))
    expect(back.json().changes).toEqual([
      { change: 'changed', key: '330521115202', label: '劳岭村', previous: '新劳岭村' },
      { change: 'restored', key: '330521115220', label: '五四村', previous: '五四村' },
    ])
    const restored = (await regions()).find((r) => r.code === '330521115220')!
    expect(restored).toMatchObject({ active: true, retired_at: null })
  })

  it('is for county admins only', async () => {
    expect(
      (await townStaff.request('POST', '/api/import/regions', Buffer.from('x'), { 'content-type': CSV }))
        .statusCode,
    ).toBe(403)
  })

  it('keeps a second county imported beside the first apart', async () => {
    const other = toCsv([
      ['code', 'name', 'parent'],
      [OTHER, '余杭区', '330100000000'],
      ['330110001000', '临平街道', OTHER],
      ['330110102000', '良渚镇', OTHER],
      ['330110001001', '东湖社区居委会', '330110001000'],
      ['330110102201', '港南村委会', '330110102000'],
    ])
    const rows = parseCsv(other)
      .slice(1)
      .map(([code, name, parent], i) => ({
        row: i + 2,
        cells: { code: code!, name: name!, parent: parent! },
      }))
    const result = await t.ctx.db
      .transaction()
      .execute((trx) =>
        importRegionTree(trx, OTHER, rows, { dryRun: false, source: 'test', audit: async () => {} }),
      )
    expect(result.errors).toEqual([])
    expect(result.changes.map((c) => c.change)).toEqual(['added', 'added', 'added', 'added', 'added'])

    const otherApp = await buildApp({ ...t.ctx, config: testConfig({ countyCode: OTHER }) })
    try {
      const theirs = (await otherApp.inject({ url: '/api/public/regions?level=town' })).json()
      expect(theirs.items.map((r: { code: string; name: string }) => [r.code, r.name])).toEqual([
        ['330110001000', '临平街道'],
        ['330110102000', '良渚镇'],
      ])
      const county = (await otherApp.inject({ url: '/api/public/regions?level=county' })).json()
      expect(county.items.map((r: { name: string; kind: string }) => [r.name, r.kind])).toEqual([
        ['余杭区', '区'],
      ])
    } finally {
      await otherApp.close()
    }
    const ours = (await admin.get('/api/regions?level=town&limit=100')).json()
    expect(ours.total).toBe(13)
    expect(ours.items.every((r: { code: string }) => r.code.startsWith('330521'))).toBe(true)
    // Re-importing the first county leaves the second alone, and the reverse.
    expect((await upload(fs.readFileSync(DEQING))).json().changes).toEqual([])
    const again = await t.ctx.db
      .transaction()
      .execute((trx) =>
        importRegionTree(trx, OTHER, rows, { dryRun: true, source: 'test', audit: async () => {} }),
      )
    expect(again.changes).toEqual([])
    // A file of one county imported for the other is refused row by row.
    const crossed = await upload(other, true)
    expect(crossed.statusCode).toBe(400)
    expect(crossed.json().errors).toHaveLength(5)
  })
})
