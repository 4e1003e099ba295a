import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import type { Column } from '../../platform/workbook.ts'
import { unitPolicy } from './policy.ts'
import { presentUnit } from './present.ts'
import { listUnits } from './repo.ts'
import { UnitQuery, unitKindLabels } from './schema.ts'

const columns: Column<ReturnType<typeof presentUnit>>[] = [
  { header: { zh: '编码', en: 'Code' }, value: (x) => x.code, width: 22 },
  { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 30 },
  { header: { zh: '类别', en: 'Kind' }, value: (x) => unitKindLabels[x.kind].zh },
  { header: { zh: '平台', en: 'Platform' }, value: (x) => x.platformTypeName },
  { header: { zh: '所属区划', en: 'Region' }, value: (x) => x.regionName },
]

export const unitExporters: Exporter[] = [
  {
    name: 'units',
    reach: unitPolicy.reach,
    query: UnitQuery,
    run: async (request, query) => {
      reach(request, unitPolicy)
      const { rows } = await listUnits(request.server.ctx.db, query)
      return { items: rows.map(presentUnit) }
    },
    columns,
  },
]
