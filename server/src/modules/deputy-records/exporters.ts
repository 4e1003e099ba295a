import type { Exporter } from '../../platform/module.ts'
import { reach } from '../../platform/policy.ts'
import type { Column } from '../../platform/workbook.ts'
import { recordKeeping } from './policy.ts'
import { DeputyRecordQuery } from './schema.ts'
import { listRecords } from './service.ts'

type Row = Awaited<ReturnType<typeof listRecords>>['items'][number] & { year: number }

/** Shown for an indicator whose module is not built yet: never a zero presented as a fact. */
export const NOT_ENABLED = '尚未启用 Not enabled'

const count = (header: { zh: string; en: string }, value: (x: Row['indicators']) => number): Column<Row> => ({
  header,
  value: (x) => value(x.indicators),
  width: 14,
})

const columns: Column<Row>[] = [
  { header: { zh: '年度', en: 'Year' }, value: (x) => x.year, width: 8 },
  { header: { zh: '编码', en: 'Code' }, value: (x) => x.deputy.code },
  { header: { zh: '姓名', en: 'Name' }, value: (x) => x.deputy.name },
  { header: { zh: '镇(街道)', en: 'Town' }, value: (x) => x.deputy.townName },
  { header: { zh: '选区', en: 'Region' }, value: (x) => x.deputy.regionName },
  count({ zh: '排班接待', en: 'Duty slots held' }, (x) => x.dutySlotsHeld),
  count({ zh: '参加接待', en: 'Receptions' }, (x) => x.receptionsAttended),
  count({ zh: '接待群众(人次)', en: 'People received' }, (x) => x.peopleReceived),
  count({ zh: '流动巡诊', en: 'Rounds' }, (x) => x.roundsCompleted),
  count({ zh: '领办意见建议', en: 'Suggestions' }, (x) => x.suggestionsReceived),
  count({ zh: '已办结', en: 'Closed' }, (x) => x.suggestionsClosed),
  count({ zh: '已解决', en: 'Resolved (A)' }, (x) => x.suggestionsResolved),
  count({ zh: '已评价', en: 'Rated' }, (x) => x.suggestionsRated),
  count({ zh: '满意', en: 'Satisfied' }, (x) => x.suggestionsSatisfied),
  {
    header: { zh: '小组活动', en: 'Group activities' },
    value: (x) => x.indicators.groupActivities ?? NOT_ENABLED,
  },
  {
    header: { zh: '点位督查报告', en: 'Site reports' },
    value: (x) => x.indicators.siteReports ?? NOT_ENABLED,
  },
  count({ zh: '参加培训(次)', en: 'Trainings' }, (x) => x.trainings),
  count({ zh: '培训学时', en: 'Training hours' }, (x) => x.trainingHours),
  count({ zh: '提出议案建议', en: 'Proposals' }, (x) => x.proposals),
  count({ zh: '领衔代表建议', en: 'Proposals led' }, (x) => x.proposalsLed),
  count({ zh: '联名代表建议', en: 'Proposals co-signed' }, (x) => x.proposalsCosigned),
  count({ zh: '建议答复满意', en: 'Answers rated satisfied' }, (x) => x.proposalsSatisfied),
  count({ zh: '其他履职活动', en: 'Other activities' }, (x) => x.activities),
]

/** The records' list as a spreadsheet, one row per deputy, with the list's filters (GET /api/export/deputy-records). */
export const deputyRecordsExporter: Exporter = {
  name: 'deputy-records',
  reach: recordKeeping.reach,
  query: DeputyRecordQuery,
  run: async (request, query) => {
    const principal = reach(request, recordKeeping)
    const page = await listRecords(request.server.ctx.db, principal, query)
    return { items: page.items.map((x) => ({ ...x, year: query.year as number })) }
  },
  columns,
}
