import type { paths } from '../../shared/api/schema'

export type Answer<P extends keyof paths, Media extends string> = paths[P] extends {
  get: { responses: { 200: { content: { [M in Media]: infer T } } } }
}
  ? T
  : never

/** The map's frame (GET /api/public/map) and its GeoJSON layers, from the generated API types. */
export type MapFrame = Answer<'/api/public/map', 'application/json'>
export type RegionCells = Answer<'/api/public/map/regions.geojson', 'application/geo+json'>
export type VenuePoints = Answer<'/api/public/map/venues.geojson', 'application/geo+json'>
