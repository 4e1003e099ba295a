import type { Insertable } from 'kysely'
import type { DeputyGroupMembersTable, DeputyGroupsTable } from '../db/types.ts'
import { CHINESE_NUMERALS } from './names.ts'
import { TOWN_SPECS, townCodeOf } from './towns.ts'
import { apportion, type DemoGroup, type DemoStep, insertRows, stableId } from './world.ts'

/** Deputy groups: 36, organised by liaison station; every county deputy of a town in exactly one of its groups. */
export const groupsStep: DemoStep = {
  name: 'deputy_groups',
  async run(ctx) {
    const { rng, world } = ctx
    const countyCode = world.countyCode
    const groupRows: Insertable<DeputyGroupsTable>[] = []
    const memberRows: Insertable<DeputyGroupMembersTable>[] = []
    let serial = 0
    for (const spec of TOWN_SPECS) {
      const townCode = townCodeOf(countyCode, spec)
      const town = world.towns.find((t) => t.code === townCode)!
      const station = world.stationByTown.get(townCode)!
      // Deputies are in code order, i.e. by village: contiguous slices keep each group's members near each other.
      const members = world.deputies.filter(
        (d) => d.townCode === townCode && d.memberships.some((m) => m.level === 'county'),
      )
      const sizes = apportion(members.length, Array(spec.groups).fill(1), 1)
      let offset = 0
      sizes.forEach((size, i) => {
        serial++
        const code = `G${String(serial).padStart(2, '0')}`
        const slice = members.slice(offset, offset + size)
        offset += size
        const group: DemoGroup = {
          id: stableId(countyCode, 'deputy_groups', code),
          code,
          name: `${town.name}代表联络站第${CHINESE_NUMERALS[i + 1]}小组`,
          townCode,
          venueId: station.id,
          leaderDeputyId: rng.pick(slice).id,
          memberIds: slice.map((d) => d.id),
        }
        world.groups.push(group)
        groupRows.push({
          id: group.id,
          code,
          name: group.name,
          region_code: townCode,
          venue_id: station.id,
          leader_deputy_id: group.leaderDeputyId,
          county_code: countyCode,
        })
        for (const deputyId of group.memberIds) memberRows.push({ group_id: group.id, deputy_id: deputyId })
      })
    }
    await insertRows(ctx, 'deputy_groups', groupRows)
    await insertRows(ctx, 'deputy_group_members', memberRows)
  },
}
