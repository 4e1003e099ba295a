import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, label } from '../../shared/labels'
import { useVenue } from '../api'
import { BackLink, Field, KindTag, LoadError, Loading } from './common'

const FIRST_DEPUTIES = 12

export function VenuePage() {
  const { id } = useParams()
  const { t, lang } = useLang()
  const venue = useVenue(id)
  const [showAll, setShowAll] = useState(false)
  if (venue.isPending) return <Loading />
  if (venue.isError) return <LoadError error={venue.error} onRetry={() => venue.refetch()} />
  const v = venue.data
  return (
    <article className="lx-detail">
      <BackLink />
      <header className="lx-detail-head">
        <KindTag kind={v.kind} />
        <h1>{v.name}</h1>
        <p className="lx-muted">{v.townName}</p>
      </header>
      <dl className="lx-fields">
        <Field name={t('地址', 'Address')}>{v.address}</Field>
        <Field name={t('接待时间', 'Reception hours')}>{v.receptionHours}</Field>
        <Field name={t('所在地', 'Area')}>{v.regionName}</Field>
      </dl>
      {v.description && <p className="lx-prose">{v.description}</p>}
      <Link
        to={`/suggest?venueId=${encodeURIComponent(v.id)}`}
        className="lx-button lx-button-primary lx-block"
      >
        {t('提意见', 'Give an opinion')}
      </Link>
      <section className="lx-section lx-section-flat">
        <h2>
          {t('在这里接待群众的代表', 'Deputies who receive people here')}
          {v.deputies.length > 0 && <span className="lx-h2-count">{v.deputies.length}</span>}
        </h2>
        {v.deputies.length === 0 ? (
          <p className="lx-empty">{t('暂未安排代表。', 'No deputies assigned yet.')}</p>
        ) : (
          <>
            <ul className="lx-people-grid">
              {(showAll ? v.deputies : v.deputies.slice(0, FIRST_DEPUTIES)).map((d) => (
                <li key={d.id}>
                  <Link to={`/deputies/${d.id}`} className="lx-person-tile">
                    <span className="lx-avatar lx-avatar-small" aria-hidden="true">
                      {d.name.slice(0, 1)}
                    </span>
                    <span className="lx-person-body">
                      <strong>{d.name}</strong>
                      <small>
                        {[...new Set(d.levels.map((l) => label(deputyLevelLabels, l.level, lang)))].join(
                          ' · ',
                        )}
                      </small>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {!showAll && v.deputies.length > FIRST_DEPUTIES && (
              <button type="button" className="lx-more" onClick={() => setShowAll(true)}>
                {t(`查看全部 ${v.deputies.length} 位代表`, `Show all ${v.deputies.length} deputies`)}
              </button>
            )}
          </>
        )}
      </section>
    </article>
  )
}
