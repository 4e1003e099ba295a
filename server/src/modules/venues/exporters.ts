import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import { scopeFor } from '../../platform/scope.ts'
import type { Column } from '../../platform/workbook.ts'
import { venuePolicy } from './policy.ts'
import { presentVenue } from './present.ts'
import { listVenues } from './repo.ts'
import { VenueQuery, venueKindLabels } from './schema.ts'

const columns: Column<ReturnType<typeof presentVenue>>[] = [
  { header: { zh: '编码', en: 'Code' }, value: (x) => x.code, width: 20 },
  { header: { zh: '类型', en: 'Kind' }, value: (x) => venueKindLabels[x.kind].zh },
  { header: { zh: '名称', en: 'Name' }, value: (x) => x.name, width: 30 },
  { header: { zh: '区划代码', en: 'Region code' }, value: (x) => x.regionCode },
  { header: { zh: '所在区划', en: 'Region' }, value: (x) => x.regionName },
  { header: { zh: '地址', en: 'Address' }, value: (x) => x.address, width: 30 },
  { header: { zh: '纬度', en: 'Latitude' }, value: (x) => x.lat },
  { header: { zh: '经度', en: 'Longitude' }, value: (x) => x.lng },
  { header: { zh: '接待时间', en: 'Reception hours' }, value: (x) => x.receptionHours, width: 30 },
  { header: { zh: '代表人数', en: 'Deputies' }, value: (x) => x.deputyCount },
]

export const venueExporters: Exporter[] = [
  {
    name: 'venues',
    reach: venuePolicy.reach,
    query: VenueQuery,
    run: async (request, query) => {
      const principal = reach(request, venuePolicy)
      const { rows } = await listVenues(request.server.ctx.db, scopeFor(venuePolicy, principal), query)
      return { items: rows.map(presentVenue) }
    },
    columns,
  },
]
