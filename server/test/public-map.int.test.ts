import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../src/db/index.ts'
import { invalidateReferenceCaches } from '../src/platform/reference-cache.ts'
import { buildCounty } from './factories.ts'
import { createTestApp, TEST_COUNTY, type TestApp } from './harness.ts'

/** The public map's frame: its centre and tiles, the towns' schematic cells, the venues as GeoJSON points. */

type Position = [number, number]
interface Collection<P> {
  type: string
  features: { type: string; id: string; geometry: { type: string; coordinates: unknown }; properties: P }[]
}

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url })
  return { res, body: res.json() }
}

// Four towns around a county seat (Deqing-like latitudes), with villages scattered around each.
const TOWNS = [
  { n: '101', name: '武康街道', lat: 30.54, lng: 119.95 },
  { n: '102', name: '乾元镇', lat: 30.56, lng: 120.09 },
  { n: '103', name: '新市镇', lat: 30.62, lng: 120.28 },
  { n: '104', name: '莫干山镇', lat: 30.6, lng: 119.85 },
]
const VILLAGE_OFFSETS = [
  [0.03, 0.02],
  [-0.02, 0.04],
  [0.01, -0.05],
]

async function buildTowns(db: Db) {
  await buildCounty(db)
  for (const town of TOWNS) {
    const code = `330521${town.n}000`
    await db
      .insertInto('regions')
      .values([
        {
          code,
          parent_code: TEST_COUNTY,
          level: 'town',
          kind: '镇',
          name: town.name,
          path: `${TEST_COUNTY}/${code}`,
          lat: town.lat,
          lng: town.lng,
          county_code: TEST_COUNTY,
        },
        ...VILLAGE_OFFSETS.map(([dlat, dlng], i) => ({
          code: `330521${town.n}00${i + 1}`,
          parent_code: code,
          level: 'village' as const,
          kind: '村',
          name: `${town.name}${i + 1}村`,
          path: `${TEST_COUNTY}/${code}/330521${town.n}00${i + 1}`,
          lat: town.lat + dlat!,
          lng: town.lng + dlng!,
          county_code: TEST_COUNTY,
        })),
      ])
      .execute()
  }
  // A retired town and one without a position are not on the map.
  await db
    .insertInto('regions')
    .values([
      {
        code: '330521198000',
        parent_code: TEST_COUNTY,
        level: 'town',
        kind: '镇',
        name: '已撤销镇',
        path: `${TEST_COUNTY}/330521198000`,
        lat: 30.5,
        lng: 120,
        county_code: TEST_COUNTY,
        active: false,
        retired_at: new Date('2024-01-01T00:00:00+08:00'),
      },
      {
        code: '330521199000',
        parent_code: TEST_COUNTY,
        level: 'town',
        kind: '镇',
        name: '无坐标镇',
        path: `${TEST_COUNTY}/330521199000`,
        lat: null,
        lng: null,
        county_code: TEST_COUNTY,
      },
    ])
    .execute()
  invalidateReferenceCaches()
}

/** Ray casting: whether the point lies inside the ring. */
function inside([x, y]: Position, ring: Position[]): boolean {
  let hit = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit
  }
  return hit
}

function signedArea(ring: Position[]): number {
  let area = 0
  for (let i = 0; i + 1 < ring.length; i++)
    area += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1]
  return area / 2
}

describe('the public map', () => {
  it('has no centre and no cells while no town has a position', async () => {
    const { res, body } = await get('/api/public/map')
    expect(res.statusCode).toBe(200)
    expect(body).toEqual({
      center: null,
      zoom: 3,
      baseLayers: [],
      layers: ['venues'],
      regionsApproximate: true,
    })
    const regions = await get('/api/public/map/regions.geojson')
    expect(regions.body).toEqual({ type: 'FeatureCollection', features: [] })
  })

  it('opens at the towns’ centroid, at a zoom that fits them on a phone', async () => {
    await buildTowns(t.ctx.db)
    const { res, body } = await get('/api/public/map')
    expect(res.headers['cache-control']).toBe('public, max-age=300')
    const mean = (k: 'lat' | 'lng') => TOWNS.reduce((s, town) => s + town[k], 0) / TOWNS.length
    expect(body.center.lat).toBeCloseTo(mean('lat'), 9)
    expect(body.center.lng).toBeCloseTo(mean('lng'), 9)
    // 0.43° of longitude across 340 px: 2^z · 256 · 0.43 / 360 ≤ 340 → z = 10.
    expect(body.zoom).toBe(10)
    expect(body.baseLayers).toEqual([])
  })

  it('draws each town as a schematic cell holding its centre and the villages nearest to it', async () => {
    const { res, body } = await get('/api/public/map/regions.geojson')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/)
    const cells = body as Collection<{ code: string; name: string; center: Position; approximate: boolean }>
    expect(cells.type).toBe('FeatureCollection')
    expect(cells.features.map((f) => f.properties.name)).toEqual(TOWNS.map((town) => town.name))
    const rings = cells.features.map((f) => {
      expect(f.type).toBe('Feature')
      expect(f.geometry.type).toBe('Polygon')
      expect(f.properties.approximate).toBe(true)
      const [ring, ...holes] = f.geometry.coordinates as Position[][]
      expect(holes).toEqual([])
      expect(ring!.at(0)).toEqual(ring!.at(-1))
      expect(signedArea(ring!), 'counterclockwise (RFC 7946 §3.1.6)').toBeGreaterThan(0)
      return ring!
    })
    const scale = Math.cos((30.58 * Math.PI) / 180)
    const nearest = ([lng, lat]: Position) =>
      TOWNS.reduce(
        (best, town, i) => {
          const d = ((town.lng - lng) * scale) ** 2 + (town.lat - lat) ** 2
          return d < best.d ? { i, d } : best
        },
        { i: -1, d: Infinity },
      ).i
    TOWNS.forEach((town, i) => {
      const centre: Position = [town.lng, town.lat]
      expect(cells.features[i]!.properties.center).toEqual(centre)
      expect(rings.map((ring) => inside(centre, ring))).toEqual(TOWNS.map((_, j) => j === i))
      for (const [dlat, dlng] of VILLAGE_OFFSETS) {
        const village: Position = [town.lng + dlng!, town.lat + dlat!]
        const home = nearest(village)
        expect(rings.map((ring) => inside(village, ring))).toEqual(TOWNS.map((_, j) => j === home))
      }
    })
    // The cells tile a box padded beyond the outermost villages: their areas add up to the box's.
    const lngs = TOWNS.flatMap((town) => [town.lng, ...VILLAGE_OFFSETS.map(([, d]) => town.lng + d!)])
    const lats = TOWNS.flatMap((town) => [town.lat, ...VILLAGE_OFFSETS.map(([d]) => town.lat + d!)])
    const all = rings.flat()
    expect(Math.min(...all.map((p) => p[0]))).toBeLessThan(Math.min(...lngs))
    expect(Math.max(...all.map((p) => p[0]))).toBeGreaterThan(Math.max(...lngs))
    expect(Math.min(...all.map((p) => p[1]))).toBeLessThan(Math.min(...lats))
    expect(Math.max(...all.map((p) => p[1]))).toBeGreaterThan(Math.max(...lats))
    const box =
      (Math.max(...all.map((p) => p[0])) - Math.min(...all.map((p) => p[0]))) *
      (Math.max(...all.map((p) => p[1])) - Math.min(...all.map((p) => p[1])))
    expect(rings.reduce((s, ring) => s + signedArea(ring), 0)).toBeCloseTo(box, 6)
  })

  it('lists the active venues that have a position, with their town', async () => {
    const db = t.ctx.db
    const venue = (
      code: string,
      region: string,
      extra: { lat: number | null; lng: number | null; active?: boolean },
    ) =>
      db
        .insertInto('venues')
        .values({
          code,
          kind: 'station',
          name: `联络站${code}`,
          region_code: region,
          county_code: TEST_COUNTY,
          ...extra,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    const placed = await venue('MAP-1', '330521101001', { lat: 30.57, lng: 119.97 })
    const atTown = await venue('MAP-2', '330521102000', { lat: 30.56, lng: 120.09 })
    await venue('MAP-3', '330521103001', { lat: null, lng: null })
    await venue('MAP-4', '330521103002', { lat: 30.6, lng: 120.3, active: false })
    const { res, body } = await get('/api/public/map/venues.geojson')
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/)
    const venues = body as Collection<{ id: string; code: string; townCode: string | null; kind: string }>
    expect(venues.features.map((f) => f.properties.code)).toEqual(['MAP-1', 'MAP-2'])
    expect(venues.features[0]).toMatchObject({
      type: 'Feature',
      id: placed.id,
      geometry: { type: 'Point', coordinates: [119.97, 30.57] },
      properties: { id: placed.id, townCode: '330521101000', kind: 'station', address: '' },
    })
    expect(venues.features[1]!.properties).toMatchObject({ id: atTown.id, townCode: '330521102000' })
  })
})

describe('the base tiles', () => {
  const layersWith = async (overrides: Parameters<typeof createTestApp>[0]) => {
    const app = await createTestApp(overrides)
    try {
      return (await app.app.inject({ method: 'GET', url: '/api/public/map' })).json().baseLayers
    } finally {
      await app.close()
    }
  }

  it('are 天地图’s vector map and labels with its key, else the configured template', async () => {
    const tianditu = await layersWith({
      mapTiandituTk: 'abc123',
      mapTilesUrl: 'https://x.cn/{z}/{x}/{y}.png',
    })
    expect(
      tianditu.map((l: { url: string }) => new URL(l.url.replace('{s}', '0')).searchParams.get('LAYER')),
    ).toEqual(['vec', 'cva'])
    for (const layer of tianditu) {
      expect(layer.url).toMatch(/^https:\/\/t\{s\}\.tianditu\.gov\.cn\/\w+_w\/wmts\?/)
      expect(layer.url).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc123')
      expect(layer.subdomains).toEqual(['0', '1', '2', '3', '4', '5', '6', '7'])
    }
    expect(
      await layersWith({
        mapTilesUrl: 'https://tiles.example.cn/{z}/{x}/{y}.png',
        mapTilesAttribution: '© 县测绘院',
      }),
    ).toEqual([{ url: 'https://tiles.example.cn/{z}/{x}/{y}.png', attribution: '© 县测绘院', maxZoom: 18 }])
  })
})
