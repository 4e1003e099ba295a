import type { ReactNode } from 'react'
import { useLang } from '../../shared/i18n'
import { LoadError, Loading } from '../components/common'
import { type AspectReport, findingLabels, type SiteDetail, statusLabels } from './projects'
import { useSite } from './queries'
import './site-card.css'

const ASPECTS = [
  { key: 'onTime', zh: '按时', en: 'On time' },
  { key: 'quality', zh: '保质', en: 'Quality' },
  { key: 'quantity', zh: '保量', en: 'Quantity' },
] as const

/** One site: where it stands, its plan, who leads it and the latest monthly report (bottom sheet or side panel). */
export function SiteCard({
  id,
  month,
  onClose,
}: {
  id: string
  month: string | undefined
  onClose: () => void
}) {
  const { t } = useLang()
  const site = useSite(id, month)
  return (
    <section className="lx-site-card" aria-label={t('点位详情', 'Site details')} data-testid="site-card">
      <button type="button" className="lx-site-card-close" onClick={onClose} aria-label={t('关闭', 'Close')}>
        ×
      </button>
      {site.isPending ? (
        <Loading />
      ) : site.isError ? (
        <LoadError error={site.error} onRetry={() => site.refetch()} />
      ) : (
        <SiteBody site={site.data} />
      )}
    </section>
  )
}

function SiteBody({ site }: { site: SiteDetail }) {
  const { t, lang } = useLang()
  const report = site.latestReport
  const day = (d: string | null) => d ?? t('未定', 'not set')
  return (
    <>
      <header>
        <span className={`lx-status lx-status-${site.colour}`}>{t(statusLabels[site.status])}</span>
        {site.crossedOff && (
          <span className="lx-crossed">
            {t('已销号', 'Crossed off')}
            {site.crossedOffAt ? ` · ${site.crossedOffAt.slice(0, 10)}` : ''}
          </span>
        )}
        <h2>{site.name}</h2>
        <p className="lx-site-card-sub">
          {site.projectName} · {site.townName}
        </p>
      </header>
      <div className="lx-progress">
        <span className="lx-progress-label">{t('进度', 'Progress')}</span>
        <span className="lx-progress-track" aria-hidden="true">
          <span
            className={`lx-progress-bar lx-progress-${site.colour}`}
            style={{ width: `${site.progress}%` }}
          />
        </span>
        <b>{site.progress}%</b>
      </div>
      <dl className="lx-site-facts">
        {site.address && <Fact name={t('地点', 'Place')}>{site.address}</Fact>}
        <Fact name={t('责任单位', 'Responsible unit')}>{site.unit ?? t('未指定', 'Not assigned')}</Fact>
        <Fact name={t('领办代表', 'Lead deputies')}>
          {site.leadDeputies.length ? site.leadDeputies.map((d) => d.name).join('、') : t('暂无', 'None yet')}
        </Fact>
        <Fact name={t('计划工期', 'Planned')}>
          {day(site.plan.start)} – {day(site.plan.end)}
        </Fact>
        {site.plan.investment !== null && (
          <Fact name={t('计划投资', 'Investment')}>
            {lang === 'zh' ? `${site.plan.investment} 万元` : `CNY ${site.plan.investment * 10} thousand`}
          </Fact>
        )}
      </dl>
      {site.plan.milestones.length > 0 && (
        <ol className="lx-milestones">
          {site.plan.milestones.map((m) => (
            <li key={`${m.name}-${m.due}`} className={m.done ? 'lx-done' : undefined}>
              <span aria-hidden="true">{m.done ? '✓' : '○'}</span> {m.name} <small>{m.due}</small>
            </li>
          ))}
        </ol>
      )}
      <h3>{t('最近一次督查报告', 'Latest supervision report')}</h3>
      {!report ? (
        <p className="lx-muted">{t('尚无月度报告', 'No monthly report yet')}</p>
      ) : (
        <div className="lx-report" data-testid="site-report">
          <p className="lx-muted">
            {report.month} · {report.deputyName} · {t('填报于', 'filed')} {report.filedAt.slice(0, 10)} ·{' '}
            {t('进度', 'progress')} {report.progress}%
          </p>
          <ul className="lx-findings">
            {ASPECTS.map((a) => (
              <Finding key={a.key} name={t(a.zh, a.en)} aspect={a.key} report={report[a.key]} />
            ))}
          </ul>
          <dl className="lx-site-facts">
            {report.problems && <Fact name={t('存在问题', 'Problems')}>{report.problems}</Fact>}
            {report.opinion && <Fact name={t('督查意见', 'Opinion')}>{report.opinion}</Fact>}
          </dl>
          {report.photos.length > 0 && (
            <div className="lx-report-photos">
              {report.photos.map((p) => (
                <a key={p.url} href={p.url} target="_blank" rel="noreferrer">
                  <img src={p.url} alt={t('现场照片', 'Photo from the site')} loading="lazy" />
                </a>
              ))}
            </div>
          )}
        </div>
      )}
    </>
  )
}

function Finding({
  name,
  aspect,
  report,
}: {
  name: string
  aspect: (typeof ASPECTS)[number]['key']
  report: AspectReport
}) {
  const { t } = useLang()
  return (
    <li className={`lx-finding lx-finding-${report.finding}`}>
      <strong>{name}</strong> <span>{t(findingLabels[aspect][report.finding])}</span>
      {report.note && <small>{report.note}</small>}
    </li>
  )
}

function Fact({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="lx-fact">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  )
}
