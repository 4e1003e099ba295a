import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

let t: TestApp
let admin: Session
beforeAll(async () => {
  t = await createTestApp()
  const user = await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
  admin = await login(t.app, user.username, TEST_PASSWORD)
})
afterAll(async () => t.close())

async function workbook(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('导入')
  sheet.addRow(header)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const upload = (s: Session, url: string, body: Buffer) =>
  s.request('POST', url, body, { 'content-type': XLSX })

const deputyHeader = [
  '编码',
  '姓名',
  '性别',
  '出生年份',
  '民族',
  '政治面貌',
  '职业',
  '工作单位',
  '区划代码',
  '手机号码',
  '代表层级',
  '届次',
  '选区',
]

describe('.xlsx import of deputies', () => {
  it('reports every bad row with row, field and reason, and imports nothing', async () => {
    const { townCode } = await buildTown(t.ctx.db)
    const before = (await t.ctx.db.selectFrom('deputies').select('id').execute()).length
    const file = await workbook(deputyHeader, [
      [
        'IMP-1',
        '王小明',
        '男',
        1975,
        '汉族',
        '中共党员',
        '教师',
        '某中学',
        townCode,
        '13900001111',
        '县',
        17,
        '第1选区',
      ],
      ['IMP-2', '', '女', 1980, '汉族', '群众', '医生', '某医院', townCode, '13900002222', '县', 17, ''],
      ['IMP-3', '李四', '未知', 1980, '汉族', '群众', '农民', '某村', '330521999999', '12345', '乡长', 0, ''],
      ['IMP-1', '重复编码', '男', 1970, '汉族', '群众', '工人', '某厂', townCode, '', '镇', 18, ''],
    ])
    const res = await upload(admin, '/api/import/deputies', file)
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.code).toBe('validation_error')
    expect(body.message.zh).toContain('未导入任何数据')
    const errs = body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)
    expect(errs).toEqual(
      expect.arrayContaining([
        '3:name',
        '4:gender',
        '4:regionCode',
        '4:phone',
        '4:level',
        '4:term',
        '5:code',
      ]),
    )
    expect(errs).not.toContain('2:name')
    for (const e of body.errors) expect(e.message.zh && e.message.en).toBeTruthy()
    expect((await t.ctx.db.selectFrom('deputies').select('id').execute()).length).toBe(before)
  })

  it('imports a clean sheet (dry run first), encrypting phones and recording memberships', async () => {
    const { townCode, villageCode } = await buildTown(t.ctx.db)
    const file = await workbook(deputyHeader, [
      [
        `OK-${townCode}-1`,
        '陈一',
        '女',
        1978,
        '汉族',
        '中共党员',
        '教师',
        '某小学',
        townCode,
        '13911112222',
        '县',
        17,
        '第2选区',
      ],
      [
        `OK-${townCode}-2`,
        '陈二',
        '男',
        1985,
        '汉族',
        '群众',
        '企业主',
        '某公司',
        villageCode,
        '',
        '镇',
        18,
        '第5选区',
      ],
    ])
    const dry = await upload(admin, '/api/import/deputies?dryRun=true', file)
    expect(dry.json()).toEqual({ imported: 2, dryRun: true })
    expect(
      await t.ctx.db
        .selectFrom('deputies')
        .select('id')
        .where('code', '=', `OK-${townCode}-1`)
        .executeTakeFirst(),
    ).toBeUndefined()
    const res = await upload(admin, '/api/import/deputies', file)
    expect(res.json()).toEqual({ imported: 2, dryRun: false })
    const row = await t.ctx.db
      .selectFrom('deputies')
      .selectAll()
      .where('code', '=', `OK-${townCode}-1`)
      .executeTakeFirstOrThrow()
    expect(row.phone_masked).toBe('139****2222')
    expect(JSON.stringify(row)).not.toContain('13911112222')
    const m = await t.ctx.db
      .selectFrom('deputy_memberships')
      .selectAll()
      .where('deputy_id', '=', row.id)
      .execute()
    expect(m).toMatchObject([{ level: 'county', term: 17, constituency: '第2选区' }])
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'deputy.import')
      .execute()
    expect(audit.length).toBeGreaterThanOrEqual(1)
  })

  it('refuses a file that is not a workbook, or lacks columns', async () => {
    expect((await upload(admin, '/api/import/deputies', Buffer.from('not a zip file'))).json()).toMatchObject(
      { code: 'validation_error', field: 'file' },
    )
    const noCols = await workbook(['姓名'], [['张三']])
    const res = await upload(admin, '/api/import/deputies', noCols)
    expect(res.json().field).toBe('file')
    expect(res.json().message.zh).toContain('编码')
  })

  it('only county admins import deputies', async () => {
    const { townCode } = await buildTown(t.ctx.db)
    const staff = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode })
    const s = await login(t.app, staff.username, TEST_PASSWORD)
    expect((await upload(s, '/api/import/deputies', await workbook(deputyHeader, []))).statusCode).toBe(403)
  })
})

describe('.xlsx import of venues', () => {
  it('town staff import venues in their own town, and rows elsewhere are reported', async () => {
    const a = await buildTown(t.ctx.db)
    const b = await buildTown(t.ctx.db)
    const staff = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: a.townCode })
    const s = await login(t.app, staff.username, TEST_PASSWORD)
    const header = ['编码', '类型', '名称', '区划代码', '地址', '纬度', '经度', '接待时间', '简介']
    const bad = await workbook(header, [
      [`VI-${a.townCode}-1`, '联络点', '本镇联络点', a.villageCode, '某路1号', 30.5, 119.9, '每周一', ''],
      [`VI-${a.townCode}-2`, '城堡', '外镇点', b.villageCode, '', 95, 119.9, '', ''],
    ])
    const res = await upload(s, '/api/import/venues', bad)
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)
        .sort(),
    ).toEqual(['3:kind', '3:lat', '3:regionCode'])
    const good = await workbook(header, [
      [`VI-${a.townCode}-1`, '联络点', '本镇联络点', a.villageCode, '某路1号', 30.5, 119.9, '每周一', ''],
    ])
    expect((await upload(s, '/api/import/venues', good)).json()).toEqual({ imported: 1, dryRun: false })
  })
})

describe('.xlsx export', () => {
  it('exports every list as a workbook with bilingual headers, honouring filters and scope', async () => {
    for (const list of [
      'regions',
      'grids',
      'venues',
      'deputies',
      'deputy-groups',
      'units',
      'suggestions',
      'audit',
    ]) {
      const res = await admin.get(`/api/export/${list}`)
      expect(res.statusCode, list).toBe(200)
      expect(res.headers['content-type']).toBe(XLSX)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
      expect(String(wb.worksheets[0]!.getRow(1).getCell(1).value)).toMatch(/[\u4e00-\u9fa5]+ \w+/)
    }
    const { townCode } = await buildTown(t.ctx.db)
    const res = await admin.get(`/api/export/regions?parentCode=${townCode}`)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(wb.worksheets[0]!.rowCount).toBe(2)
    expect((await t.app.inject({ method: 'GET', url: '/api/export/deputies' })).statusCode).toBe(401)
  })

  it('serves import templates', async () => {
    const res = await admin.get('/api/import/deputies/template')
    expect(res.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(String(wb.worksheets[0]!.getRow(1).getCell(1).value)).toBe('编码 Code')
  })
})
