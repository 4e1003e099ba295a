import { Button, Card, Descriptions, Empty, Image, Spin, Tag, Timeline } from 'antd'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { Site, SiteReport } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'
import { can, useMe } from '../auth'
import { ListError, PageHead } from '../components/list'
import { SiteProgress, StatusChip } from './Chips'
import { CHECKS, checkLabels, findingColour, findingLabels } from './labels'
import { useSite } from './queries'
import { type StaffAction, StaffActionModal } from './StaffActionModal'
import './projects.css'

const STAFF_ACTIONS: { action: StaffAction; label: { zh: string; en: string } }[] = [
  { action: 'cross_off', label: { zh: '核验销号', en: 'Verify and cross off' } },
  { action: 'reopen', label: { zh: '退回', en: 'Reopen' } },
  { action: 'correct', label: { zh: '更正状态', en: 'Correct the state' } },
]

/**
 * One site: its state in the map's colour, progress, plan and milestones, people, the monthly reports and the
 * history; the actions the caller may take now (the server's allowedActions) and, for keepers, 编辑.
 */
export function SitePage() {
  const { id } = useParams<{ id: string }>()
  const { t } = useLang()
  const navigate = useNavigate()
  const site = useSite(id)
  const [dialog, setDialog] = useState<StaffAction | null>(null)
  if (site.isPending) return <Spin className="lx-gap" />
  const s = site.data
  if (!s) return site.error ? <ListError error={site.error} /> : <Empty />
  const may = (a: string) => s.allowedActions.includes(a)
  const reportedThisMonth = s.reportedThisMonth
  return (
    <div className="lx-site-page">
      <PageHead title={s.name} />
      <div className="lx-site-head" data-testid="site-head">
        <StatusChip status={s.status} />
        <SiteProgress status={s.status} progress={s.progress} />
        {s.crossedOffAt && (
          <span className="lx-cell-sub">
            {t('销号于 ', 'Crossed off ')}
            {countyDateTime(s.crossedOffAt)}
          </span>
        )}
      </div>
      <div className="lx-site-actions">
        {may('report') && (
          <Button type="primary" onClick={() => navigate(`/sites/${s.id}/report`)} data-testid="file-report">
            {reportedThisMonth
              ? t('修改本月督查报告', 'Amend this month’s report')
              : t('填报本月督查', 'File this month’s report')}
          </Button>
        )}
        {STAFF_ACTIONS.filter((a) => may(a.action)).map((a) => (
          <Button key={a.action} danger={a.action === 'reopen'} onClick={() => setDialog(a.action)}>
            {t(a.label)}
          </Button>
        ))}
        {s.editable && <Button onClick={() => navigate(`/sites/${s.id}/edit`)}>{t('编辑', 'Edit')}</Button>}
      </div>
      <div className="lx-site-grid">
        <Card size="small" title={t('点位信息', 'The site')}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('项目', 'Project')}>
              <Link to={`/sites?year=${s.year}&projectId=${s.projectId}`}>{s.projectName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('地点', 'Place')}>
              {s.townName} / {s.regionName}
              {s.address ? ` · ${s.address}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('领办代表', 'Lead deputies')}>
              {s.leadDeputies.map((d) => d.name).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('责任单位', 'Responsible unit')}>
              {s.unit?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('坐标', 'Map point')}>
              {s.location.lat.toFixed(5)}, {s.location.lng.toFixed(5)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('计划', 'Plan')}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('计划工期', 'Planned')}>
              {s.plan.start ?? '—'} ~ {s.plan.end ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('投资', 'Investment')}>
              {s.plan.investment === null
                ? '—'
                : t(`${s.plan.investment} 万元`, `${s.plan.investment} × 10k yuan`)}
            </Descriptions.Item>
          </Descriptions>
          {s.plan.milestones.length > 0 && (
            <ul className="lx-milestones">
              {s.plan.milestones.map((m) => (
                <li key={`${m.name}-${m.due}`}>
                  <Tag color={m.done ? 'blue' : 'default'}>
                    {m.done ? t('已完成', 'Done') : t('未完成', 'Open')}
                  </Tag>
                  {m.name} · {m.due}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <div className="lx-site-columns">
        <section>
          <h2 className="lx-gap">{t('月度督查报告', 'Monthly reports')}</h2>
          {s.reports.length === 0 && <Empty description={t('还没有督查报告', 'No report yet')} />}
          {s.reports.map((r) => (
            <ReportCard key={r.id} report={r} />
          ))}
        </section>
        <section>
          <h2 className="lx-gap">{t('历史记录', 'History')}</h2>
          <Timeline
            data-testid="site-history"
            items={[...s.events].reverse().map((e) => ({
              key: e.id,
              content: (
                <>
                  <div>
                    <strong>{e.label}</strong> · {e.progress}% · {e.actorName}
                  </div>
                  <div className="lx-cell-sub">{countyDateTime(e.at)}</div>
                  {e.note && <div className="lx-report-text">{e.note}</div>}
                </>
              ),
            }))}
          />
        </section>
      </div>
      {dialog && <StaffActionModal site={s as Site} action={dialog} onClose={() => setDialog(null)} />}
    </div>
  )
}

function ReportCard({ report: r }: { report: SiteReport }) {
  const { t } = useLang()
  const me = useMe()
  return (
    <div className="lx-report" data-testid="site-report">
      <div className="lx-report-head">
        <strong>{r.month}</strong>
        <StatusChip status={r.status} />
        <span>{r.progress}%</span>
        <span className="lx-cell-sub">
          {r.deputy?.name ?? ''} {countyDateTime(r.filedAt)}
        </span>
      </div>
      <div className="lx-report-checks">
        {CHECKS.map((c) => (
          <div key={c} className="lx-report-check">
            {t(checkLabels[c])}
            <Tag color={findingColour[r[c].finding]}>{t(findingLabels[c][r[c].finding])}</Tag>
            {r[c].note && <div>{r[c].note}</div>}
          </div>
        ))}
      </div>
      {r.problems && (
        <p className="lx-report-text">
          <b>{t('存在问题：', 'Problems: ')}</b>
          {r.problems}
        </p>
      )}
      {r.suggestion && (
        <p>
          {t('已转交办理：', 'Sent for handling: ')}
          {can(me, 'suggestions.work') ? (
            <Link to={`/suggestions/${r.suggestion.id}`}>{r.suggestion.trackingCode}</Link>
          ) : (
            r.suggestion.trackingCode
          )}
        </p>
      )}
      {r.opinion && (
        <p className="lx-report-text">
          <b>{t('意见建议：', 'Opinion: ')}</b>
          {r.opinion}
        </p>
      )}
      {r.checkIn && (
        <p className="lx-cell-sub">
          {t('现场定位：', 'Checked in at: ')}
          {r.checkIn.lat.toFixed(5)}, {r.checkIn.lng.toFixed(5)}
        </p>
      )}
      {r.photos.length > 0 && (
        <Image.PreviewGroup>
          <div className="lx-report-photos">
            {r.photos.map((p) => (
              <Image key={p.id} src={p.url} width={72} height={72} alt={t('现场照片', 'Photo')} />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </div>
  )
}
