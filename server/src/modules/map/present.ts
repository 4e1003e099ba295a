import type { Static } from 'typebox'
import type { Config } from '../../config.ts'
import type { PlacedRegion, PlacedVenue } from './repo.ts'
import type { BaseLayer, RegionCollection, VenueCollection } from './schema.ts'

const TIANDITU_SUBDOMAINS = ['0', '1', '2', '3', '4', '5', '6', '7']
const TIANDITU_ATTRIBUTION = '© 天地图 · 国家地理信息公共服务平台'

/** A 天地图 WMTS layer (Web Mercator, `_w`) as an XYZ template: `vec` the vector map, `cva` its Chinese labels. */
function tiandituLayer(layer: 'vec' | 'cva', tk: string): Static<typeof BaseLayer> {
  return {
    url:
      `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(tk)}`,
    attribution: TIANDITU_ATTRIBUTION,
    subdomains: TIANDITU_SUBDOMAINS,
    maxZoom: 18,
  }
}

/** The configured base layers, bottom first: 天地图 when its key is set, else the XYZ template, else none. */
export function baseLayersOf(config: Config): Static<typeof BaseLayer>[] {
  if (config.mapTiandituTk)
    return [tiandituLayer('vec', config.mapTiandituTk), tiandituLayer('cva', config.mapTiandituTk)]
  if (config.mapTilesUrl) {
    const subdomains = config.mapTilesUrl.includes('{s}') ? { subdomains: ['a', 'b', 'c'] } : {}
    return [
      { url: config.mapTilesUrl, attribution: config.mapTilesAttribution ?? '', maxZoom: 18, ...subdomains },
    ]
  }
  return []
}

export function presentRegionCells(
  cells: readonly { town: PlacedRegion; ring: [number, number][] }[],
): Static<typeof RegionCollection> {
  return {
    type: 'FeatureCollection',
    features: cells.map(({ town, ring }) => ({
      type: 'Feature',
      id: town.code,
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { code: town.code, name: town.name, center: [town.lng, town.lat], approximate: true },
    })),
  }
}

export function presentVenues(rows: readonly PlacedVenue[]): Static<typeof VenueCollection> {
  return {
    type: 'FeatureCollection',
    features: rows.map((v) => ({
      type: 'Feature',
      id: v.id,
      geometry: { type: 'Point', coordinates: [v.lng!, v.lat!] },
      properties: {
        id: v.id,
        code: v.code,
        name: v.name,
        kind: v.kind,
        townCode: v.town_code,
        address: v.address,
      },
    })),
  }
}
