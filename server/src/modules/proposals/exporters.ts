import { sql } from 'kysely'
import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import type { Column } from '../../platform/workbook.ts'
import { proposalPolicy } from './policy.ts'
import { ExportQuery } from './schema.ts'
import { proposalLabels, proposalOutcomeLabels } from './workflow.ts'

const RATING: Record<string, string> = {
  satisfied: '满意 Satisfied',
  basically_satisfied: '基本满意 Basically satisfied',
  dissatisfied: '不满意 Dissatisfied',
}

/** A year's proposals in the caller's scope as a spreadsheet (GET /api/export/proposals?year=). */
async function proposalRows(request: Parameters<Exporter['run']>[0], q: { year: number }) {
  const principal = reach(request, proposalPolicy)
  const { db } = request.server.ctx
  return db
    .selectFrom('proposals as p')
    .innerJoin('deputies as d', 'd.id', 'p.lead_deputy_id')
    .where(proposalPolicy.scope(principal, 'p'))
    .where('p.year', '=', q.year)
    .select([
      'p.year',
      'p.number',
      'p.title',
      'd.name as lead',
      'p.status',
      'p.submitted_at',
      'p.due_on',
      'p.outcome',
      'p.first_rating',
      'p.rating',
      sql<string>`array_to_string(ARRAY(SELECT dc.name FROM proposal_cosigners pc JOIN deputies dc ON dc.id = pc.deputy_id WHERE pc.proposal_id = p.id AND pc.status = 'signed' ORDER BY pc.seq), '、')`.as(
        'cosigners',
      ),
      sql<string>`coalesce((SELECT u.name FROM proposal_units pu JOIN units u ON u.id = pu.unit_id WHERE pu.proposal_id = p.id AND pu.role = 'lead'), '')`.as(
        'lead_unit',
      ),
      sql<string>`array_to_string(ARRAY(SELECT u.name FROM proposal_units pu JOIN units u ON u.id = pu.unit_id WHERE pu.proposal_id = p.id AND pu.role = 'co' ORDER BY u.name), '、')`.as(
        'co_units',
      ),
    ])
    .orderBy(sql`p.number NULLS LAST`)
    .orderBy('p.created_at')
    .execute()
}

type Row = Awaited<ReturnType<typeof proposalRows>>[number]

const columns: Column<Row>[] = [
  { header: { zh: '年度', en: 'Year' }, value: (r) => r.year, width: 6 },
  { header: { zh: '立案号', en: 'No.' }, value: (r) => r.number ?? '', width: 7 },
  { header: { zh: '标题', en: 'Title' }, value: (r) => r.title, width: 36 },
  { header: { zh: '领衔代表', en: 'Lead deputy' }, value: (r) => r.lead, width: 10 },
  { header: { zh: '联名代表', en: 'Co-signers' }, value: (r) => r.cosigners, width: 24 },
  { header: { zh: '主办单位', en: 'Lead unit' }, value: (r) => r.lead_unit, width: 20 },
  { header: { zh: '协办单位', en: 'Co-units' }, value: (r) => r.co_units, width: 24 },
  {
    header: { zh: '状态', en: 'State' },
    value: (r) => `${proposalLabels[r.status].zh} ${proposalLabels[r.status].en}`,
    width: 18,
  },
  { header: { zh: '提交时间', en: 'Submitted' }, value: (r) => r.submitted_at, time: true, width: 18 },
  { header: { zh: '办理期限', en: 'Due' }, value: (r) => r.due_on ?? '', width: 11 },
  {
    header: { zh: '答复类别', en: 'Outcome' },
    value: (r) => (r.outcome ? `${proposalOutcomeLabels[r.outcome].zh}` : ''),
    width: 14,
  },
  {
    header: { zh: '首次评价', en: 'First rating' },
    value: (r) => (r.first_rating ? RATING[r.first_rating] : ''),
    width: 16,
  },
  { header: { zh: '评价', en: 'Rating' }, value: (r) => (r.rating ? RATING[r.rating] : ''), width: 16 },
]

export const proposalsExporter: Exporter = {
  name: 'proposals',
  reach: proposalPolicy.reach,
  query: ExportQuery,
  run: async (request, query) => ({ items: await proposalRows(request, query) }),
  columns,
}
