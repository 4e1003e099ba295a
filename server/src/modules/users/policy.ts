import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import { grantScopeOf, type Principal } from '../../platform/access.ts'
import { invalidField } from '../../platform/errors.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import { type GrantInput, regionLevelOf, unitState, venueExists } from './repo.ts'

/** Staff and deputy accounts are managed by the county's administrators, every account of the county. */
export const userAccountPolicy: EntityPolicy<{ id: string }, 'administrator', 'read' | 'create' | 'update'> =
  {
    entity: { zh: '账号', en: 'account' },
    reach: 'county.admin',
    relations: () => new Set(['administrator']),
    scope: () => sql`true`,
    abilities: { read: ['administrator'], create: ['administrator'], update: ['administrator'] },
  }

/** An administrator neither disables their own account nor changes their own roles. */
export function refuseSelfLockout(
  principal: Principal,
  id: string,
  change: { active?: boolean; roles?: unknown },
): void {
  if (id === principal.userId && (change.active === false || change.roles)) {
    throw invalidField(change.active === false ? 'body.active' : 'body.roles', {
      zh: '不能停用自己的账号或修改自己的角色',
      en: 'You cannot disable your own account or change your own roles',
    })
  }
}

/**
 * Each role needs exactly the scope it works in; anything else is refused with the field named. A retired unit
 * takes no new staff; a grant the account already holds (`keptUnitIds`) stays valid when its unit is retired.
 */
export async function validateGrants(
  db: Db,
  grants: GrantInput[],
  deputyId: string | undefined | null,
  keptUnitIds: ReadonlySet<string> = new Set(),
) {
  for (const [i, g] of grants.entries()) {
    const field = `body.roles.${i}`
    const scope = grantScopeOf[g.role]
    if (scope === 'county' || scope === 'town') {
      if (!g.regionCode)
        throw invalidField(`${field}.regionCode`, {
          zh: '该角色需要指定所属区划',
          en: 'This role needs a regionCode',
        })
      const level = await regionLevelOf(db, g.regionCode)
      if (!level) throw invalidField(`${field}.regionCode`, { zh: '区划不存在', en: 'Unknown region' })
      if (scope === 'town' && level !== 'town') {
        throw invalidField(`${field}.regionCode`, {
          zh: '镇(街道)人大角色的范围应为镇(街道)',
          en: 'Town staff must be scoped to a town',
        })
      }
      if (scope === 'county' && level !== 'county') {
        throw invalidField(`${field}.regionCode`, {
          zh: '该角色的范围应为全县',
          en: 'This role is scoped to the county',
        })
      }
    }
    if (scope === 'venue' && !(g.venueId && (await venueExists(db, g.venueId)))) {
      throw invalidField(`${field}.venueId`, {
        zh: '联络员角色需要指定联络阵地',
        en: 'Station staff need an existing venueId',
      })
    }
    if (scope === 'unit') {
      const state = g.unitId ? await unitState(db, g.unitId) : undefined
      if (!state)
        throw invalidField(`${field}.unitId`, {
          zh: '承办单位角色需要指定单位',
          en: 'Unit staff need an existing unitId',
        })
      if (state === 'retired' && !keptUnitIds.has(g.unitId!))
        throw invalidField(`${field}.unitId`, {
          zh: '该承办单位已停用，不能再为其开设账号',
          en: 'This unit is retired: it takes no new staff',
        })
    }
    if (scope === 'deputy' && !deputyId) {
      throw invalidField('body.deputyId', {
        zh: '代表角色需要关联代表本人',
        en: 'The deputy role needs deputyId',
      })
    }
  }
}
