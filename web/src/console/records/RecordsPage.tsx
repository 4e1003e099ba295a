import { Empty, Grid, Input, Pagination, Select, Spin, Table, Typography } from 'antd'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import type { DeputyRecordRow } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { can, useMe } from '../auth'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { TownSelect } from '../regions/TownSelect'
import { useDeputyRecords } from './queries'
import { RecordView } from './RecordView'
import './records.css'
import { recordYears, yearOf } from './year'

/**
 * 履职档案: staff (county, town) see the list of their deputies' records for a year, with the town filter and the
 * export; a deputy sees their own record.
 */
export function RecordsPage() {
  const me = useMe()
  if (!can(me, 'records.keep') && me.deputyId) return <OwnRecord deputyId={me.deputyId} />
  return <RecordList />
}

/** /records/:id: one deputy's record (the year in the URL). */
export function RecordPage() {
  const { id } = useParams()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  return (
    <RecordView
      deputyId={id!}
      year={yearOf(params)}
      own={id === me.deputyId}
      onYear={(y) => setParams({ year: String(y) }, { replace: true })}
    />
  )
}

function OwnRecord({ deputyId }: { deputyId: string }) {
  const [params, setParams] = useSearchParams()
  return (
    <RecordView
      deputyId={deputyId}
      year={yearOf(params)}
      own
      onYear={(y) => setParams({ year: String(y) }, { replace: true })}
    />
  )
}

function RecordList() {
  const { t } = useLang()
  const navigate = useNavigate()
  const list = useListParams(['year', 'townCode', 'q'] as const)
  const year = yearOf(new URLSearchParams(list.filters.year ? { year: list.filters.year } : {}))
  const records = useDeputyRecords({
    year,
    ...(list.filters.townCode ? { townCode: list.filters.townCode } : {}),
    ...(list.filters.q ? { q: list.filters.q } : {}),
    limit: list.limit,
    offset: list.offset,
  })
  const n = (v: number) => <span className="lx-num">{v}</span>
  const phone = !Grid.useBreakpoint().md
  const pagination = usePagination(list, records.data?.total)
  return (
    <>
      <PageHead
        title={t('代表履职档案', 'Service records of deputies')}
        extra={<ExportButton name="deputy-records" filters={{ ...list.filters, year: String(year) }} />}
      />
      <div className="lx-toolbar lx-record-toolbar">
        <Select
          value={year}
          style={{ width: 110 }}
          onChange={(y) => list.setFilter('year', String(y))}
          options={recordYears().map((y) => ({ value: y, label: t(`${y} 年`, String(y)) }))}
          aria-label={t('年度', 'Year')}
        />
        <TownSelect value={list.filters.townCode} onChange={(v) => list.setFilter('townCode', v)} />
        <Input.Search
          allowClear
          style={{ width: 200 }}
          placeholder={t('姓名或编号', 'Name or code')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
      <ListError error={records.error} />
      {phone ? (
        <RecordCards rows={records.data?.items} loading={records.isPending} year={year} />
      ) : (
        <Table<DeputyRecordRow>
          rowKey={(r) => r.deputy.id}
          size="middle"
          loading={records.isFetching}
          dataSource={records.data?.items}
          pagination={pagination}
          onRow={(r) => ({
            onClick: () => navigate(`/records/${r.deputy.id}?year=${year}`),
            style: { cursor: 'pointer' },
          })}
          scroll={{ x: 1000 }}
          data-testid="records-table"
          columns={[
            {
              title: t('姓名', 'Name'),
              key: 'name',
              fixed: 'left',
              width: 96,
              render: (_, r) => <Typography.Link>{r.deputy.name}</Typography.Link>,
            },
            { title: t('镇（街道）', 'Town'), key: 'town', width: 110, render: (_, r) => r.deputy.townName },
            {
              title: t('排班接待', 'Duty'),
              key: 'duty',
              width: 84,
              render: (_, r) => n(r.indicators.dutySlotsHeld),
            },
            {
              title: t('参加接待', 'Receptions'),
              key: 'receptions',
              width: 84,
              render: (_, r) => n(r.indicators.receptionsAttended),
            },
            {
              title: t('接待群众', 'People'),
              key: 'people',
              width: 84,
              render: (_, r) => n(r.indicators.peopleReceived),
            },
            {
              title: t('流动巡诊', 'Rounds'),
              key: 'rounds',
              width: 84,
              render: (_, r) => n(r.indicators.roundsCompleted),
            },
            {
              title: t('领办意见建议', 'Suggestions'),
              key: 'suggestions',
              width: 110,
              render: (_, r) => (
                <span className="lx-num">
                  {r.indicators.suggestionsReceived}
                  <small className="lx-record-detail">
                    {t(
                      ` 办结${r.indicators.suggestionsClosed} 解决${r.indicators.suggestionsResolved}`,
                      ` ${r.indicators.suggestionsClosed} closed, ${r.indicators.suggestionsResolved} resolved`,
                    )}
                  </small>
                </span>
              ),
            },
            {
              title: t('参加培训', 'Trainings'),
              key: 'trainings',
              width: 96,
              render: (_, r) => (
                <span className="lx-num">
                  {r.indicators.trainings}
                  <small className="lx-record-detail">
                    {t(` ${r.indicators.trainingHours}学时`, ` ${r.indicators.trainingHours} h`)}
                  </small>
                </span>
              ),
            },
            {
              title: t('议案建议', 'Proposals'),
              key: 'proposals',
              width: 84,
              render: (_, r) => n(r.indicators.proposals),
            },
            {
              title: t('其他活动', 'Activities'),
              key: 'activities',
              width: 84,
              render: (_, r) => n(r.indicators.activities),
            },
          ]}
        />
      )}
      {phone && (records.data?.total ?? 0) > 0 && (
        <Pagination className="lx-gap" size="small" align="center" {...pagination} showSizeChanger={false} />
      )}
      <p className="lx-record-note">
        {t(
          '小组活动、点位督查报告尚未启用，启用后计入档案。',
          'Group activities and site reports are not enabled yet; they will count once they are.',
        )}
      </p>
    </>
  )
}

/** The list on a phone: a card per deputy with the main figures; a tap opens the record. */
function RecordCards({
  rows,
  loading,
  year,
}: {
  rows: DeputyRecordRow[] | undefined
  loading: boolean
  year: number
}) {
  const { t } = useLang()
  if (loading) return <Spin style={{ display: 'block', margin: 32 }} />
  if (!rows?.length) return <Empty description={t('没有代表', 'No deputies')} />
  return (
    <ul className="lx-record-cards" data-testid="records-cards">
      {rows.map(({ deputy: d, indicators: x }) => (
        <li key={d.id}>
          <Link to={`/records/${d.id}?year=${year}`} className="lx-record-card" data-testid="records-card">
            <div className="lx-record-card-head">
              <strong>{d.name}</strong>
              <span className="lx-record-detail">{d.townName}</span>
            </div>
            <div className="lx-record-card-figures">
              <span>
                <b>{x.dutySlotsHeld}</b>
                {t('排班接待', 'Duty')}
              </span>
              <span>
                <b>{x.receptionsAttended}</b>
                {t('参加接待', 'Receptions')}
              </span>
              <span>
                <b>{x.peopleReceived}</b>
                {t('接待群众', 'People')}
              </span>
              <span>
                <b>{x.roundsCompleted}</b>
                {t('流动巡诊', 'Rounds')}
              </span>
              <span>
                <b>{x.suggestionsReceived}</b>
                {t('领办意见', 'Suggestions')}
              </span>
              <span>
                <b>{x.suggestionsResolved}</b>
                {t('已解决', 'Resolved')}
              </span>
              <span>
                <b>{x.trainings}</b>
                {t('参加培训', 'Trainings')}
              </span>
              <span>
                <b>{x.proposals}</b>
                {t('议案建议', 'Proposals')}
              </span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  )
}
