import { requireRole } from '../../platform/access.ts'
import type { Exporter } from '../../platform/module.ts'
import { rolesOf } from '../../platform/roles.ts'
import type { Column } from '../../platform/workbook.ts'
// TODO(boundaries): suggestions exporter moves to the suggestions manifest
import { listSuggestions } from '../suggestions/queries.ts'
import { QueueQuery } from '../suggestions/schemas.ts'

const channelNames = {
  online: '线上问诊',
  station: '站内坐诊',
  mobile: '流动巡诊',
  grid: '网格上报',
  mediation: '矛调中心',
}

type QueueItem = Awaited<ReturnType<typeof listSuggestions>>['items'][number]

const columns: Column<QueueItem>[] = [
  { header: { zh: '查询编号', en: 'Tracking code' }, value: (x) => x.trackingCode, width: 18 },
  { header: { zh: '状态', en: 'Status' }, value: (x) => x.statusLabel.zh },
  {
    header: { zh: '渠道', en: 'Channel' },
    value: (x) => channelNames[x.channel as keyof typeof channelNames],
  },
  { header: { zh: '类别', en: 'Category' }, value: (x) => x.categoryName },
  { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.townName },
  { header: { zh: '村(社区)', en: 'Village' }, value: (x) => x.regionName },
  { header: { zh: '内容摘要', en: 'Excerpt' }, value: (x) => x.excerpt, width: 50 },
  { header: { zh: '提交时间', en: 'Received' }, value: (x) => x.receivedAt, width: 24 },
  { header: { zh: '办理期限', en: 'Due' }, value: (x) => x.dueAt, width: 24 },
  { header: { zh: '超期', en: 'Overdue' }, value: (x) => (x.overdue ? '是' : '否') },
  { header: { zh: '主办单位', en: 'Lead unit' }, value: (x) => x.leadUnitName, width: 24 },
  { header: { zh: '联系电话（脱敏）', en: 'Phone (masked)' }, value: (x) => x.contactPhoneMasked },
]

/** The queue of the closed loop, as the caller sees it (platform/roles.ts `suggestions.work`). */
export const suggestionExporter: Exporter = {
  name: 'suggestions',
  query: QueueQuery,
  run: async (request, query) =>
    listSuggestions(request.server.ctx.db, requireRole(request, ...rolesOf('suggestions.work')), query),
  columns,
}
