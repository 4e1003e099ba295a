import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import { scopeFor } from '../../platform/scope.ts'
import type { Column } from '../../platform/workbook.ts'
import { deputyGroupPolicy, deputyPolicy } from './policy.ts'
import { presentDeputy, presentDeputyGroup } from './present.ts'
import { listDeputies, listDeputyGroups, membershipsOf } from './repo.ts'
import { DeputyGroupQuery, DeputyQuery, deputyLevelLabels } from './schema.ts'

const deputyColumns: Column<ReturnType<typeof presentDeputy>>[] = [
  { header: { zh: '编码', en: 'Code' }, value: (x) => x.code },
  { header: { zh: '姓名', en: 'Name' }, value: (x) => x.name },
  { header: { zh: '性别', en: 'Gender' }, value: (x) => (x.gender === 'male' ? '男' : '女') },
  { header: { zh: '出生年份', en: 'Birth year' }, value: (x) => x.birthYear },
  { header: { zh: '政治面貌', en: 'Party' }, value: (x) => x.party },
  { header: { zh: '职业', en: 'Occupation' }, value: (x) => x.occupation },
  { header: { zh: '工作单位', en: 'Organisation' }, value: (x) => x.organisation, width: 30 },
  { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.townName },
  { header: { zh: '手机号码（脱敏）', en: 'Phone (masked)' }, value: (x) => x.phoneMasked },
  {
    header: { zh: '代表层级', en: 'Levels' },
    value: (x) => x.memberships.map((m) => `${deputyLevelLabels[m.level].zh}（第${m.term}届）`).join('；'),
    width: 30,
  },
]

const groupColumns: Column<ReturnType<typeof presentDeputyGroup>>[] = [
  { header: { zh: '编码', en: 'Code' }, value: (x) => x.code },
  { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 30 },
  { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.regionName },
  { header: { zh: '联络站', en: 'Station' }, value: (x) => x.venueName, width: 30 },
  { header: { zh: '组长', en: 'Leader' }, value: (x) => x.leaderName },
  { header: { zh: '人数', en: 'Members' }, value: (x) => x.memberCount },
]

export const deputyExporters: Exporter[] = [
  {
    name: 'deputies',
    reach: deputyPolicy.reach,
    query: DeputyQuery,
    run: async (request, query) => {
      const { db } = request.server.ctx
      const principal = reach(request, deputyPolicy)
      const { rows } = await listDeputies(db, scopeFor(deputyPolicy, principal), query)
      const memberships = await membershipsOf(
        db,
        rows.map((r) => r.id),
      )
      return { items: rows.map((r) => presentDeputy(r, memberships.get(r.id) ?? [])) }
    },
    columns: deputyColumns,
  },
  {
    name: 'deputy-groups',
    reach: deputyGroupPolicy.reach,
    query: DeputyGroupQuery,
    run: async (request, query) => {
      const principal = reach(request, deputyGroupPolicy)
      const { rows } = await listDeputyGroups(
        request.server.ctx.db,
        scopeFor(deputyGroupPolicy, principal),
        query,
      )
      return { items: rows.map(presentDeputyGroup) }
    },
    columns: groupColumns,
  },
]
