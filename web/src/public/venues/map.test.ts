import { describe, expect, it } from 'vitest'
import { H, mapLinks, project, W } from './map'

// Deqing's corners, roughly: 莫干山 in the west, 新安 in the east.
const WEST = { lat: 30.56, lng: 119.86 }
const EAST = { lat: 30.62, lng: 120.3 }
const MIDDLE = { lat: 30.545, lng: 119.96 }

describe('the schematic map', () => {
  it('places every point inside the plate, west to the left and north up', () => {
    const at = project([WEST, EAST, MIDDLE])
    for (const p of [WEST, EAST, MIDDLE].map(at)) {
      expect(p.x).toBeGreaterThanOrEqual(22 - 1e-9)
      expect(p.x).toBeLessThanOrEqual(W - 22 + 1e-9)
      expect(p.y).toBeGreaterThanOrEqual(0)
      expect(p.y).toBeLessThanOrEqual(H)
    }
    expect(at(WEST).x).toBeLessThan(at(MIDDLE).x)
    expect(at(MIDDLE).x).toBeLessThan(at(EAST).x)
    expect(at(EAST).y).toBeLessThan(at(MIDDLE).y) // further north, higher up
  })

  it('keeps distances true east–west and north–south at the county’s latitude', () => {
    const at = project([WEST, EAST])
    const a = at({ lat: 30.6, lng: 120.0 })
    const north = at({ lat: 30.61, lng: 120.0 })
    const east = at({ lat: 30.6, lng: 120.0 + 0.01 / Math.cos((30.59 * Math.PI) / 180) })
    expect(Math.abs(east.x - a.x)).toBeCloseTo(Math.abs(north.y - a.y), 6)
  })

  it('centres a lone point', () => {
    expect(project([MIDDLE])(MIDDLE)).toEqual({ x: W / 2, y: H / 2 })
  })

  it('opens the point in Amap and Baidu Maps, naming the coordinates’ datum', () => {
    const links = mapLinks({ lat: 30.54576, lng: 119.96141 }, '武康街道人大代表联络站')
    expect(links.amap).toBe(
      `https://uri.amap.com/marker?position=119.96141,30.54576&name=${encodeURIComponent('武康街道人大代表联络站')}&coordinate=wgs84&callnative=1`,
    )
    expect(links.baidu).toContain('location=30.54576,119.96141')
    expect(links.baidu).toContain('coord_type=wgs84')
  })
})
