import type { DeputyLevel } from '../../db/types.ts'
import { maskPhone, normalisePhone } from '../../platform/crypto.ts'
import { regionPathsByCode } from '../regions/repo.ts'
import { checkCode, checkRegion, type Importer, RowErrors, required } from '../spreadsheets/schema.ts'
import { deputyImport, mayImportDeputyIn } from './policy.ts'
import { saveDeputyByCode, saveMembership } from './repo.ts'

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
} satisfies Record<string, { zh: string; en: string }>

const requiredColumns = ['code', 'name', 'gender', 'regionCode', 'level', 'term'] as const

/** A level in either language, as written in the sheet (after "人大代表"/"代表" and "级" are dropped). */
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

function parseLevel(text: string): DeputyLevel | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/(人大)?代表$/, '')
    .replace(/级$/, '')
  return levelWords[t] ?? null
}

function parseGender(text: string): 'male' | 'female' | null {
  const t = text.toLowerCase()
  if (['男', 'male', 'm'].includes(t)) return 'male'
  if (['女', 'female', 'f'].includes(t)) return 'female'
  return null
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

/** Deputies with one membership per row; an existing code is updated in place. Phones are stored encrypted. */
export const deputyImporter: Importer = {
  name: 'deputies',
  label: '人大代表 Deputies',
  headers: deputyHeaders,
  reach: deputyImport.reach,
  async run(ctx, rows, audit, dryRun) {
    const errors = new RowErrors()
    const paths = await regionPathsByCode(ctx.db, ctx.countyCode)
    const inScope = (path: string) => mayImportDeputyIn(ctx.principal, path)
    const seen = new Map<string, number>()
    const parsed: ParsedDeputy[] = []
    for (const { row, cells } of rows) {
      const c = (k: keyof typeof deputyHeaders) => cells[k] ?? ''
      for (const k of requiredColumns) if (!c(k)) errors.add(row, k, required(deputyHeaders[k]))
      const code = c('code')
      checkCode(errors, seen, row, code)
      const name = c('name')
      if (name.length > 40)
        errors.add(row, 'name', { zh: '姓名不能超过 40 个字符', en: 'Name must be at most 40 characters' })
      const gender = parseGender(c('gender'))
      if (c('gender') && !gender)
        errors.add(row, 'gender', { zh: '性别应为“男”或“女”', en: 'Gender must be 男/male or 女/female' })
      let birthYear: number | null = null
      if (c('birthYear')) {
        birthYear = Number(c('birthYear'))
        if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > new Date().getFullYear() - 18) {
          errors.add(row, 'birthYear', { zh: '出生年份无效', en: 'Birth year is not valid' })
        }
      }
      checkRegion(errors, row, c('regionCode'), paths, inScope)
      let phone: string | null = null
      if (c('phone')) {
        phone = normalisePhone(c('phone'))
        if (!phone)
          errors.add(row, 'phone', { zh: '手机号码格式不正确', en: 'The phone number is not valid' })
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
      const phoneColumns = d.phone
        ? {
            phone_enc: ctx.cipher.encrypt(d.phone),
            phone_hash: ctx.cipher.lookupHash(d.phone),
            phone_masked: maskPhone(d.phone),
          }
        : {}
      const saved = await saveDeputyByCode(
        ctx.db,
        d.code,
        {
          name: d.name,
          gender: d.gender,
          birth_year: d.birthYear,
          ethnicity: d.ethnicity,
          party: d.party,
          occupation: d.occupation,
          organisation: d.organisation,
          region_code: d.regionCode,
          ...phoneColumns,
        },
        ctx.countyCode,
      )
      if (saved.created) created++
      await saveMembership(ctx.db, {
        deputyId: saved.id,
        level: d.level,
        term: d.term,
        constituency: d.constituency,
        regionCode: d.regionCode,
      })
    }
    await audit({
      action: 'deputy.import',
      targetType: 'deputy',
      detail: { rows: parsed.length, created, updated: parsed.length - created },
    })
    return { errors: [], imported: parsed.length }
  },
}
