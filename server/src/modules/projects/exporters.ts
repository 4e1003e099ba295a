import { sql } from 'kysely'
import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import type { Column } from '../../platform/workbook.ts'
import { sitePolicy } from './policy.ts'
import { ProgressQuery } from './schema.ts'
import { monthOf, siteLabels } from './workflow.ts'

const FINDING: Record<string, string> = {
  good: '正常 OK',
  concern: '需关注 Watch',
  problem: '有问题 Problem',
}

/**
 * The month-end progress table (进度表) as a spreadsheet: every site in the caller's scope as it stood at the
 * month's end (live for the month under way), with that month's report (GET /api/export/project-progress).
 */
async function progressRows(
  request: Parameters<Exporter['run']>[0],
  q: { month: string; projectId?: string; townCode?: string },
) {
  const principal = reach(request, sitePolicy)
  const { db } = request.server.ctx
  const live = q.month >= monthOf(new Date())
  let query = db
    .selectFrom('project_sites as s')
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .innerJoin('regions as t', 't.code', 's.town_code')
    .innerJoin('regions as g', 'g.code', 's.region_code')
    .leftJoin('units as u', 'u.id', 's.unit_id')
    .leftJoin('site_reports as r', (j) => j.onRef('r.site_id', '=', 's.id').on('r.month', '=', q.month))
    .where(sitePolicy.scope(principal, 's'))
    .where('p.year', '=', Number(q.month.slice(0, 4)))
    .select([
      'p.seq',
      'p.name as project',
      's.name',
      't.name as town',
      'g.name as village',
      'u.name as unit',
      'r.filed_at',
      'r.on_time',
      'r.quality',
      'r.quantity',
      'r.problems',
      'r.opinion',
      sql<string>`array_to_string(ARRAY(SELECT d.name FROM site_deputies sd JOIN deputies d ON d.id = sd.deputy_id WHERE sd.site_id = s.id ORDER BY sd.seq), '、')`.as(
        'leads',
      ),
    ])
  if (q.projectId) query = query.where('s.project_id', '=', q.projectId)
  if (q.townCode) query = query.where('s.town_code', '=', q.townCode)
  const rows = live
    ? await query
        .select(['s.status', 's.progress'])
        .orderBy('p.seq')
        .orderBy('t.sort')
        .orderBy('s.name')
        .execute()
    : await query
        .innerJoin('site_month_ends as m', (j) =>
          j.onRef('m.site_id', '=', 's.id').on('m.month', '=', q.month),
        )
        .select(['m.status', 'm.progress'])
        .orderBy('p.seq')
        .orderBy('t.sort')
        .orderBy('s.name')
        .execute()
  return rows.map((r) => ({ ...r, month: q.month }))
}

type Row = Awaited<ReturnType<typeof progressRows>>[number]

const columns: Column<Row>[] = [
  { header: { zh: '月份', en: 'Month' }, value: (r) => r.month, width: 9 },
  { header: { zh: '序号', en: 'No.' }, value: (r) => r.seq, width: 6 },
  { header: { zh: '项目', en: 'Project' }, value: (r) => r.project, width: 20 },
  { header: { zh: '点位', en: 'Site' }, value: (r) => r.name, width: 24 },
  { header: { zh: '镇(街道)', en: 'Town' }, value: (r) => r.town },
  { header: { zh: '村(社区)', en: 'Village' }, value: (r) => r.village },
  { header: { zh: '责任单位', en: 'Responsible unit' }, value: (r) => r.unit ?? '', width: 20 },
  { header: { zh: '领办代表', en: 'Lead deputies' }, value: (r) => r.leads, width: 16 },
  {
    header: { zh: '状态', en: 'State' },
    value: (r) => `${siteLabels[r.status].zh} ${siteLabels[r.status].en}`,
    width: 16,
  },
  { header: { zh: '进度(%)', en: 'Progress (%)' }, value: (r) => r.progress, width: 10 },
  { header: { zh: '报告提交时间', en: 'Report filed' }, value: (r) => r.filed_at, time: true, width: 18 },
  {
    header: { zh: '按时', en: 'On time' },
    value: (r) => (r.on_time ? FINDING[r.on_time] : '未报告 Not reported'),
  },
  { header: { zh: '保质', en: 'Quality' }, value: (r) => (r.quality ? FINDING[r.quality] : '') },
  { header: { zh: '保量', en: 'Quantity' }, value: (r) => (r.quantity ? FINDING[r.quantity] : '') },
  { header: { zh: '存在问题', en: 'Problems' }, value: (r) => r.problems ?? '', width: 30 },
  { header: { zh: '意见建议', en: 'Opinion' }, value: (r) => r.opinion ?? '', width: 30 },
]

export const projectProgressExporter: Exporter = {
  name: 'project-progress',
  reach: sitePolicy.reach,
  query: ProgressQuery,
  run: async (request, query) => ({ items: await progressRows(request, query) }),
  columns,
}
