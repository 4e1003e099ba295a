import type { Insertable } from 'kysely'
import type { PlatformTypesTable, UnitsTable } from '../db/types.ts'
import { type DemoStep, type DemoUnit, insertRows, stableId } from './world.ts'

/** The town "一室四平台": kept as data because the names change from time to time. */
export const PLATFORM_TYPES: readonly { code: string; name: string; nameEn: string }[] = [
  { code: 'command_room', name: '综合信息指挥室', nameEn: 'Integrated information command room' },
  { code: 'governance', name: '综治工作平台', nameEn: 'Comprehensive governance platform' },
  { code: 'market', name: '市场监管平台', nameEn: 'Market supervision platform' },
  { code: 'enforcement', name: '综合执法平台', nameEn: 'Comprehensive law-enforcement platform' },
  { code: 'service', name: '便民服务平台', nameEn: 'Public service platform' },
]

/** County government departments (一府) handling suggestions. */
export const COUNTY_DEPARTMENTS: readonly string[] = [
  '县发展和改革局',
  '县经济和信息化局',
  '县教育局',
  '县科学技术局',
  '县公安局',
  '县民政局',
  '县司法局',
  '县财政局',
  '县人力资源和社会保障局',
  '县自然资源和规划局',
  '湖州市生态环境局德清分局',
  '县住房和城乡建设局',
  '县交通运输局',
  '县水利局',
  '县农业农村局',
  '县商务局',
  '县文化和广电旅游体育局',
  '县卫生健康局',
  '县退役军人事务局',
  '县应急管理局',
  '县审计局',
  '县市场监督管理局',
  '县统计局',
  '县综合行政执法局',
  '县医疗保障局',
  '县数据局',
  '县信访局',
]

/** The unit the demo "unit" account works for. */
export const DEMO_UNIT_NAME = '县住房和城乡建设局'

/** Handling units: departments, 一委两院, town governments and each town's platforms. */
export const unitsStep: DemoStep = {
  name: 'units',
  async run(ctx) {
    const { world } = ctx
    const countyCode = world.countyCode
    const typeRows: Insertable<PlatformTypesTable>[] = PLATFORM_TYPES.map((p, i) => ({
      code: p.code,
      name: p.name,
      name_en: p.nameEn,
      sort: i + 1,
    }))
    await insertRows(ctx, 'platform_types', typeRows)
    world.platformTypes = PLATFORM_TYPES.map((p) => p.code)

    const units: DemoUnit[] = []
    const add = (
      code: string,
      name: string,
      kind: DemoUnit['kind'],
      regionCode: string,
      platformType: string | null = null,
    ) => units.push({ id: stableId(countyCode, 'units', code), code, name, kind, platformType, regionCode })

    COUNTY_DEPARTMENTS.forEach((name, i) => {
      add(`U-DEPT-${String(i + 1).padStart(2, '0')}`, name, 'department', countyCode)
    })
    add('U-SUP', '县监察委员会', 'supervisory', countyCode)
    add('U-COURT', '县人民法院', 'court', countyCode)
    add('U-PROC', '县人民检察院', 'procuratorate', countyCode)
    for (const town of world.towns) {
      const t9 = town.code.slice(0, 9)
      add(
        `U-${t9}-GOV`,
        town.isSubdistrict ? `${town.name}办事处` : `${town.name}人民政府`,
        'town_government',
        town.code,
      )
      for (const p of PLATFORM_TYPES)
        add(`U-${t9}-${p.code}`, `${town.name}${p.name}`, 'platform', town.code, p.code)
    }
    world.units = units
    const rows: Insertable<UnitsTable>[] = units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      platform_type: u.platformType,
      region_code: u.regionCode,
      county_code: countyCode,
    }))
    await insertRows(ctx, 'units', rows)
  },
}
