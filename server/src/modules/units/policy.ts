import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { UnitKind } from '../../db/types.ts'
import { invalidField } from '../../platform/errors.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import { platformTypeExists, regionForUnit } from './repo.ts'

/**
 * Handling units are listed county-wide to every reference reader: any of them may be the addressee of a routed
 * item, so town staff must see county departments too. The platform types (一室四平台) are read the same way.
 */
export const unitPolicy: EntityPolicy<unknown, 'reader', 'read'> = {
  entity: { zh: '承办单位', en: 'unit' },
  reach: 'reference.read',
  relations: () => new Set(['reader']),
  scope: () => sql`true`,
  abilities: { read: ['reader'] },
}

/** Creating, changing, retiring and restoring handling units: the county's administrators. */
export const unitEditing = { reach: 'county.admin' } as const

const TOWN_KINDS: readonly UnitKind[] = ['town_government', 'platform']

/**
 * A unit as it will be after the change: a town platform (一室四平台) names its platform type and nothing else
 * does; town governments and platforms sit in a town of the county, the county's departments, commission, court
 * and procuratorate at the county itself.
 */
export async function validateUnit(
  db: Db,
  countyCode: string,
  unit: { kind: UnitKind; regionCode: string; platformType: string | null },
): Promise<void> {
  if (unit.kind === 'platform') {
    if (!unit.platformType)
      throw invalidField('body.platformType', {
        zh: '一室四平台需要选择平台类型',
        en: 'A town platform needs its platformType',
      })
    if (!(await platformTypeExists(db, unit.platformType)))
      throw invalidField('body.platformType', { zh: '平台类型不存在', en: 'Unknown platformType' })
  } else if (unit.platformType) {
    throw invalidField('body.platformType', {
      zh: '只有一室四平台才有平台类型',
      en: 'Only a town platform has a platformType',
    })
  }
  const region = await regionForUnit(db, unit.regionCode)
  if (!region || region.county_code !== countyCode || !region.active)
    throw invalidField('body.regionCode', { zh: '区划不存在', en: 'Unknown region' })
  const town = TOWN_KINDS.includes(unit.kind)
  if (town && region.level !== 'town')
    throw invalidField('body.regionCode', {
      zh: '镇(街道)政府和一室四平台应属于镇(街道)',
      en: 'Town governments and platforms belong to a town',
    })
  if (!town && region.level !== 'county')
    throw invalidField('body.regionCode', {
      zh: '县级部门、监委、法院、检察院应属于全县',
      en: 'County departments, the commission, the court and the procuratorate belong to the county',
    })
}
