import type { Db } from '../../db/index.ts'
import type { DeputyLevel, VenueKind } from '../../db/types.ts'
import { pathWithin } from '../../platform/access.ts'
import type { Audit } from '../../platform/context.ts'
import { maskPhone, normalisePhone, type PersonalDataCipher } from '../../platform/crypto.ts'
import type { FieldError, Message } from '../../platform/errors.ts'
import type { SheetRow } from '../../platform/workbook.ts'

type Header = { zh: string; en: string }

export const deputyHeaders = {
  code: { zh: '编码', en: 'Code' },
  name: { zh: '姓名', en: 'Name' },
  gender: { zh: '性别', en: 'Gender' },
  birthYear: { zh: '出生年份', en: 'Birth year' },
  ethnicity: { zh: '民族', en: 'Ethnicity' },
  party: { zh: '政治面貌', en: 'Party' },
  occupation: { zh: '职业', en: 'Occupation' },
  organisation: { zh: '工作单位', en: 'Organisation' },
  regionCode: { zh: '区划代码', en: 'Region code' },
  phone: { zh: '手机号码', en: 'Phone' },
  level: { zh: '代表层级', en: 'Level' },
  term: { zh: '届次', en: 'Term' },
  constituency: { zh: '选区', en: 'Constituency' },
} satisfies Record<string, Header>

export const venueHeaders = {
  code: { zh: '编码', en: 'Code' },
  kind: { zh: '类型', en: 'Kind' },
  name: { zh: '名称', en: 'Name' },
  regionCode: { zh: '区划代码', en: 'Region code' },
  address: { zh: '地址', en: 'Address' },
  lat: { zh: '纬度', en: 'Latitude' },
  lng: { zh: '经度', en: 'Longitude' },
  receptionHours: { zh: '接待时间', en: 'Reception hours' },
  description: { zh: '简介', en: 'Description' },
} satisfies Record<string, Header>

export const requiredDeputyColumns = ['code', 'name', 'gender', 'regionCode', 'level', 'term'] as const
export const requiredVenueColumns = ['code', 'kind', 'name', 'regionCode'] as const

const levelWords: Record<string, DeputyLevel> = {
  全国: 'national',
  national: 'national',
  省: 'provincial',
  provincial: 'provincial',
  市: 'city',
  city: 'city',
  县: 'county',
  county: 'county',
  镇: 'town',
  乡: 'town',
  街道: 'town',
  town: 'town',
}
const kindWords: Record<string, VenueKind> = {
  联络站: 'station',
  station: 'station',
  联络点: 'point',
  point: 'point',
  便民服务窗: 'window',
  window: 'window',
  代表履职岗: 'post',
  post: 'post',
  流动联络点: 'mobile',
  mobile: 'mobile',
}

function parseLevel(text: string): DeputyLevel | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/(人大)?代表$/, '')
    .replace(/级$/, '')
  return levelWords[t] ?? null
}

class RowErrors {
  readonly list: FieldError[] = []
  add(row: number, field: string, message: Message) {
    this.list.push({ row, field, message })
  }
}

const req = (h: Header): Message => ({ zh: `${h.zh}不能为空`, en: `${h.en} is required` })

async function regionPaths(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('regions').select(['code', 'path']).execute()
  return new Map(rows.map((r) => [r.code, r.path]))
}

export interface ImportContext {
  db: Db
  cipher: PersonalDataCipher
  countyCode: string
  /** Region subtrees the importer may write to. */
  scopePaths: string[]
}

interface ParsedDeputy {
  code: string
  name: string
  gender: 'male' | 'female'
  birthYear: number | null
  ethnicity: string
  party: string
  occupation: string
  organisation: string
  regionCode: string
  phone: string | null
  level: DeputyLevel
  term: number
  constituency: string
}

function checkRegion(
  errors: RowErrors,
  row: number,
  code: string,
  paths: Map<string, string>,
  scope: string[],
) {
  const h = deputyHeaders.regionCode
  if (!code) return errors.add(row, 'regionCode', req(h))
  const path = paths.get(code)
  if (!path)
    return errors.add(row, 'regionCode', {
      zh: `区划代码 ${code} 不存在`,
      en: `Region code ${code} does not exist`,
    })
  if (!pathWithin(path, scope))
    errors.add(row, 'regionCode', {
      zh: `区划 ${code} 不在您的管辖范围内`,
      en: `Region ${code} is outside your scope`,
    })
}

/** Validates every row first; writes only when no row has an error. */
export async function importDeputies(
  ctx: ImportContext,
  rows: SheetRow[],
  trx: Db,
  audit: Audit,
  dryRun: boolean,
) {
  const errors = new RowErrors()
  const paths = await regionPaths(ctx.db)
  const seen = new Map<string, number>()
  const parsed: ParsedDeputy[] = []
  for (const { row, cells } of rows) {
    const c = (k: keyof typeof deputyHeaders) => cells[k] ?? ''
    for (const k of requiredDeputyColumns) if (!c(k)) errors.add(row, k, req(deputyHeaders[k]))
    const code = c('code')
    if (code && !/^[A-Za-z0-9_-]{1,40}$/.test(code))
      errors.add(row, 'code', {
        zh: '编码只能包含字母、数字、下划线和短横线',
        en: 'Code may hold only letters, digits, _ and -',
      })
    if (code && seen.has(`${code}`))
      errors.add(row, 'code', {
        zh: `编码与第 ${seen.get(code)} 行重复`,
        en: `Code repeats row ${seen.get(code)}`,
      })
    if (code) seen.set(code, row)
    const name = c('name')
    if (name.length > 40)
      errors.add(row, 'name', { zh: '姓名不能超过 40 个字符', en: 'Name must be at most 40 characters' })
    const genderText = c('gender')
    const gender = ['男', 'male', 'm'].includes(genderText.toLowerCase())
      ? 'male'
      : ['女', 'female', 'f'].includes(genderText.toLowerCase())
        ? 'female'
        : null
    if (genderText && !gender)
      errors.add(row, 'gender', { zh: '性别应为“男”或“女”', en: 'Gender must be 男/male or 女/female' })
    let birthYear: number | null = null
    if (c('birthYear')) {
      birthYear = Number(c('birthYear'))
      if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > new Date().getFullYear() - 18) {
        errors.add(row, 'birthYear', { zh: '出生年份无效', en: 'Birth year is not valid' })
      }
    }
    checkRegion(errors, row, c('regionCode'), paths, ctx.scopePaths)
    let phone: string | null = null
    if (c('phone')) {
      phone = normalisePhone(c('phone'))
      if (!phone) errors.add(row, 'phone', { zh: '手机号码格式不正确', en: 'The phone number is not valid' })
    }
    const level = c('level') ? parseLevel(c('level')) : null
    if (c('level') && !level)
      errors.add(row, 'level', {
        zh: '代表层级应为 全国/省/市/县/镇',
        en: 'Level must be national/provincial/city/county/town',
      })
    const term = Number(c('term'))
    if (c('term') && (!Number.isInteger(term) || term < 1 || term > 99))
      errors.add(row, 'term', { zh: '届次应为正整数', en: 'Term must be a positive whole number' })
    parsed.push({
      code,
      name,
      gender: gender ?? 'male',
      birthYear,
      ethnicity: c('ethnicity') || '汉族',
      party: c('party'),
      occupation: c('occupation'),
      organisation: c('organisation'),
      regionCode: c('regionCode'),
      phone,
      level: level ?? 'county',
      term,
      constituency: c('constituency'),
    })
  }
  if (rows.length === 0) errors.add(1, 'file', { zh: '表格中没有数据行', en: 'The sheet has no data rows' })
  if (errors.list.length > 0 || dryRun)
    return { errors: errors.list, imported: errors.list.length ? 0 : parsed.length }

  let created = 0
  for (const d of parsed) {
    const phoneCols = d.phone
      ? {
          phone_enc: ctx.cipher.encrypt(d.phone),
          phone_hash: ctx.cipher.lookupHash(d.phone),
          phone_masked: maskPhone(d.phone),
        }
      : {}
    const fields = {
      name: d.name,
      gender: d.gender,
      birth_year: d.birthYear,
      ethnicity: d.ethnicity,
      party: d.party,
      occupation: d.occupation,
      organisation: d.organisation,
      region_code: d.regionCode,
      ...phoneCols,
    }
    const existing = await trx
      .selectFrom('deputies')
      .select('id')
      .where('code', '=', d.code)
      .executeTakeFirst()
    let id: string
    if (existing) {
      id = existing.id
      await trx
        .updateTable('deputies')
        .set({ ...fields, updated_at: new Date(), version: (eb) => eb('version', '+', 1) })
        .where('id', '=', id)
        .execute()
    } else {
      id = (
        await trx
          .insertInto('deputies')
          .values({ code: d.code, ...fields, county_code: ctx.countyCode })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
      created++
    }
    await trx
      .insertInto('deputy_memberships')
      .values({
        deputy_id: id,
        level: d.level,
        term: d.term,
        constituency: d.constituency,
        region_code: d.regionCode,
      })
      .onConflict((oc) =>
        oc
          .columns(['deputy_id', 'level', 'term'])
          .doUpdateSet({ constituency: d.constituency, region_code: d.regionCode }),
      )
      .execute()
  }
  await audit({
    action: 'deputy.import',
    targetType: 'deputy',
    detail: { rows: parsed.length, created, updated: parsed.length - created },
  })
  return { errors: [], imported: parsed.length }
}

export async function importVenues(
  ctx: ImportContext,
  rows: SheetRow[],
  trx: Db,
  audit: Audit,
  dryRun: boolean,
) {
  const errors = new RowErrors()
  const paths = await regionPaths(ctx.db)
  const seen = new Map<string, number>()
  const parsed: {
    code: string
    kind: VenueKind
    name: string
    regionCode: string
    address: string
    lat: number | null
    lng: number | null
    receptionHours: string
    description: string
  }[] = []
  for (const { row, cells } of rows) {
    const c = (k: keyof typeof venueHeaders) => cells[k] ?? ''
    for (const k of requiredVenueColumns) if (!c(k)) errors.add(row, k, req(venueHeaders[k]))
    const code = c('code')
    if (code && !/^[A-Za-z0-9_-]{1,40}$/.test(code))
      errors.add(row, 'code', {
        zh: '编码只能包含字母、数字、下划线和短横线',
        en: 'Code may hold only letters, digits, _ and -',
      })
    if (code && seen.has(code))
      errors.add(row, 'code', {
        zh: `编码与第 ${seen.get(code)} 行重复`,
        en: `Code repeats row ${seen.get(code)}`,
      })
    if (code) seen.set(code, row)
    const kind = kindWords[c('kind').toLowerCase()] ?? null
    if (c('kind') && !kind)
      errors.add(row, 'kind', {
        zh: '类型应为 联络站/联络点/便民服务窗/代表履职岗/流动联络点',
        en: 'Kind must be station/point/window/post/mobile',
      })
    if (c('name') && (c('name').length < 2 || c('name').length > 80))
      errors.add(row, 'name', { zh: '名称应为 2–80 个字符', en: 'Name must have 2–80 characters' })
    checkRegion(errors, row, c('regionCode'), paths, ctx.scopePaths)
    const coord = (k: 'lat' | 'lng', max: number) => {
      if (!c(k)) return null
      const v = Number(c(k))
      if (!Number.isFinite(v) || Math.abs(v) > max) {
        errors.add(row, k, { zh: `${venueHeaders[k].zh}无效`, en: `${venueHeaders[k].en} is not valid` })
        return null
      }
      return v
    }
    parsed.push({
      code,
      kind: kind ?? 'point',
      name: c('name'),
      regionCode: c('regionCode'),
      address: c('address'),
      lat: coord('lat', 90),
      lng: coord('lng', 180),
      receptionHours: c('receptionHours'),
      description: c('description'),
    })
  }
  if (rows.length === 0) errors.add(1, 'file', { zh: '表格中没有数据行', en: 'The sheet has no data rows' })
  if (errors.list.length > 0) return { errors: errors.list, imported: 0 }
  // Existing codes outside the importer's scope may not be overwritten.
  const existing = await ctx.db
    .selectFrom('venues as v')
    .innerJoin('regions as r', 'r.code', 'v.region_code')
    .select(['v.code', 'r.path'])
    .where(
      'v.code',
      'in',
      parsed.map((p) => p.code),
    )
    .execute()
  for (const e of existing) {
    if (!pathWithin(e.path, ctx.scopePaths)) {
      errors.add(seen.get(e.code) ?? 1, 'code', {
        zh: `编码 ${e.code} 属于您管辖范围外的联络阵地`,
        en: `Code ${e.code} belongs to a venue outside your scope`,
      })
    }
  }
  if (errors.list.length > 0 || dryRun)
    return { errors: errors.list, imported: errors.list.length ? 0 : parsed.length }
  for (const v of parsed) {
    const fields = {
      kind: v.kind,
      name: v.name,
      region_code: v.regionCode,
      address: v.address,
      lat: v.lat,
      lng: v.lng,
      reception_hours: v.receptionHours,
      description: v.description,
    }
    await trx
      .insertInto('venues')
      .values({ code: v.code, ...fields, county_code: ctx.countyCode })
      .onConflict((oc) =>
        oc
          .column('code')
          .doUpdateSet({ ...fields, updated_at: new Date(), version: (eb) => eb('venues.version', '+', 1) }),
      )
      .execute()
  }
  await audit({ action: 'venue.import', targetType: 'venue', detail: { rows: parsed.length } })
  return { errors: [], imported: parsed.length }
}
