import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import { suggestionPolicy } from './policy.ts'
import { presentListItem } from './present.ts'
import { listQueue } from './repo.ts'
import { channelLabels, QueueQuery } from './schema.ts'

/** The caller's queue as a spreadsheet, with the queue's filters (GET /api/exports/suggestions.xlsx). */
export const suggestionsExporter: Exporter = {
  name: 'suggestions',
  reach: suggestionPolicy.reach,
  query: QueueQuery,
  run: async (request, query) => {
    const principal = reach(request, suggestionPolicy)
    // The spreadsheets module passes the export's row limit with the filters.
    const { rows, total } = await listQueue(request.server.ctx.db, principal, query)
    return { items: rows.map(presentListItem), total }
  },
  columns: [
    { header: { zh: '查询编号', en: 'Tracking code' }, value: (x) => x.trackingCode, width: 18 },
    { header: { zh: '状态', en: 'Status' }, value: (x) => x.statusLabel.zh },
    {
      header: { zh: '渠道', en: 'Channel' },
      value: (x) => channelLabels[x.channel as keyof typeof channelLabels].zh,
    },
    { header: { zh: '类别', en: 'Category' }, value: (x) => x.categoryName },
    { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.townName },
    { header: { zh: '村(社区)', en: 'Village' }, value: (x) => x.regionName },
    { header: { zh: '内容摘要', en: 'Excerpt' }, value: (x) => x.excerpt, width: 50 },
    { header: { zh: '提交时间', en: 'Received' }, value: (x) => x.receivedAt, time: true },
    { header: { zh: '办理期限', en: 'Due' }, value: (x) => x.dueAt, time: true },
    { header: { zh: '超期', en: 'Overdue' }, value: (x) => (x.overdue ? '是' : '否') },
    { header: { zh: '主办单位', en: 'Lead unit' }, value: (x) => x.leadUnitName, width: 24 },
    { header: { zh: '联系电话（脱敏）', en: 'Phone (masked)' }, value: (x) => x.contactPhoneMasked },
  ],
}
