import type { Db } from '../../db/index.ts'
import { invalidField } from '../../platform/errors.ts'
import type { SiteFields } from './repo.ts'

interface SiteBody {
  name: string
  regionCode: string
  address?: string
  location: { lat: number; lng: number }
  unitId: string | null
  deputyIds: string[]
  planStart?: string | null
  planEnd?: string | null
  investment?: number | null
  milestones?: { name: string; due: string; done: boolean }[]
}

const bad = (field: string, zh: string, en: string) => invalidField(`body.${field}`, { zh, en })

/** Checks a site's place, unit, lead deputies and plan against the county's records; answers the row's fields. */
export async function checkSite(
  db: Db,
  countyCode: string,
  body: SiteBody,
): Promise<{ fields: SiteFields; regionPath: string }> {
  const region = await db
    .selectFrom('regions')
    .select(['code', 'level', 'parent_code', 'path'])
    .where('code', '=', body.regionCode)
    .executeTakeFirst()
  if (!region || region.level === 'county' || !region.path.startsWith(`${countyCode}/`))
    throw bad('regionCode', '请选择本县的镇(街道)或村(社区)', 'Choose a town or village of the county')
  if (body.unitId) {
    const unit = await db
      .selectFrom('units')
      .select(['id', 'active'])
      .where('id', '=', body.unitId)
      .executeTakeFirst()
    if (!unit?.active) throw bad('unitId', '责任单位不存在', 'Unknown responsible unit')
  }
  const deputies = await db.selectFrom('deputies').select('id').where('id', 'in', body.deputyIds).execute()
  if (deputies.length !== body.deputyIds.length)
    throw bad('deputyIds', '领办代表不存在', 'Unknown lead deputy')
  const start = body.planStart ?? null
  const end = body.planEnd ?? null
  if (start && end && end < start)
    throw bad('planEnd', '计划完成日期不能早于开工日期', 'The plan ends before it starts')
  return {
    regionPath: region.path,
    fields: {
      name: body.name.trim(),
      region_code: region.code,
      town_code: region.level === 'town' ? region.code : region.parent_code!,
      address: body.address?.trim() ?? '',
      lat: body.location.lat,
      lng: body.location.lng,
      unit_id: body.unitId,
      plan_start: start,
      plan_end: end,
      investment: body.investment ?? null,
      milestones: body.milestones ?? [],
    },
  }
}
