import {
  Button,
  Checkbox,
  DatePicker,
  Empty,
  Input,
  Pagination,
  Segmented,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { SiteStatus, SiteSummary } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { can, useMe } from '../auth'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { useIsPhone } from '../components/phone'
import { TownSelect } from '../regions/TownSelect'
import { SiteProgress, StatusChip } from './Chips'
import { siteStatusLabels } from './labels'
import { useProjects, useSites } from './queries'
import './projects.css'

const FILTERS = ['year', 'projectId', 'townCode', 'status', 'unreportedIn', 'q', 'mine'] as const

/** Whether the list shows only the sites I lead: a deputy's default, unless the address says otherwise. */
export function showsMine(mine: string | undefined, leadsByDefault: boolean): boolean {
  return mine === undefined ? leadsByDefault : mine === 'true'
}

/**
 * 项目点位: the sites in my scope with filters kept in the address (the notifications link here with
 * ?unreportedIn=YYYY-MM), chips in the map's colours, progress, lead deputies and the last report; a deputy sees
 * the sites they lead first (我的领办点位). Keepers add sites; everyone exports the month-end progress table.
 */
export function SitesPage() {
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const phone = useIsPhone()
  const list = useListParams(FILTERS)
  const f = list.filters
  const keeper = can(me, 'projects.manage')
  const deputy = me.deputyId !== null
  const mine = deputy && showsMine(f.mine, !keeper)
  const thisMonth = countyDay().slice(0, 7)
  const year = Number(f.year) || undefined
  const projects = useProjects(year)
  const shownYear = year ?? projects.data?.year ?? undefined
  const sites = useSites({
    ...(shownYear ? { year: shownYear } : {}),
    ...(f.projectId ? { projectId: f.projectId } : {}),
    ...(f.townCode ? { townCode: f.townCode } : {}),
    ...(f.status ? { status: f.status as SiteStatus } : {}),
    ...(f.unreportedIn ? { unreportedIn: f.unreportedIn } : {}),
    ...(f.q ? { q: f.q } : {}),
    ...(mine ? { mine: true } : {}),
    limit: list.limit,
    offset: list.offset,
  })
  const [exportMonth, setExportMonth] = useState(thisMonth)
  const pagination = usePagination(list, sites.data?.total)
  const title = mine ? t('我的领办点位', 'Sites I lead') : t('项目点位', 'Project sites')
  return (
    <>
      <PageHead
        title={title}
        extra={
          keeper && (
            <Button
              type="primary"
              onClick={() => navigate(`/sites/new${f.projectId ? `?projectId=${f.projectId}` : ''}`)}
            >
              {t('新增点位', 'Add a site')}
            </Button>
          )
        }
      />
      <div className="lx-toolbar">
        {deputy && (
          <Segmented
            value={mine ? 'mine' : 'all'}
            onChange={(v) => list.setFilter('mine', v === 'mine' ? 'true' : 'false')}
            options={[
              { value: 'mine', label: t('我领办的', 'Mine') },
              { value: 'all', label: t('全部', 'All') },
            ]}
          />
        )}
        <Select
          value={shownYear}
          style={{ width: 110 }}
          aria-label={t('年度', 'Year')}
          onChange={(y) => list.setFilters({ year: String(y), projectId: null })}
          options={(projects.data?.years ?? []).map((y) => ({ value: y, label: t(`${y} 年`, String(y)) }))}
        />
        <Select
          allowClear
          value={f.projectId}
          style={{ width: 220 }}
          placeholder={t('全部项目', 'All projects')}
          aria-label={t('项目', 'Project')}
          popupMatchSelectWidth={false}
          onChange={(v) => list.setFilter('projectId', v)}
          options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` }))}
        />
        {!mine && (
          <TownSelect value={f.townCode} onChange={(v) => list.setFilter('townCode', v)} width={150} />
        )}
        <Select
          allowClear
          value={f.status}
          style={{ width: 120 }}
          placeholder={t('全部状态', 'All states')}
          aria-label={t('状态', 'State')}
          onChange={(v) => list.setFilter('status', v)}
          options={Object.entries(siteStatusLabels).map(([value, l]) => ({ value, label: t(l) }))}
        />
        <Checkbox
          checked={Boolean(f.unreportedIn)}
          onChange={(e) => list.setFilter('unreportedIn', e.target.checked ? thisMonth : null)}
          data-testid="unreported-filter"
        >
          {f.unreportedIn && f.unreportedIn !== thisMonth
            ? t(`${f.unreportedIn} 未报告`, `Not reported in ${f.unreportedIn}`)
            : t('本月未报告', 'Not reported this month')}
        </Checkbox>
        <Input.Search
          allowClear
          style={{ width: 180 }}
          placeholder={t('点位名称', 'Site name')}
          defaultValue={f.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
          aria-label={t('搜索点位', 'Search sites')}
        />
      </div>
      <div className="lx-toolbar">
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${exportMonth}-01`)}
          onChange={(v) => v && setExportMonth(v.format('YYYY-MM'))}
          disabledDate={(d) => d.format('YYYY-MM') > thisMonth}
          aria-label={t('进度表月份', 'Month of the table')}
        />
        <ExportButton
          name="project-progress"
          filters={{ month: exportMonth, projectId: f.projectId, townCode: mine ? undefined : f.townCode }}
        />
      </div>
      <ListError error={sites.error} />
      {phone ? (
        <>
          <SiteCards rows={sites.data?.items} loading={sites.isPending} thisMonth={thisMonth} />
          {(sites.data?.total ?? 0) > 0 && (
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
        <Table<SiteSummary>
          rowKey="id"
          size="middle"
          loading={sites.isFetching}
          dataSource={sites.data?.items}
          pagination={pagination}
          data-testid="sites-table"
          scroll={{ x: 1100 }}
          onRow={(s) => ({ onClick: () => navigate(`/sites/${s.id}`), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={t('没有符合条件的点位', 'No site matches')} /> }}
          columns={[
            {
              title: t('点位', 'Site'),
              key: 'name',
              fixed: 'left',
              width: 240,
              render: (_, s) => (
                <>
                  <Typography.Link>{s.name}</Typography.Link>
                  <div className="lx-cell-sub">{s.projectName}</div>
                </>
              ),
            },
            {
              title: t('镇（街道）/ 村（社区）', 'Town / village'),
              key: 'place',
              width: 170,
              render: (_, s) => `${s.townName} / ${s.regionName}`,
            },
            {
              title: t('状态', 'State'),
              key: 'status',
              width: 120,
              render: (_, s) => <StatusChip status={s.status} />,
            },
            {
              title: t('进度', 'Progress'),
              key: 'progress',
              width: 170,
              render: (_, s) => <SiteProgress status={s.status} progress={s.progress} />,
            },
            {
              title: t('领办代表', 'Lead deputies'),
              key: 'deputies',
              width: 130,
              render: (_, s) => s.leadDeputies.map((d) => d.name).join('、'),
            },
            {
              title: t('责任单位', 'Responsible unit'),
              key: 'unit',
              width: 180,
              render: (_, s) => s.unit?.name ?? '—',
            },
            {
              title: t('最近报告', 'Last report'),
              key: 'report',
              width: 130,
              render: (_, s) => <LastReport site={s} thisMonth={thisMonth} />,
            },
          ]}
        />
      )}
    </>
  )
}

function LastReport({
  site,
  thisMonth,
  labelled,
}: {
  site: SiteSummary
  thisMonth: string
  labelled?: boolean
}) {
  const { t } = useLang()
  const open = site.status !== 'crossed_off'
  return (
    <span className="lx-colour-counts">
      <span>
        {labelled && t('最近报告 ', 'Last report ')}
        {site.lastReportMonth ?? t('未报告', 'None')}
      </span>
      {open && !site.reportedThisMonth && thisMonth && (
        <Tag color="orange">{t('本月未报', 'Due this month')}</Tag>
      )}
    </span>
  )
}

/** The list on a phone: a card per site with its chip, progress, place and people; a tap opens the site. */
function SiteCards({
  rows,
  loading,
  thisMonth,
}: {
  rows: SiteSummary[] | undefined
  loading: boolean
  thisMonth: string
}) {
  const { t } = useLang()
  if (loading) return <Spin style={{ display: 'block', margin: 32 }} />
  if (!rows?.length) return <Empty description={t('没有符合条件的点位', 'No site matches')} />
  return (
    <ul className="lx-site-cards" data-testid="site-cards">
      {rows.map((s) => (
        <li key={s.id}>
          <Link to={`/sites/${s.id}`} className="lx-site-card" data-testid="site-card" data-site-id={s.id}>
            <div className="lx-site-card-head">
              <strong>{s.name}</strong>
              <StatusChip status={s.status} />
            </div>
            <SiteProgress status={s.status} progress={s.progress} />
            <div className="lx-site-meta">
              <span>{s.projectName}</span>
              <span>
                {s.townName} / {s.regionName}
              </span>
              <span>
                {t('领办：', 'Leads: ')}
                {s.leadDeputies.map((d) => d.name).join('、')}
              </span>
              <LastReport site={s} thisMonth={thisMonth} labelled />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  )
}
