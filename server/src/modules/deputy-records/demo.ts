import type { Insertable } from 'kysely'
import type { DeputyRecordEntriesTable } from '../../db/types.ts'
import { type DemoStep, insertRows, stableId } from '../../demo/world.ts'

/** The county's trainings of 2022 that its deputies attended (day, title, hours). */
const TRAININGS_2022 = [
  { day: '2022-04-21', title: '县人大代表履职能力提升培训班', hours: 12 },
  { day: '2022-07-14', title: '“代表在线·连心360”平台操作培训', hours: 3 },
  { day: '2022-10-27', title: '民生实事项目监督专题培训', hours: 6 },
] as const

/** The session of the county congress of 2022, where county deputies made their proposals. */
const SESSION_2022 = { day: '2022-02-23', title: '县第十七届人民代表大会第二次会议' }

const ACTIVITIES = ['参加县人大常委会执法检查', '参加代表小组专题调研', '列席县人大常委会会议'] as const

/**
 * The entries made by hand in the deputies' records of 2022 (履职档案): most deputies attended one to three of
 * the county's trainings; about half of the county deputies made one to three proposals at the session; some
 * took part in other activities. Entered by the county's administrator, as the congress's office does; the demo deputy account has one
 * entry of each kind.
 */
export const deputyRecordsStep: DemoStep = {
  name: 'deputy-records',
  async run(ctx) {
    const { world, rng } = ctx
    const user = (username: string) =>
      ctx.db
        .selectFrom('users')
        .select(['id', 'deputy_id'])
        .where('username', '=', username)
        .executeTakeFirst()
    const admin = await user('admin')
    // The demo deputy account's record has one entry of each kind, so that its page has something to show.
    const demoDeputy = (await user('deputy'))?.deputy_id
    const rows: Insertable<DeputyRecordEntriesTable>[] = []
    const add = (
      deputyId: string,
      key: string,
      row: Omit<Insertable<DeputyRecordEntriesTable>, 'id' | 'deputy_id' | 'county_code'>,
    ) =>
      rows.push({
        id: stableId(world.countyCode, 'deputy_record_entries', `${deputyId}/${key}`),
        deputy_id: deputyId,
        county_code: world.countyCode,
        created_by: admin?.id ?? null,
        updated_by: admin?.id ?? null,
        created_at: new Date(`${row.day}T10:00:00+08:00`),
        updated_at: new Date(`${row.day}T10:00:00+08:00`),
        ...row,
      })
    for (const deputy of world.deputies) {
      const shown = deputy.id === demoDeputy
      TRAININGS_2022.forEach((t, i) => {
        if (i === 0 ? rng.chance(0.9) || shown : rng.chance(0.5))
          add(deputy.id, `training/${t.day}`, {
            kind: 'training',
            day: t.day,
            title: t.title,
            hours: t.hours,
          })
      })
      if ((deputy.memberships.some((m) => m.level === 'county') && rng.chance(0.5)) || shown)
        add(deputy.id, `proposal/${SESSION_2022.day}`, {
          kind: 'proposal',
          day: SESSION_2022.day,
          title: SESSION_2022.title,
          quantity: rng.int(1, 3),
          note: '会议期间提出建议',
        })
      if (rng.chance(0.3) || shown) {
        const title = rng.pick(ACTIVITIES)
        const day = `2022-${String(rng.int(3, 11)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
        add(deputy.id, `activity/${day}`, { kind: 'activity', day, title })
      }
    }
    await insertRows(ctx, 'deputy_record_entries', rows)
  },
}
