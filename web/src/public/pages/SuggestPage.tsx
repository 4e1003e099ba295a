import { useQueries } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { unwrap } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { api, useDeputy, useVenue } from '../api'
import { BackLink, LoadError, Loading } from './common'

/** Online submission is not open yet: say so plainly and point to where and when deputies receive people. */
export function SuggestPage() {
  const { t } = useLang()
  const [params] = useSearchParams()
  const venueId = params.get('venueId') ?? undefined
  const deputyId = params.get('deputyId') ?? undefined
  const venue = useVenue(venueId)
  const deputy = useDeputy(deputyId)
  const deputyVenues = useQueries({
    queries: (deputy.data?.venues ?? []).map((v) => ({
      queryKey: ['public', 'venue', v.id],
      queryFn: () => unwrap(api.GET('/api/public/venues/{id}', { params: { path: { id: v.id } } })),
    })),
  })
  const places = venueId
    ? venue.data
      ? [venue.data]
      : []
    : deputyVenues.flatMap((q) => (q.data ? [q.data] : []))
  const pending = (venueId && venue.isPending) || (deputyId && (deputy.isPending || deputyVenues.some((q) => q.isPending)))
  const error = venue.error ?? deputy.error

  return (
    <article className="lx-detail">
      <BackLink />
      <div className="lx-notice">
        <h1>{t('线上问诊即将开通', 'Online submissions open soon')}</h1>
        <p>
          {t(
            '网上提交意见建议的功能正在准备中，开通后可在这里直接填写。在此之前，欢迎在接待时间到联络站当面向代表反映。',
            'Sending an opinion online is being prepared and will open on this page. Until then, please visit a liaison station during reception hours and speak to a deputy in person.',
          )}
        </p>
        {deputy.data && (
          <p>
            {t('您要联系的代表：', 'The deputy you want to reach: ')}
            <Link to={`/deputies/${deputy.data.id}`}>{deputy.data.name}</Link>
          </p>
        )}
      </div>
      {pending ? (
        <Loading />
      ) : error ? (
        <LoadError error={error} />
      ) : places.length > 0 ? (
        <section className="lx-section lx-section-flat">
          <h2>{t('接待地点和时间', 'Where and when deputies receive people')}</h2>
          <ul className="lx-cards">
            {places.map((p) => (
              <li key={p.id}>
                <Link to={`/venues/${p.id}`} className="lx-card">
                  <div className="lx-card-head">
                    <strong>{p.name}</strong>
                  </div>
                  {p.address && <p className="lx-muted">{p.address}</p>}
                  <p className="lx-hours">
                    {t('接待时间：', 'Reception: ')}
                    {p.receptionHours || t('请咨询联络站', 'ask the station')}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="lx-empty">
          <Link to="/#venues">{t('查找附近的联络站', 'Find a liaison station near you')}</Link>
        </p>
      )}
    </article>
  )
}
