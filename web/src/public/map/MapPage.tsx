import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { LoadError, Loading } from '../components/common'
import { COLOURS, mixOf } from './clusters'
import { MapControls } from './MapControls'
import './map.css'
import { colourLabels, type SiteStatus, STATUS_COLOUR, STATUSES, statusLabels } from './projects'
import { useMapSettings, useProjectsOverview, useRegionCells, useSites, useVenuePoints } from './queries'
import { SiteCard } from './SiteCard'

// Leaflet and supercluster come with the map itself, after the page's frame has drawn.
const LeafletMap = lazy(() => import('./LeafletMap').then((m) => ({ default: m.LeafletMap })))

const isStatus = (s: string | null): s is SiteStatus => STATUSES.includes(s as SiteStatus)

/**
 * 项目地图 (数字乡村一张图): every site of the year's livelihood projects in its colour, live or at a past month's
 * end, filtered by project, town and status, with a card per site. `?embed=1` is the bare map for the county's
 * own map platform (the site's frame is left out by App).
 */
export function MapPage({ embed = false }: { embed?: boolean }) {
  const { t, lang } = useLang()
  const [params, setParams] = useSearchParams()
  const year = Number(params.get('year')) || undefined
  const month = params.get('month') ?? undefined
  const project = params.get('project') ?? undefined
  const town = params.get('town') ?? undefined
  const status = isStatus(params.get('status')) ? (params.get('status') as SiteStatus) : undefined
  const selected = params.get('site') ?? undefined
  const showVenues = params.get('venues') === '1'
  const [tilesFailed, setTilesFailed] = useState(false)

  useEffect(() => {
    document.title = t('项目地图 · 连心', 'Project map · Lianxin')
  }, [t])

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k)
        return next
      },
      { replace: true },
    )

  const frame = useMapSettings()
  const regions = useRegionCells()
  const overview = useProjectsOverview({ year, month })
  const shownYear = overview.data?.year ?? undefined
  const sites = useSites({ year: shownYear, month, project, town, status }, shownYear !== undefined)
  const venues = useVenuePoints(showVenues)
  const mix = useMemo(() => mixOf(sites.data?.features ?? []), [sites.data])
  const total = mix.red + mix.yellow + mix.blue
  const crossedOff = sites.data?.features.filter((f) => f.properties.crossedOff).length ?? 0

  if (frame.isError) return <LoadError error={frame.error} onRetry={() => frame.refetch()} />
  if (overview.isError) return <LoadError error={overview.error} onRetry={() => overview.refetch()} />
  if (!frame.data || !overview.data) return <Loading />
  const o = overview.data

  return (
    <div className={embed ? 'lx-mappage lx-mappage-embed' : 'lx-mappage'}>
      <div className="lx-mappage-side">
        {!embed && (
          <header className="lx-mappage-head">
            <h1>{t('民生实事项目地图', 'Livelihood projects map')}</h1>
            <p className="lx-muted">
              {o.year === null
                ? t('暂无民生实事项目。', 'No livelihood projects yet.')
                : t(
                    `${o.year} 年民生实事项目点位，红色未开始、黄色进行中、蓝色已完成。`,
                    `The sites of ${o.year}’s livelihood projects: red not started, yellow in progress, blue completed.`,
                  )}
            </p>
          </header>
        )}
        <MapControls
          overview={o}
          values={{ month, project, town, status, showVenues }}
          onChange={(changes) => set({ ...changes, site: undefined })}
        />
        <div className="lx-summary" data-testid="map-summary" aria-live="polite">
          <div className="lx-summary-counts">
            {COLOURS.map((c) => (
              <span key={c} className={`lx-summary-item lx-summary-${c}`} data-colour={c} data-count={mix[c]}>
                <i aria-hidden="true" />
                {t(statusLabels[STATUSES.find((s) => STATUS_COLOUR[s] === c)!])}
                <b>{mix[c]}</b>
              </span>
            ))}
          </div>
          <p>
            {t(`共 ${total} 个点位`, `${total} sites`)} ·{' '}
            {t(
              `完成率 ${total ? ((mix.blue / total) * 100).toFixed(1) : '0.0'}%`,
              `${total ? ((mix.blue / total) * 100).toFixed(1) : '0.0'}% complete`,
            )}
            {crossedOff > 0 && <> · {t(`已销号 ${crossedOff}`, `${crossedOff} crossed off`)}</>}
          </p>
          <p className="lx-muted lx-asof">
            {o.month
              ? t(`${o.month} 月末数据`, `As at the end of ${o.month}`)
              : t(`实时 · 更新于 ${formatTime(o.asOf)}`, `Live · updated ${formatTime(o.asOf)}`)}
            {sites.isFetching && <> · {t('更新中…', 'updating…')}</>}
          </p>
        </div>
      </div>
      <div className="lx-mappage-map">
        <Suspense fallback={<Loading />}>
          <LeafletMap
            lang={lang}
            frame={frame.data}
            regions={regions.data}
            sites={sites.data}
            venues={showVenues ? venues.data : undefined}
            selected={selected}
            onSelect={(id) => set({ site: id })}
            onTilesFailed={() => setTilesFailed(true)}
            fitKey={JSON.stringify([o.year, project, town, status])}
          />
        </Suspense>
        <section className="lx-legend" aria-label={t('图例', 'Legend')}>
          {COLOURS.map((c) => (
            <span key={c} className="lx-legend-colour">
              <i className={`lx-dot lx-dot-${c}`} aria-hidden="true" />
              {t(colourLabels[c])} · {t(statusLabels[STATUSES.find((s) => STATUS_COLOUR[s] === c)!])}
            </span>
          ))}
          <span>
            <i className="lx-dot lx-dot-blue lx-dot-check" aria-hidden="true">
              ✓
            </i>
            {t('已销号', 'Crossed off')}
          </span>
          {showVenues && (
            <span>
              <i className="lx-venue-key" aria-hidden="true" />
              {t('联络站', 'Liaison stations')}
            </span>
          )}
          <span className="lx-legend-note">
            {t(
              '虚线为镇（街道）示意范围，非行政区划界线',
              'Dashed lines: schematic town areas, not administrative boundaries',
            )}
            {tilesFailed && frame.data.baseLayers.length > 0 && (
              <> · {t('底图暂时无法加载', 'The base map could not be loaded')}</>
            )}
          </span>
        </section>
        {selected && (
          <div className="lx-mappage-card">
            <SiteCard id={selected} month={month} onClose={() => set({ site: undefined })} />
          </div>
        )}
      </div>
      {embed && (
        <p className="lx-embed-credit">
          <Link to="/map" target="_blank">
            {t('连心 · 民生实事项目地图', 'Lianxin · livelihood projects map')}
          </Link>
        </p>
      )}
    </div>
  )
}

function formatTime(iso: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso))
}
