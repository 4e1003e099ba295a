import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import { scopeFor } from '../../platform/scope.ts'
import type { Column } from '../../platform/workbook.ts'
import { gridPolicy, regionPolicy } from './policy.ts'
import { presentGrid, presentRegion } from './present.ts'
import { listGrids, listRegions } from './repo.ts'
import { GridQuery, RegionListQuery } from './schema.ts'

const regionColumns: Column<ReturnType<typeof presentRegion>>[] = [
  { header: { zh: '区划代码', en: 'Code' }, value: (x) => x.code, width: 16 },
  { header: { zh: '名称', en: 'Name' }, value: (x) => x.name },
  { header: { zh: '层级', en: 'Level' }, value: (x) => x.level },
  { header: { zh: '类别', en: 'Kind' }, value: (x) => x.kind },
  { header: { zh: '上级代码', en: 'Parent code' }, value: (x) => x.parentCode },
  { header: { zh: '状态', en: 'Status' }, value: (x) => (x.active ? '在用 active' : '已撤销 retired') },
]

const gridColumns: Column<ReturnType<typeof presentGrid>>[] = [
  { header: { zh: '编码', en: 'Code' }, value: (x) => x.code, width: 22 },
  { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 24 },
  { header: { zh: '村/社区', en: 'Village' }, value: (x) => x.regionName },
  { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.townName },
  { header: { zh: '代表人数', en: 'Deputies' }, value: (x) => x.deputyCount },
]

export const regionExporters: Exporter[] = [
  {
    name: 'regions',
    reach: regionPolicy.reach,
    query: RegionListQuery,
    run: async (request, query) => {
      reach(request, regionPolicy)
      const { ctx } = request.server
      const { rows } = await listRegions(ctx.db, ctx.config.countyCode, query)
      return { items: rows.map(presentRegion) }
    },
    columns: regionColumns,
  },
  {
    name: 'grids',
    reach: gridPolicy.reach,
    query: GridQuery,
    run: async (request, query) => {
      const principal = reach(request, gridPolicy)
      const { rows } = await listGrids(request.server.ctx.db, scopeFor(gridPolicy, principal), query)
      return { items: rows.map(presentGrid) }
    },
    columns: gridColumns,
  },
]
