import { Button, Empty, Pagination, Segmented, Select, Spin, Table, Tag, Typography } from 'antd'
import { Link, useNavigate } from 'react-router'
import type { ProposalStatus, ProposalSummary } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { proposalOutcomeLabels, ratingLabels } from '../../shared/labels'
import { countyDateTime, countyDay } from '../../shared/time'
import { can, useMe } from '../auth'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { useIsPhone } from '../components/phone'
import { useProposals } from './queries'
import { ProposalStatusTag, STATUS_ORDER } from './Status'
import './proposals.css'

const FILTERS = ['year', 'status', 'mine'] as const

/**
 * 代表建议: the proposals in my scope, filtered by year, state and (deputies) mine — those I lead or was invited to
 * co-sign, a deputy's default. Deputies draft new ones; everyone exports the year's table.
 */
export function ProposalsPage() {
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const phone = useIsPhone()
  const list = useListParams(FILTERS)
  const f = list.filters
  const deputy = me.deputyId !== null && can(me, 'proposals.draft')
  const mine = deputy && f.mine !== 'false'
  const thisYear = Number(countyDay().slice(0, 4))
  const year = Number(f.year) || thisYear
  const proposals = useProposals({
    year,
    ...(f.status ? { status: f.status as ProposalStatus } : {}),
    ...(mine ? { mine: true } : {}),
    limit: list.limit,
    offset: list.offset,
  })
  const pagination = usePagination(list, proposals.data?.total)
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i)
  return (
    <>
      <PageHead
        title={mine ? t('我的代表建议', 'My proposals') : t('代表建议', 'Deputies’ proposals')}
        extra={
          deputy && (
            <Button type="primary" onClick={() => navigate('/proposals/new')} data-testid="new-proposal">
              {t('起草代表建议', 'Draft a proposal')}
            </Button>
          )
        }
      />
      <div className="lx-toolbar">
        {deputy && (
          <Segmented
            value={mine ? 'mine' : 'all'}
            onChange={(v) => list.setFilter('mine', v === 'mine' ? null : 'false')}
            options={[
              { value: 'mine', label: t('我的', 'Mine') },
              { value: 'all', label: t('全部', 'All') },
            ]}
          />
        )}
        <Select
          value={year}
          style={{ width: 110 }}
          aria-label={t('年度', 'Year')}
          onChange={(y) => list.setFilter('year', String(y))}
          options={years.map((y) => ({ value: y, label: t(`${y} 年`, String(y)) }))}
        />
        <Select
          allowClear
          value={f.status}
          style={{ width: 150 }}
          placeholder={t('全部状态', 'All states')}
          aria-label={t('状态', 'State')}
          onChange={(v) => list.setFilter('status', v)}
          options={STATUS_ORDER.map(([value, l]) => ({ value, label: t(l) }))}
        />
        <ExportButton name="proposals" filters={{ year: String(year) }} />
      </div>
      <ListError error={proposals.error} />
      {phone ? (
        <>
          <ProposalCards rows={proposals.data?.items} loading={proposals.isPending} />
          {(proposals.data?.total ?? 0) > 0 && (
            <Pagination
              className="lx-gap"
              size="small"
              align="center"
              {...pagination}
              showSizeChanger={false}
            />
          )}
        </>
      ) : (
        <Table<ProposalSummary>
          rowKey="id"
          size="middle"
          loading={proposals.isFetching}
          dataSource={proposals.data?.items}
          pagination={pagination}
          data-testid="proposals-table"
          scroll={{ x: 1000 }}
          onRow={(p) => ({ onClick: () => navigate(`/proposals/${p.id}`), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={t('没有符合条件的代表建议', 'No proposal matches')} /> }}
          columns={[
            {
              title: t('编号', 'No.'),
              key: 'number',
              width: 70,
              render: (_, p) => (p.number ? `${p.year}-${p.number}` : '—'),
            },
            {
              title: t('标题', 'Title'),
              key: 'title',
              width: 320,
              render: (_, p) => <Typography.Link>{p.title}</Typography.Link>,
            },
            {
              title: t('领衔代表', 'Lead deputy'),
              key: 'lead',
              width: 110,
              render: (_, p) => (
                <>
                  {p.leadDeputy.name}
                  {p.cosigners > 0 && (
                    <div className="lx-cell-sub">
                      {t(`${p.cosigners} 人联名`, `${p.cosigners} co-signed`)}
                    </div>
                  )}
                </>
              ),
            },
            {
              title: t('状态', 'State'),
              key: 'status',
              width: 130,
              render: (_, p) => <ProposalStatusTag status={p.status} />,
            },
            {
              title: t('主办单位', 'Lead unit'),
              key: 'unit',
              width: 180,
              render: (_, p) => p.leadUnitName ?? '—',
            },
            { title: t('办理期限', 'Due'), key: 'due', width: 110, render: (_, p) => p.dueOn ?? '—' },
            {
              title: t('答复 / 评价', 'Answer / rating'),
              key: 'outcome',
              width: 170,
              render: (_, p) => <OutcomeAndRating p={p} />,
            },
            {
              title: t('更新', 'Updated'),
              key: 'updated',
              width: 150,
              render: (_, p) => countyDateTime(p.updatedAt),
            },
          ]}
        />
      )}
    </>
  )
}

function OutcomeAndRating({ p }: { p: ProposalSummary }) {
  const { t } = useLang()
  if (!p.outcome && !p.rating) return <>—</>
  return (
    <span className="lx-proposal-chips">
      {p.outcome && <Tag>{t(proposalOutcomeLabels[p.outcome])}</Tag>}
      {p.rating && (
        <Tag color={p.rating === 'dissatisfied' ? 'red' : 'green'}>{t(ratingLabels[p.rating])}</Tag>
      )}
    </span>
  )
}

/** The list on a phone: a card per proposal; a tap opens it. */
function ProposalCards({ rows, loading }: { rows: ProposalSummary[] | undefined; loading: boolean }) {
  const { t } = useLang()
  if (loading) return <Spin style={{ display: 'block', margin: 32 }} />
  if (!rows?.length) return <Empty description={t('没有符合条件的代表建议', 'No proposal matches')} />
  return (
    <ul className="lx-proposal-cards" data-testid="proposal-cards">
      {rows.map((p) => (
        <li key={p.id}>
          <Link to={`/proposals/${p.id}`} className="lx-proposal-card" data-testid="proposal-card">
            <div className="lx-proposal-card-head">
              <strong>{p.title}</strong>
              <ProposalStatusTag status={p.status} />
            </div>
            <div className="lx-cell-sub">
              {p.leadDeputy.name}
              {p.cosigners > 0 && t(` 等 ${p.cosigners + 1} 人`, ` and ${p.cosigners} more`)}
              {p.leadUnitName && ` · ${p.leadUnitName}`}
              {p.dueOn && t(` · 期限 ${p.dueOn}`, ` · due ${p.dueOn}`)}
            </div>
            {(p.outcome || p.rating) && <OutcomeAndRating p={p} />}
          </Link>
        </li>
      ))}
    </ul>
  )
}
