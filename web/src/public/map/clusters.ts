import Supercluster from 'supercluster'
import type { SiteColour, SiteProperties } from './projects'

/** What each point and cluster carries: how many of its sites are red, yellow and blue. */
export type ColourMix = Record<SiteColour, number>
export interface MarkProps extends ColourMix {
  id: string
  name: string
  crossedOff: boolean
}

export const COLOURS: readonly SiteColour[] = ['red', 'yellow', 'blue']

/** Clusters form up to this zoom; beyond it every site stands alone. */
export const CLUSTER_MAX_ZOOM = 16

export type SiteIndex = Supercluster<MarkProps, ColourMix>

/** The sites indexed for clustering (supercluster), each cluster counting its colours. */
export function indexSites(
  features: readonly { geometry: { coordinates: number[] }; properties: SiteProperties }[],
): SiteIndex {
  const index = new Supercluster<MarkProps, ColourMix>({
    radius: 56,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => ({ red: p.red, yellow: p.yellow, blue: p.blue }),
    reduce: (sum, p) => {
      sum.red += p.red
      sum.yellow += p.yellow
      sum.blue += p.blue
    },
  })
  index.load(
    features.map((f) => ({
      type: 'Feature' as const,
      geometry: {
        type: 'Point' as const,
        coordinates: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!],
      },
      properties: {
        id: f.properties.id,
        name: f.properties.name,
        crossedOff: f.properties.crossedOff,
        red: f.properties.colour === 'red' ? 1 : 0,
        yellow: f.properties.colour === 'yellow' ? 1 : 0,
        blue: f.properties.colour === 'blue' ? 1 : 0,
      },
    })),
  )
  return index
}

export function mixOf(features: readonly { properties: { colour: SiteColour } }[]): ColourMix {
  const mix: ColourMix = { red: 0, yellow: 0, blue: 0 }
  for (const f of features) mix[f.properties.colour]++
  return mix
}

/**
 * A cluster's ring: one arc per colour, as stroke dash patterns on circles of radius `r` (its share of the
 * circumference, starting at twelve o'clock, clockwise, red then yellow then blue).
 */
export function donutArcs(mix: ColourMix, r: number): { colour: SiteColour; dash: string; offset: number }[] {
  const total = mix.red + mix.yellow + mix.blue
  if (total === 0) return []
  const c = 2 * Math.PI * r
  let start = 0
  const arcs: { colour: SiteColour; dash: string; offset: number }[] = []
  for (const colour of COLOURS) {
    const len = (mix[colour] / total) * c
    if (len > 0) arcs.push({ colour, dash: `${round(len)} ${round(c - len)}`, offset: round(c / 4 - start) })
    start += len
  }
  return arcs
}

const round = (n: number) => Math.round(n * 100) / 100
