import { Link, useParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { BackLink, Field, LoadError, Loading } from '../components/common'
import { NextDuty } from '../components/NextDuty'
import { DeputyTiles } from '../deputies/DeputyTiles'
import { KindTag } from './KindTag'
import { useVenue } from './queries'
import { VenueMap } from './VenueMap'

/** A venue's public page (the landing page of its QR code): where, when, who, and 提意见. */
export function VenuePage() {
  const { id } = useParams()
  const { t } = useLang()
  const venue = useVenue(id)
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
        <Field name={t('下次接待', 'Next duty')}>
          <NextDuty duty={v.nextDuty} />
        </Field>
        <Field name={t('所在地', 'Area')}>{v.regionName}</Field>
      </dl>
      <VenueMap venue={v} />
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
          <DeputyTiles deputies={v.deputies} />
        )}
      </section>
      <Link to={`/venues/${v.id}/poster`} className="lx-poster-link">
        {t('打印本站二维码海报（工作人员）', 'Print this venue’s QR poster (staff)')}
      </Link>
    </article>
  )
}
