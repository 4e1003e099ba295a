import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import { useEffect, useMemo, useRef } from 'react'
import type { Lang } from '../../shared/i18n'
import { CLUSTER_MAX_ZOOM, type ColourMix, donutArcs, indexSites, type SiteIndex } from './clusters'
import type { SiteCollection } from './projects'
import type { MapFrame, RegionCells, VenuePoints } from './types'

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Tiles failing this many times before any loads (no network, a blocked host): the region layer stands alone. */
const FAILED_TILES = 4

interface Props {
  lang: Lang
  frame: MapFrame
  regions: RegionCells | undefined
  sites: SiteCollection | undefined
  venues: VenuePoints | undefined
  selected: string | undefined
  onSelect: (id: string) => void
  onTilesFailed: () => void
  /** Changes when the filters do: the map then fits the sites shown. */
  fitKey: string
}

function mixTitle(lang: Lang, count: number, mix: ColourMix) {
  return lang === 'zh'
    ? `${count} 个点位：未开始 ${mix.red}，进行中 ${mix.yellow}，已完成 ${mix.blue}。点击放大`
    : `${count} sites: ${mix.red} not started, ${mix.yellow} in progress, ${mix.blue} completed. Click to zoom in`
}

function clusterIcon(count: number, mix: ColourMix): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : 48
  const r = size / 2 - 4
  const arcs = donutArcs(mix, r)
    .map(
      (a) =>
        `<circle cx="${size / 2}" cy="${size / 2}" r="${r}" class="lx-arc lx-arc-${a.colour}" stroke-dasharray="${a.dash}" stroke-dashoffset="${a.offset}"/>`,
    )
    .join('')
  return L.divIcon({
    className: 'lx-mark lx-cluster',
    iconSize: [size, size],
    html: `<span data-testid="map-cluster" data-count="${count}" data-red="${mix.red}" data-yellow="${mix.yellow}" data-blue="${mix.blue}"><svg width="${size}" height="${size}" aria-hidden="true">${arcs}</svg><b>${count}</b></span>`,
  })
}

function siteIcon(
  p: { id: string; red: number; yellow: number; blue: number; crossedOff: boolean },
  on: boolean,
) {
  const colour = p.red ? 'red' : p.yellow ? 'yellow' : 'blue'
  return L.divIcon({
    className: `lx-mark lx-site lx-site-${colour}${on ? ' lx-site-on' : ''}`,
    iconSize: on ? [26, 26] : [20, 20],
    html: `<span data-testid="map-site" data-site-id="${esc(p.id)}" data-count="1" data-colour="${colour}" data-red="${p.red}" data-yellow="${p.yellow}" data-blue="${p.blue}">${p.crossedOff ? '✓' : ''}</span>`,
  })
}

/** The map itself (Leaflet): base tiles when configured, the towns' cells, the venues, the sites in clusters. */
export function LeafletMap(props: Props) {
  const box = useRef<HTMLDivElement>(null)
  const map = useRef<L.Map | null>(null)
  const layers = useRef<{ regions: L.LayerGroup; venues: L.LayerGroup; sites: L.LayerGroup } | null>(null)
  const latest = useRef(props)
  latest.current = props
  const index = useMemo<SiteIndex | null>(
    () => (props.sites ? indexSites(props.sites.features) : null),
    [props.sites],
  )
  const indexRef = useRef(index)
  indexRef.current = index

  // The map, once: its frame, base tiles (given up on quietly when they fail) and layer groups.
  useEffect(() => {
    const { frame } = latest.current
    const m = L.map(box.current!, {
      center: frame.center ? [frame.center.lat, frame.center.lng] : [0, 0],
      zoom: frame.zoom,
      maxZoom: 18,
      zoomSnap: 0.25,
      zoomDelta: 1,
      zoomControl: true,
      attributionControl: true,
    })
    m.attributionControl.setPrefix(false)
    let loaded = 0
    let failed = 0
    const tiles = (navigator.onLine === false ? [] : frame.baseLayers).map((b) =>
      L.tileLayer(b.url, {
        attribution: b.attribution,
        maxZoom: b.maxZoom,
        subdomains: b.subdomains ?? 'abc',
      })
        .on('tileload', () => loaded++)
        .on('tileerror', () => {
          if (++failed >= FAILED_TILES && loaded === 0) {
            for (const t of tiles) t.remove()
            latest.current.onTilesFailed()
          }
        })
        .addTo(m),
    )
    if (tiles.length === 0) latest.current.onTilesFailed()
    // Town names under the venues, the venues under the sites (the marker pane, 600).
    m.createPane('lx-labels').style.zIndex = '450'
    m.createPane('lx-venues').style.zIndex = '550'
    layers.current = {
      regions: L.layerGroup().addTo(m),
      venues: L.layerGroup().addTo(m),
      sites: L.layerGroup().addTo(m),
    }
    map.current = m
    m.on('moveend zoomend', () => draw.current())
    // The box settles after the page's styles and fonts: Leaflet measures again, and fits again until moved.
    const resized = new ResizeObserver(() => {
      m.invalidateSize({ pan: false })
      fit.current()
    })
    resized.observe(box.current!)
    m.on('dragstart zoomstart', () => {
      if (!fitting.current) moved.current = true
    })
    return () => {
      resized.disconnect()
      m.off()
      m.remove()
      map.current = null
    }
  }, [])

  // Redrawn on every move: the clusters of the view (padded by half) at the zoom.
  const draw = useRef(() => {})
  draw.current = () => {
    const m = map.current
    const group = layers.current?.sites
    const idx = indexRef.current
    if (!m || !group) return
    group.clearLayers()
    if (!idx) return
    const b = m.getBounds().pad(0.5)
    const zoom = Math.floor(m.getZoom())
    const { lang, selected } = latest.current
    for (const mark of idx.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)) {
      const [lng, lat] = mark.geometry.coordinates as [number, number]
      const p = mark.properties
      if ('cluster' in p && p.cluster) {
        const mix = { red: p.red, yellow: p.yellow, blue: p.blue }
        L.marker([lat, lng], {
          icon: clusterIcon(p.point_count, mix),
          title: mixTitle(lang, p.point_count, mix),
          keyboard: true,
        })
          .on('click', () =>
            m.flyTo([lat, lng], Math.min(idx.getClusterExpansionZoom(p.cluster_id), CLUSTER_MAX_ZOOM + 1)),
          )
          .addTo(group)
      } else {
        const site = p as {
          id: string
          name: string
          red: number
          yellow: number
          blue: number
          crossedOff: boolean
        }
        L.marker([lat, lng], {
          icon: siteIcon(site, site.id === selected),
          title: site.name,
          keyboard: true,
          zIndexOffset: site.id === selected ? 1000 : 0,
        })
          .on('click', () => latest.current.onSelect(site.id))
          .addTo(group)
      }
    }
  }

  // The towns' cells, with their names at the towns' centres.
  useEffect(() => {
    const group = layers.current?.regions
    if (!group) return
    group.clearLayers()
    if (!props.regions) return
    L.geoJSON(props.regions as GeoJSON.FeatureCollection, {
      interactive: false,
      style: { className: 'lx-region-cell', weight: 1.2, dashArray: '5 4', fillOpacity: 0.35 },
    }).addTo(group)
    for (const f of props.regions.features) {
      const [lng, lat] = f.properties.center
      L.marker([lat!, lng!], {
        interactive: false,
        keyboard: false,
        pane: 'lx-labels',
        // Below the town's centre, where its cluster ring sits: the name stays readable under the ring.
        icon: L.divIcon({
          className: 'lx-region-label',
          iconSize: [96, 18],
          iconAnchor: [48, -20],
          html: esc(f.properties.name),
        }),
      }).addTo(group)
    }
  }, [props.regions])

  // The venues (联络站), when their layer is on.
  useEffect(() => {
    const group = layers.current?.venues
    if (!group) return
    group.clearLayers()
    for (const f of props.venues?.features ?? []) {
      const [lng, lat] = f.geometry.coordinates
      L.marker([lat!, lng!], {
        title: f.properties.name,
        pane: 'lx-venues',
        icon: L.divIcon({
          className: 'lx-venue-mark',
          iconSize: [12, 12],
          html: '<span data-testid="map-venue"></span>',
        }),
      })
        .bindPopup(
          `<strong>${esc(f.properties.name)}</strong><br>${esc(f.properties.address)}<br><a href="/venues/${esc(f.properties.id)}">${props.lang === 'zh' ? '查看联络站' : 'Open the venue'}</a>`,
        )
        .addTo(group)
    }
  }, [props.venues, props.lang])

  // The sites: fitted when the filters change (and on resizing, until the visitor moves the map); redrawn when
  // they, the selection or the language change.
  const fitted = useRef<string | null>(null)
  const moved = useRef(false)
  const fitting = useRef(false)
  const fit = useRef(() => {})
  fit.current = () => {
    const m = map.current
    const features = latest.current.sites?.features ?? []
    if (!m || features.length === 0 || moved.current) return
    fitting.current = true
    m.fitBounds(L.latLngBounds(features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]])), {
      padding: [24, 24],
      maxZoom: 15,
      animate: false,
    })
    fitting.current = false
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index, selection, language and filters are the triggers
  useEffect(() => {
    if (props.sites && fitted.current !== props.fitKey) {
      fitted.current = props.fitKey
      moved.current = false
      fit.current()
    }
    draw.current()
  }, [index, props.selected, props.lang, props.fitKey])

  return <div ref={box} className="lx-leaflet" data-testid="map" />
}
