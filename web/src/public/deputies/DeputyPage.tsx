import { Link, useParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, genderLabels, labelOf, termLabel } from '../../shared/labels'
import { BackLink, Field, LoadError, Loading } from '../components/common'
import { NextDuty } from '../components/NextDuty'
import './deputies.css'
import { useDeputy } from './queries'

export function DeputyPage() {
  const { id } = useParams()
  const { t, lang } = useLang()
  const deputy = useDeputy(id)
  if (deputy.isPending) return <Loading />
  if (deputy.isError) return <LoadError error={deputy.error} onRetry={() => deputy.refetch()} />
  const d = deputy.data
  return (
    <article className="lx-detail">
      <BackLink />
      <header className="lx-detail-head lx-detail-person">
        <span className="lx-avatar lx-avatar-large" aria-hidden="true">
          {d.name.slice(0, 1)}
        </span>
        <div>
          <h1>{d.name}</h1>
          <p className="lx-muted">
            {[labelOf(genderLabels, d.gender, lang), d.townName].filter(Boolean).join(' · ')}
          </p>
        </div>
      </header>
      <ul className="lx-levels">
        {d.levels.map((l) => (
          <li key={`${l.level}-${l.term}`}>
            {labelOf(deputyLevelLabels, l.level, lang)}
            <small>{termLabel(l.term, lang)}</small>
          </li>
        ))}
      </ul>
      <dl className="lx-fields">
        <Field name={t('职业', 'Occupation')}>{d.occupation}</Field>
        <Field name={t('工作单位', 'Organisation')}>{d.organisation}</Field>
        <Field name={t('所在镇（街道）', 'Town')}>{d.townName}</Field>
        <Field name={t('下次接待', 'Next duty')}>
          <NextDuty duty={d.nextDuty} showVenue />
        </Field>
      </dl>
      {d.bio && <p className="lx-prose">{d.bio}</p>}
      <Link
        to={`/suggest?deputyId=${encodeURIComponent(d.id)}`}
        className="lx-button lx-button-primary lx-block"
      >
        {t('向代表提意见', 'Give this deputy an opinion')}
      </Link>
      {d.venues.length > 0 && (
        <section className="lx-section lx-section-flat">
          <h2>{t('接待地点', 'Where to meet')}</h2>
          <ul className="lx-links">
            {d.venues.map((v) => (
              <li key={v.id}>
                <Link to={`/venues/${v.id}`}>{v.name}</Link>
                {v.receptionHours && <small className="lx-hours"> {v.receptionHours}</small>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Link to={`/deputies/${d.id}/poster`} className="lx-poster-link">
        {t('打印代表码海报（工作人员）', 'Print this deputy’s QR poster (staff)')}
      </Link>
    </article>
  )
}
