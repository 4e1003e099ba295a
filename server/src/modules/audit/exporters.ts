import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import type { Column } from '../../platform/workbook.ts'
import { auditLogPolicy } from './policy.ts'
import { presentAuditRow } from './present.ts'
import { listAudit } from './repo.ts'
import { AuditQuery } from './schema.ts'

const columns: Column<ReturnType<typeof presentAuditRow>>[] = [
  { header: { zh: '序号', en: 'Seq' }, value: (x) => x.seq },
  { header: { zh: '时间', en: 'Time' }, value: (x) => x.at, time: true },
  { header: { zh: '操作人', en: 'Actor' }, value: (x) => x.actorName },
  { header: { zh: '操作', en: 'Action' }, value: (x) => x.action, width: 24 },
  { header: { zh: '对象类型', en: 'Target type' }, value: (x) => x.targetType },
  { header: { zh: '对象', en: 'Target' }, value: (x) => x.targetId, width: 38 },
  { header: { zh: '结果', en: 'Result' }, value: (x) => x.result },
  { header: { zh: '请求编号', en: 'Request id' }, value: (x) => x.requestId, width: 38 },
]

export const auditExporters: Exporter[] = [
  {
    name: 'audit',
    reach: auditLogPolicy.reach,
    query: AuditQuery,
    run: async (request, query) => {
      reach(request, auditLogPolicy)
      const { rows } = await listAudit(request.server.ctx.db, query)
      return { items: rows.map(presentAuditRow) }
    },
    columns,
  },
]
