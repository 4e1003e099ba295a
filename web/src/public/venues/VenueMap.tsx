import { useLang } from '../../shared/i18n'
import { useTowns } from '../regions/queries'
import { H, mapLinks, type Point, project, W } from './map'

/**
 * Where a venue is, without a tile server (none may be reached): a schematic of the county's towns, each at its
 * centre with its name, and the venue's pin among them, with links to open the spot in 高德 or 百度 maps.
 */
export function VenueMap({
  venue,
}: {
  venue: { name: string; lat: number | null; lng: number | null; townCode: string | null }
}) {
  const { t } = useLang()
  const towns = useTowns()
  if (venue.lat === null || venue.lng === null) return null
  const pin = { lat: venue.lat, lng: venue.lng }
  const placed = (towns.data?.items ?? []).filter(
    (r): r is typeof r & Point => r.active && r.lat !== null && r.lng !== null,
  )
  const at = project([pin, ...placed])
  const p = at(pin)
  const links = mapLinks(pin, venue.name)
  return (
    <figure className="lx-map">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t(`${venue.name}的位置示意图`, `Where ${venue.name} is (schematic)`)}
      >
        <rect x="0" y="0" width={W} height={H} rx="10" className="lx-map-plate" />
        {placed.map((town) => {
          const c = at(town)
          const here = town.code === venue.townCode
          return (
            <g key={town.code} className={here ? 'lx-map-town lx-map-here' : 'lx-map-town'}>
              <circle cx={c.x} cy={c.y} r={here ? 4 : 3} />
              <text x={c.x} y={c.y + 13} textAnchor="middle">
                {town.name.replace(/(街道|镇|乡)$/, '')}
              </text>
            </g>
          )
        })}
        <g className="lx-map-pin" transform={`translate(${p.x} ${p.y})`} data-testid="venue-pin">
          <path d="M0 0 C-3 -7 -9 -10 -9 -16 A9 9 0 1 1 9 -16 C9 -10 3 -7 0 0 Z" />
          <circle cx="0" cy="-16" r="3.5" />
        </g>
      </svg>
      <figcaption>
        <span>
          {t('示意图，非实际比例', 'Schematic, not to scale')} · {pin.lat.toFixed(5)}, {pin.lng.toFixed(5)}
        </span>
        <span className="lx-map-links">
          <a href={links.amap} target="_blank" rel="noreferrer">
            {t('在高德地图打开', 'Open in Amap')}
          </a>
          <a href={links.baidu} target="_blank" rel="noreferrer">
            {t('在百度地图打开', 'Open in Baidu Maps')}
          </a>
        </span>
      </figcaption>
    </figure>
  )
}
