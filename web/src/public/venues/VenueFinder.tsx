import { useState } from 'react'
import { Link } from 'react-router'
import type { VenueKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, venueKindLabels } from '../../shared/labels'
import { LoadError, Loading, Section } from '../components/common'
import { KindTag } from './KindTag'
import { useVenues } from './queries'

/** 联络阵地 of the chosen town, by kind (liaison stations first), page after page. */
export function VenueFinder({ town }: { town: string | undefined }) {
  const { t, lang } = useLang()
  const [kind, setKind] = useState<VenueKind | undefined>('station')
  const venues = useVenues(town, kind)
  const items = venues.data?.pages.flatMap((p) => p.items) ?? []
  const total = venues.data?.pages[0]?.total ?? 0
  return (
    <Section title={t('联络阵地', 'Liaison venues')} id="venues">
      <fieldset className="lx-chips lx-chips-small" aria-label={t('类型', 'Kind')}>
        <button type="button" className="lx-chip" aria-pressed={!kind} onClick={() => setKind(undefined)}>
          {t('全部类型', 'All kinds')}
        </button>
        {codesOf(venueKindLabels).map((k) => (
          <button
            key={k}
            type="button"
            className="lx-chip"
            aria-pressed={kind === k}
            onClick={() => setKind(k)}
          >
            {label(venueKindLabels, k, lang)}
          </button>
        ))}
      </fieldset>
      {venues.isPending ? (
        <Loading />
      ) : venues.isError ? (
        <LoadError error={venues.error} onRetry={() => venues.refetch()} />
      ) : items.length === 0 ? (
        <p className="lx-empty">{t('这里暂时没有联络阵地。', 'No venues here yet.')}</p>
      ) : (
        <>
          <p className="lx-count">{t(`共 ${total} 处`, `${total} venues`)}</p>
          <ul className="lx-cards">
            {items.map((v) => (
              <li key={v.id}>
                <Link to={`/venues/${v.id}`} className="lx-card">
                  <div className="lx-card-head">
                    <strong>{v.name}</strong>
                    <KindTag kind={v.kind} />
                  </div>
                  <p className="lx-muted">
                    {v.townName}
                    {v.address ? ` · ${v.address}` : ''}
                  </p>
                  {v.receptionHours && (
                    <p className="lx-hours">
                      {t('接待时间：', 'Reception: ')}
                      {v.receptionHours}
                    </p>
                  )}
                </Link>
              </li>
            ))}
          </ul>
          {venues.hasNextPage && (
            <button
              type="button"
              className="lx-more"
              onClick={() => venues.fetchNextPage()}
              disabled={venues.isFetchingNextPage}
            >
              {venues.isFetchingNextPage ? t('加载中…', 'Loading…') : t('查看更多', 'Show more')}
            </button>
          )}
        </>
      )}
    </Section>
  )
}
