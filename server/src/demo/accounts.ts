import type { Insertable } from 'kysely'
import type { Role, UserRolesTable, UsersTable } from '../db/types.ts'
import { roleLabels } from '../platform/access.ts'
import { DEMO_UNIT_NAME } from './units.ts'
import { type DemoAccount, type DemoStep, insertRows, stableId } from './world.ts'

/** The demo sign-ins (all share the password given to the generator). Listed in the README. */
export const DEMO_ACCOUNTS: readonly { username: string; role: Role; description: string }[] = [
  { username: 'admin', role: 'county_admin', description: '县人大常委会管理员，全县范围' },
  { username: 'town', role: 'town_staff', description: '武康街道人大工作人员' },
  { username: 'station', role: 'station_staff', description: '武康街道人大代表联络站联络员' },
  { username: 'deputy', role: 'deputy', description: '武康街道选出的县人大代表' },
  { username: 'deputy2', role: 'deputy', description: '武康街道选出的另一位县人大代表（联名代表建议）' },
  { username: 'unit', role: 'unit_staff', description: `${DEMO_UNIT_NAME}承办人员` },
  { username: 'integrity', role: 'integrity_liaison', description: '县纪委监委联络员，仅廉情监测模块' },
]

/** The demo accounts, one per role, scoped to 武康街道 where a scope narrower than the county applies. */
export const accountsStep: DemoStep = {
  name: 'accounts',
  async run(ctx) {
    const { world, passwordHash } = ctx
    const countyCode = world.countyCode
    const wukang = world.towns[0]
    const station = world.stationByTown.get(wukang.code)!
    const [deputy, deputy2] = world.deputies.filter(
      (d) => d.townCode === wukang.code && d.memberships.some((m) => m.level === 'county'),
    )
    if (!deputy || !deputy2) throw new Error(`fewer than two county deputies in ${wukang.name}`)
    const unit = world.units.find((u) => u.name === DEMO_UNIT_NAME)
    if (!unit) throw new Error(`no unit named ${DEMO_UNIT_NAME}`)

    interface Spec {
      username: string
      displayName: string
      role: Role
      scopeLabel: string
      regionCode?: string
      venueId?: string
      unitId?: string
      deputyId?: string
    }
    const specs: Spec[] = [
      {
        username: 'admin',
        displayName: '县人大管理员',
        role: 'county_admin',
        scopeLabel: `${world.county.name}（全县）`,
        regionCode: countyCode,
      },
      {
        username: 'town',
        displayName: `${wukang.name}人大工作人员`,
        role: 'town_staff',
        scopeLabel: wukang.name,
        regionCode: wukang.code,
      },
      {
        username: 'station',
        displayName: `${wukang.short}联络站联络员`,
        role: 'station_staff',
        scopeLabel: station.name,
        venueId: station.id,
      },
      {
        username: 'deputy',
        displayName: deputy.name,
        role: 'deputy',
        scopeLabel: `${deputy.name}（${deputy.code}，县人大代表，${wukang.name}）`,
        deputyId: deputy.id,
      },
      {
        username: 'deputy2',
        displayName: deputy2.name,
        role: 'deputy',
        scopeLabel: `${deputy2.name}（${deputy2.code}，县人大代表，${wukang.name}）`,
        deputyId: deputy2.id,
      },
      {
        username: 'unit',
        displayName: '县住建局承办员',
        role: 'unit_staff',
        scopeLabel: unit.name,
        unitId: unit.id,
      },
      {
        username: 'integrity',
        displayName: '县纪委监委联络员',
        role: 'integrity_liaison',
        scopeLabel: `${world.county.name}（仅廉情监测）`,
        regionCode: countyCode,
      },
    ]

    const users: Insertable<UsersTable>[] = []
    const roles: Insertable<UserRolesTable>[] = []
    for (const s of specs) {
      const userId = stableId(countyCode, 'users', s.username)
      users.push({
        id: userId,
        username: s.username,
        display_name: s.displayName,
        password_hash: passwordHash,
        password_history: JSON.stringify([]),
        locked_until: null,
        totp_secret_enc: null,
        deputy_id: s.deputyId ?? null,
        county_code: countyCode,
        last_login_at: null,
      })
      roles.push({
        id: stableId(countyCode, 'user_roles', `${s.username}/${s.role}`),
        user_id: userId,
        role: s.role,
        region_code: s.regionCode ?? null,
        venue_id: s.venueId ?? null,
        unit_id: s.unitId ?? null,
      })
      const account: DemoAccount = {
        username: s.username,
        role: s.role,
        roleLabelZh: roleLabels[s.role].zh,
        displayName: s.displayName,
        scopeLabel: s.scopeLabel,
      }
      world.accounts.push(account)
    }
    await insertRows(ctx, 'users', users)
    await insertRows(ctx, 'user_roles', roles)
  },
}
