import type { ReactNode } from 'react'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, labelOf, venueKindLabels } from '../../shared/labels'
import { LoadError } from '../components/common'
import { NextDuty } from '../components/NextDuty'
import { useDeputy } from '../deputies/queries'
import { useVenue } from '../venues/queries'
import './posters.css'

/** The QR code image the server draws (SVG: sharp at any print size). */
const qrSrc = (kind: 'venues' | 'deputies', id: string) => `/api/public/${kind}/${id}/qr.svg`

/**
 * One A4 sheet: the county's band, who or what it is, the code, what it is for, when to come. Every size is in
 * container units (cqw), so the same sheet scales to a phone's screen and prints at 210 × 297 mm.
 */
function Sheet(props: {
  testId: string
  badge: string
  badgeEn: string
  portrait: ReactNode
  title: string
  subtitle: string
  qr: string
  qrAlt: string
  purpose: string
  purposeEn: string
  rows: { name: string; value: ReactNode }[]
}) {
  return (
    <section className="lx-poster" data-testid={props.testId}>
      <div className="lx-poster-inner">
        <header className="lx-poster-band">
          <span className="lx-poster-mark" aria-hidden="true">
            连
          </span>
          <span>
            <strong>代表在线 · 连心360</strong>
            <small>德清县人大常委会 · Deqing County People’s Congress</small>
          </span>
        </header>
        <div className="lx-poster-who">
          {props.portrait}
          <div>
            <p className="lx-poster-badge">
              {props.badge} <small>{props.badgeEn}</small>
            </p>
            <h1 className={props.title.length > 9 ? 'lx-poster-long' : undefined}>{props.title}</h1>
            {props.subtitle && <p className="lx-poster-sub">{props.subtitle}</p>}
          </div>
        </div>
        <figure className="lx-poster-code">
          <img src={props.qr} alt={props.qrAlt} />
          <figcaption>
            <strong>扫码提意见</strong>
            <small>Scan to give your opinion</small>
          </figcaption>
        </figure>
        <p className="lx-poster-purpose">
          {props.purpose}
          <small>{props.purposeEn}</small>
        </p>
        <dl className="lx-poster-rows">
          {props.rows.map((r) => (
            <div key={r.name}>
              <dt>{r.name}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
        <footer className="lx-poster-foot">
          当天受理 · 一周内办结答复 · 凭查询码随时查看进度
          <small>
            Accepted the same working day, answered within a week, followed with your tracking code
          </small>
        </footer>
      </div>
    </section>
  )
}

/** A sheet that is still loading or failed: it keeps its page in a batch, so the count stays right. */
function Placeholder({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const { t } = useLang()
  return (
    <section className="lx-poster lx-poster-pending">
      <div className="lx-poster-inner">
        {error ? <LoadError error={error} onRetry={onRetry} /> : <p>{t('加载中', 'Loading')}</p>}
      </div>
    </section>
  )
}

/** The deputies who receive at a venue, the first few by name (a station may have dozens). */
function deputyNames(names: string[]): string {
  if (names.length === 0) return '暂未安排 none yet'
  const shown = names.slice(0, 8).join('、')
  return names.length > 8 ? `${shown} 等 ${names.length} 位代表` : shown
}

export function VenuePoster({ id }: { id: string }) {
  const venue = useVenue(id)
  if (venue.isError) return <Placeholder error={venue.error} onRetry={() => venue.refetch()} />
  if (!venue.data) return <Placeholder />
  const v = venue.data
  const kind = venueKindLabels[v.kind]
  return (
    <Sheet
      testId="venue-poster"
      badge={`${kind.zh}码`}
      badgeEn={`${kind.en} code`}
      portrait={
        <span className="lx-poster-portrait lx-poster-portrait-venue" aria-hidden="true">
          {kind.zh.slice(0, 2)}
        </span>
      }
      title={v.name}
      subtitle={[v.townName, v.address].filter(Boolean).join(' · ')}
      qr={qrSrc('venues', v.id)}
      qrAlt={`${v.name} 二维码`}
      purpose={`扫一扫，向本${kind.zh}的代表反映意见建议，当天受理。`}
      purposeEn="Scan to tell this venue’s deputies what you think; it is taken in the same working day."
      rows={[
        { name: '接待时间 Hours', value: v.receptionHours || '—' },
        { name: '下次接待 Next duty', value: <NextDuty duty={v.nextDuty} /> },
        {
          name: '接待代表 Deputies',
          value: deputyNames(v.deputies.map((d) => d.name)),
        },
      ]}
    />
  )
}

export function DeputyPoster({ id }: { id: string }) {
  const deputy = useDeputy(id)
  if (deputy.isError) return <Placeholder error={deputy.error} onRetry={() => deputy.refetch()} />
  if (!deputy.data) return <Placeholder />
  const d = deputy.data
  const levels = d.levels.map((l) => labelOf(deputyLevelLabels, l.level, 'zh')).join(' · ')
  const where = d.venues.length ? (
    <ul>
      {d.venues.map((v) => (
        <li key={v.id}>
          <b>{v.name}</b>
          {v.receptionHours && `：${v.receptionHours}`}
        </li>
      ))}
    </ul>
  ) : (
    '—'
  )
  return (
    <Sheet
      testId="deputy-poster"
      badge="代表码（亮身份）"
      badgeEn="Deputy’s code"
      portrait={
        // No photo is kept for deputies yet: the initial of the name, as on the deputy's page.
        <span className="lx-poster-portrait" aria-hidden="true">
          {d.name.slice(0, 1)}
        </span>
      }
      title={d.name}
      subtitle={[levels, d.townName, d.occupation].filter(Boolean).join(' · ')}
      qr={qrSrc('deputies', d.id)}
      qrAlt={`${d.name} 代表码`}
      purpose={`扫一扫，直接向${d.name}代表反映意见建议，代表跟踪办理。`}
      purposeEn={`Scan to give deputy ${d.name} your opinion; the deputy follows it until it is answered.`}
      rows={[
        { name: '接待地点 Where', value: where },
        { name: '下次接待 Next duty', value: <NextDuty duty={d.nextDuty} showVenue /> },
      ]}
    />
  )
}
