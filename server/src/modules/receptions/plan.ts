import type { Static } from 'typebox'
import type { Db } from '../../db/index.ts'
import { cstInstant } from '../../platform/calendar.ts'
import { invalidField } from '../../platform/errors.ts'
import { activeDeputies } from '../duty/repo.ts'
import { regionInfo, type StopRow } from './repo.ts'
import type { RoundCreate } from './schema.ts'

/** A round's plan checked before anything is written: its town, deputies and stops (times on the round's day). */

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))

export async function checkRoundPlan(
  db: Db,
  countyCode: string,
  townCode: string,
  plan: Omit<Static<typeof RoundCreate>, 'townCode' | 'id'>,
) {
  const town = await regionInfo(db, townCode)
  if (!town?.active || town.level !== 'town' || town.county_code !== countyCode)
    throw invalidField('body.townCode', { zh: '镇(街道)不存在', en: 'Unknown town' })
  const active = await activeDeputies(db, plan.deputyIds)
  if (plan.deputyIds.some((id) => !active.has(id)))
    throw invalidField('body.deputyIds', { zh: '代表不存在', en: 'Unknown deputy' })
  const stops: StopRow[] = []
  for (const [i, s] of plan.stops.entries()) {
    const field = `body.stops[${i}]`
    const region = await regionInfo(db, s.regionCode)
    const inTown = region?.code === town.code || region?.parent_code === town.code
    if (!region?.active || !inTown)
      throw invalidField(`${field}.regionCode`, {
        zh: '站点须位于本镇(街道)的村(社区)',
        en: 'A stop must be in a village or community of the town',
      })
    if (minutes(s.endsAt) <= minutes(s.startsAt))
      throw invalidField(`${field}.endsAt`, {
        zh: '结束时间须晚于开始时间',
        en: 'The end must be after the start',
      })
    const prev = plan.stops[i - 1]
    if (prev && minutes(s.startsAt) < minutes(prev.endsAt))
      throw invalidField(`${field}.startsAt`, {
        zh: '站点时间不能早于上一站结束',
        en: 'A stop cannot start before the previous one ends',
      })
    stops.push({
      kind: s.kind,
      name: s.name.trim(),
      region_code: region.code,
      address: s.address?.trim() ?? '',
      starts_at: cstInstant(plan.day, minutes(s.startsAt)),
      ends_at: cstInstant(plan.day, minutes(s.endsAt)),
    })
  }
  return { town, stops }
}
