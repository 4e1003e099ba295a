import { Delaunay } from 'd3-delaunay'
import type { PlacedRegion } from './repo.ts'

type Position = [number, number]
interface Point {
  lat: number
  lng: number
}
export interface Bounds {
  west: number
  south: number
  east: number
  north: number
}

/** The smallest box holding the points; undefined when there are none. */
export function boundsOf(points: readonly Point[]): Bounds | undefined {
  if (points.length === 0) return undefined
  const lats = points.map((p) => p.lat)
  const lngs = points.map((p) => p.lng)
  return {
    west: Math.min(...lngs),
    south: Math.min(...lats),
    east: Math.max(...lngs),
    north: Math.max(...lats),
  }
}

/**
 * The box grown on each side by `share` of its larger span, and by at least `minDegrees`: the villages at the edge
 * of the county are centres, not its rim, so the cells reach a little beyond them.
 */
export function padded(bounds: Bounds, share = 0.08, minDegrees = 0.02): Bounds {
  const pad = Math.max(minDegrees, share * Math.max(bounds.east - bounds.west, bounds.north - bounds.south))
  return {
    west: bounds.west - pad,
    south: bounds.south - pad,
    east: bounds.east + pad,
    north: bounds.north + pad,
  }
}

/** The mean of the points' positions (the towns' centroid). */
export function centroidOf(points: readonly Point[]): Point | null {
  if (points.length === 0) return null
  const sum = points.reduce((s, p) => ({ lat: s.lat + p.lat, lng: s.lng + p.lng }), { lat: 0, lng: 0 })
  return { lat: sum.lat / points.length, lng: sum.lng / points.length }
}

/**
 * The Web Mercator zoom at which the box fits `pixels` across and down (a phone's width), between `min` and
 * `max`; a single point (no span) opens at `max`.
 */
export function zoomToFit(bounds: Bounds | undefined, pixels = 340, min = 3, max = 13): number {
  if (!bounds) return min
  const lngSpan = bounds.east - bounds.west
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  const mercSpan = ((y(bounds.north) - y(bounds.south)) / Math.PI) * 180
  const span = Math.max(lngSpan, mercSpan)
  if (span <= 0) return max
  const zoom = Math.floor(Math.log2((pixels * 360) / (256 * span)))
  return Math.min(max, Math.max(min, zoom))
}

/** Twice the signed area of a closed ring in (x, y): positive when counterclockwise. */
function signedArea(ring: readonly Position[]): number {
  let area = 0
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i]!
    const [x1, y1] = ring[i + 1]!
    area += x0 * y1 - x1 * y0
  }
  return area
}

const round = (n: number) => Math.round(n * 1e6) / 1e6

/**
 * Schematic cells for the towns: the Voronoi diagram of their centres (d3-delaunay), clipped to `box`. Each cell
 * holds the places nearer to its town's centre than to any other's, which is no boundary at all, only a way to
 * colour "roughly this town". Distances are taken on a plane scaled by cos(latitude), so a degree of longitude
 * counts for what it is at the county's latitude. Rings are closed and counterclockwise (RFC 7946 §3.1.6); towns
 * sharing one centre keep the first's cell only.
 */
export function townCells(
  towns: readonly PlacedRegion[],
  box: Bounds,
): { town: PlacedRegion; ring: Position[] }[] {
  if (towns.length === 0) return []
  const k = Math.cos((((box.north + box.south) / 2) * Math.PI) / 180)
  const delaunay = Delaunay.from(
    towns,
    (t) => t.lng * k,
    (t) => t.lat,
  )
  const voronoi = delaunay.voronoi([box.west * k, box.south, box.east * k, box.north])
  const cells: { town: PlacedRegion; ring: Position[] }[] = []
  towns.forEach((town, i) => {
    const polygon = voronoi.cellPolygon(i)
    if (!polygon) return
    let ring = polygon.map(([x, y]): Position => [round(x / k), round(y)])
    if (signedArea(ring) < 0) ring = ring.reverse()
    cells.push({ town, ring })
  })
  return cells
}
