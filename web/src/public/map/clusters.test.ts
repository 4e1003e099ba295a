import { describe, expect, it } from 'vitest'
import { donutArcs, indexSites, mixOf } from './clusters'
import type { SiteColour, SiteProperties } from './projects'

const site = (i: number, colour: SiteColour, lng: number, lat: number) => ({
  geometry: { coordinates: [lng, lat] as [number, number] },
  properties: { id: `s${i}`, name: `点位${i}`, colour, crossedOff: false } as SiteProperties,
})

describe('site clusters', () => {
  const colours: SiteColour[] = ['red', 'yellow', 'blue']
  const sites = Array.from({ length: 60 }, (_, i) =>
    site(i, colours[i % 3]!, 119.9 + (i % 10) * 0.04, 30.5 + Math.floor(i / 10) * 0.03),
  )
  const index = indexSites(sites)

  it('keeps every site and its colour, whatever the zoom', () => {
    for (const zoom of [8, 10, 12, 14, 17]) {
      const marks = index.getClusters([-180, -85, 180, 85], zoom)
      const total = { red: 0, yellow: 0, blue: 0, count: 0 }
      for (const m of marks) {
        total.count += 'point_count' in m.properties ? m.properties.point_count : 1
        for (const c of colours) total[c] += m.properties[c]
      }
      expect(total).toEqual({ ...mixOf(sites), count: 60 })
      expect(total.red + total.yellow + total.blue).toBe(60)
    }
    expect(index.getClusters([-180, -85, 180, 85], 8).length).toBeLessThan(10)
    expect(index.getClusters([-180, -85, 180, 85], 17)).toHaveLength(60)
  })

  it('draws a cluster’s ring as arcs in proportion to its colours', () => {
    const r = 10
    const c = 2 * Math.PI * r
    const arcs = donutArcs({ red: 1, yellow: 0, blue: 3 }, r)
    expect(arcs.map((a) => a.colour)).toEqual(['red', 'blue'])
    const lengths = arcs.map((a) => Number(a.dash.split(' ')[0]))
    expect(lengths[0]).toBeCloseTo(c / 4, 1)
    expect(lengths[1]).toBeCloseTo((3 * c) / 4, 1)
    expect(arcs[1]!.offset).toBeCloseTo(c / 4 - c / 4, 1)
    expect(donutArcs({ red: 0, yellow: 0, blue: 0 }, r)).toEqual([])
  })
})
