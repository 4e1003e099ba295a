import type { VenueKind } from '../../db/types.ts'
import { regionPathsByCode } from '../regions/repo.ts'
import { checkCode, checkRegion, type Importer, RowErrors, required } from '../spreadsheets/schema.ts'
import { mayPlaceVenue, venueEditing } from './policy.ts'
import { upsertVenue, type VenueFields, venueRegionsByCode } from './repo.ts'

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
} satisfies Record<string, { zh: string; en: string }>

const requiredColumns = ['code', 'kind', 'name', 'regionCode'] as const

/** A kind in either language, as written in the sheet. */
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

type ParsedVenue = VenueFields & { code: string }

/** Venues from .xlsx, within the importer's region subtrees; an existing code is updated in place. */
export const venueImporter: Importer = {
  name: 'venues',
  label: '联络阵地 Venues',
  headers: venueHeaders,
  reach: venueEditing.reach,
  async run(ctx, rows, audit, dryRun) {
    const errors = new RowErrors()
    const paths = await regionPathsByCode(ctx.db, ctx.countyCode)
    const inScope = (path: string) => mayPlaceVenue(ctx.principal, path)
    const seen = new Map<string, number>()
    const parsed: ParsedVenue[] = []
    for (const { row, cells } of rows) {
      const c = (k: keyof typeof venueHeaders) => cells[k] ?? ''
      for (const k of requiredColumns) if (!c(k)) errors.add(row, k, required(venueHeaders[k]))
      const code = c('code')
      checkCode(errors, seen, row, code)
      const kind = kindWords[c('kind').toLowerCase()] ?? null
      if (c('kind') && !kind)
        errors.add(row, 'kind', {
          zh: '类型应为 联络站/联络点/便民服务窗/代表履职岗/流动联络点',
          en: 'Kind must be station/point/window/post/mobile',
        })
      if (c('name') && (c('name').length < 2 || c('name').length > 80))
        errors.add(row, 'name', { zh: '名称应为 2–80 个字符', en: 'Name must have 2–80 characters' })
      checkRegion(errors, row, c('regionCode'), paths, inScope)
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
    const existing = await venueRegionsByCode(
      ctx.db,
      parsed.map((p) => p.code),
    )
    for (const e of existing) {
      if (!inScope(e.path)) {
        errors.add(seen.get(e.code) ?? 1, 'code', {
          zh: `编码 ${e.code} 属于您管辖范围外的联络阵地`,
          en: `Code ${e.code} belongs to a venue outside your scope`,
        })
      }
    }
    if (errors.list.length > 0 || dryRun)
      return { errors: errors.list, imported: errors.list.length ? 0 : parsed.length }
    for (const v of parsed) await upsertVenue(ctx.db, { ...v, countyCode: ctx.countyCode })
    await audit({ action: 'venue.import', targetType: 'venue', detail: { rows: parsed.length } })
    return { errors: [], imported: parsed.length }
  },
}
