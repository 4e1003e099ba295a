import { SearchBar } from 'antd-mobile'
import { useState } from 'react'
import { Link } from 'react-router'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, label, venueKindLabels } from '../../shared/labels'
import { useDeputies, useTowns, useVenues } from '../api'
import { KindTag, LoadError, Loading, Section } from './common'

const KINDS = ['station', 'point', 'window', 'post', 'mobile'] as const
type Kind = (typeof KINDS)[number]

export function HomePage() {
  const { t } = useLang()
  const [town, setTown] = useState<string | undefined>()
  return (
    <>
      <section className="lx-hero">
        <h1>{t('代表在线·连心360', 'Deputies Online · Lianxin 360')}</h1>
        <p>
          {t(
            '有事找代表，随时找得到。全县每个镇（街道）都设有人大代表联络站，代表按排班坐班接待；代表也会走进村、社区和企业听取意见；您还可以在网上随时提出意见建议。每一条意见都有人受理、有人办理、有人回复您。',
            'Your deputies are always within reach. Every town and subdistrict has a liaison station where deputies receive people on a published schedule; deputies also visit villages, communities and firms; and you can send an opinion online at any time. Every opinion is accepted, handled and answered.',
          )}
        </p>
        <div className="lx-hero-actions">
          <a href="#venues" className="lx-button lx-button-light">
            {t('找联络站', 'Find a station')}
          </a>
          <a href="#deputies" className="lx-button lx-button-ghost">
            {t('找代表', 'Find a deputy')}
          </a>
        </div>
      </section>

      <Section title={t('三种方式找代表', 'Three ways to reach a deputy')}>
        <ol className="lx-channels">
          <li>
            <strong>{t('站内坐诊', 'In-station reception')}</strong>
            <span>
              {t(
                '代表按排班在联络站坐班，当面听取您的意见和诉求。',
                'Deputies sit at the liaison station on a published schedule and hear you in person.',
              )}
            </span>
          </li>
          <li>
            <strong>{t('流动巡诊', 'Mobile rounds')}</strong>
            <span>
              {t(
                '代表走进村、社区和企业，把联络站搬到您家门口。',
                'Deputies tour villages, communities and firms, bringing the station to your door.',
              )}
            </span>
          </li>
          <li>
            <strong>{t('线上问诊', 'Online')}</strong>
            <span>
              {t(
                '扫联络站码或代表码，或在本网站随时提交意见建议，凭查询链接查看办理进度。',
                'Scan a station or deputy QR code, or use this site, to send an opinion at any time and follow it with your tracking link.',
              )}
            </span>
            <span className="lx-channel-links">
              <Link to="/suggest">{t('提意见', 'Give an opinion')}</Link>
              <Link to="/track">{t('查进度', 'Track')}</Link>
            </span>
          </li>
        </ol>
      </Section>

      <TownFilter value={town} onChange={setTown} />
      <VenueFinder town={town} />
      <DeputyFinder town={town} />
    </>
  )
}

function TownFilter({
  value,
  onChange,
}: {
  value: string | undefined
  onChange: (code: string | undefined) => void
}) {
  const { t, lang } = useLang()
  const towns = useTowns()
  return (
    <Section title={t('选择镇（街道）', 'Choose your town')} id="towns">
      {towns.isPending ? (
        <Loading />
      ) : towns.isError ? (
        <LoadError error={towns.error} onRetry={() => towns.refetch()} />
      ) : (
        <div className="lx-chips" role="group" aria-label={t('镇（街道）', 'Town')}>
          <button type="button" className="lx-chip" aria-pressed={!value} onClick={() => onChange(undefined)}>
            {t('全县', 'Whole county')}
          </button>
          {towns.data.items.map((town) => (
            <button
              key={town.code}
              type="button"
              className="lx-chip"
              aria-pressed={value === town.code}
              onClick={() => onChange(town.code)}
            >
              {lang === 'en' && town.nameEn ? town.nameEn : town.name}
            </button>
          ))}
        </div>
      )}
    </Section>
  )
}

function VenueFinder({ town }: { town: string | undefined }) {
  const { t, lang } = useLang()
  const [kind, setKind] = useState<Kind | undefined>('station')
  const venues = useVenues(town, kind)
  const items = venues.data?.pages.flatMap((p) => p.items) ?? []
  const total = venues.data?.pages[0]?.total ?? 0
  return (
    <Section title={t('联络阵地', 'Liaison venues')} id="venues">
      <div className="lx-chips lx-chips-small" role="group" aria-label={t('类型', 'Kind')}>
        <button type="button" className="lx-chip" aria-pressed={!kind} onClick={() => setKind(undefined)}>
          {t('全部类型', 'All kinds')}
        </button>
        {KINDS.map((k) => (
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
      </div>
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

function DeputyFinder({ town }: { town: string | undefined }) {
  const { t, lang } = useLang()
  const [q, setQ] = useState('')
  const deputies = useDeputies(town, q)
  const items = deputies.data?.pages.flatMap((p) => p.items) ?? []
  const total = deputies.data?.pages[0]?.total ?? 0
  return (
    <Section title={t('找代表', 'Find a deputy')} id="deputies">
      <SearchBar
        placeholder={t('输入代表姓名', 'Type a deputy’s name')}
        onSearch={(value) => setQ(value.trim())}
        onClear={() => setQ('')}
        style={{ '--height': '40px', '--border-radius': '20px' }}
      />
      {deputies.isPending ? (
        <Loading />
      ) : deputies.isError ? (
        <LoadError error={deputies.error} onRetry={() => deputies.refetch()} />
      ) : items.length === 0 ? (
        <p className="lx-empty">{t('没有找到代表。', 'No deputy found.')}</p>
      ) : (
        <>
          <p className="lx-count">{t(`共 ${total} 位代表`, `${total} deputies`)}</p>
          <ul className="lx-people">
            {items.map((d) => (
              <li key={d.id}>
                <Link to={`/deputies/${d.id}`} className="lx-person">
                  <span className="lx-avatar" aria-hidden="true">
                    {d.name.slice(0, 1)}
                  </span>
                  <span className="lx-person-body">
                    <strong>{d.name}</strong>
                    <small>
                      {[...new Set(d.levels.map((l) => label(deputyLevelLabels, l.level, lang)))].join(' · ')}
                    </small>
                    <small className="lx-muted">
                      {d.townName}
                      {d.occupation ? ` · ${d.occupation}` : ''}
                    </small>
                  </span>
                  <span className="lx-chevron" aria-hidden="true">
                    ›
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {deputies.hasNextPage && (
            <button
              type="button"
              className="lx-more"
              onClick={() => deputies.fetchNextPage()}
              disabled={deputies.isFetchingNextPage}
            >
              {deputies.isFetchingNextPage ? t('加载中…', 'Loading…') : t('查看更多', 'Show more')}
            </button>
          )}
        </>
      )}
    </Section>
  )
}
