import { Type } from 'typebox'
import { Nullable } from '../../platform/schemas.ts'
import { VenueKindSchema } from '../venues/schema.ts'

/** RFC 7946 GeoJSON, as served here: positions are [longitude, latitude] in WGS 84 degrees. */
export const GEOJSON_TYPE = 'application/geo+json'

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 2 })
const LatLng = Type.Object({ lat: Type.Number(), lng: Type.Number() })

export const BaseLayer = Type.Object({
  /** An XYZ tile template ({z}/{x}/{y}, and {s} when subdomains are given). */
  url: Type.String(),
  attribution: Type.String(),
  subdomains: Type.Optional(Type.Array(Type.String())),
  maxZoom: Type.Integer(),
})

export const MapSettings = Type.Object({
  /** The centroid of the county's towns; null while no town has a position. */
  center: Nullable(LatLng),
  zoom: Type.Integer(),
  /** Tile layers drawn under the data, bottom first; empty when none is configured (the region layer only). */
  baseLayers: Type.Array(BaseLayer),
  /** The overlays the page may offer besides the projects' sites. */
  layers: Type.Array(Type.Literal('venues')),
  /** True: the town cells are schematic (no real boundaries are held), never administrative lines. */
  regionsApproximate: Type.Boolean(),
})

export const RegionFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: Type.Object({
    type: Type.Literal('Polygon'),
    coordinates: Type.Array(Type.Array(Position)),
  }),
  properties: Type.Object({
    code: Type.String(),
    name: Type.String(),
    /** The cell's label point: the town's own centre. */
    center: Position,
    approximate: Type.Boolean(),
  }),
})

export const RegionCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(RegionFeature),
})

export const VenueFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: Type.Object({ type: Type.Literal('Point'), coordinates: Position }),
  properties: Type.Object({
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    kind: VenueKindSchema,
    townCode: Nullable(Type.String()),
    address: Type.String(),
  }),
})

export const VenueCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(VenueFeature),
})
