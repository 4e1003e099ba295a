import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../db/index.ts'
import { referenceCache } from '../../platform/reference-cache.ts'
import { boundsOf, centroidOf, padded, townCells, zoomToFit } from './geometry.ts'
import { baseLayersOf, presentRegionCells, presentVenues } from './present.ts'
import { placedRegions, placedVenues } from './repo.ts'
import { GEOJSON_TYPE, MapSettings, RegionCollection, VenueCollection } from './schema.ts'

/** What the town cells are built from, per county and node: read again when the region tree changes. */
const geography = referenceCache({
  name: 'map.geography',
  invalidatedBy: ['region'],
  load: async (db: Db, countyCode: string) => {
    const { towns, villages } = await placedRegions(db, countyCode)
    const outline = boundsOf([...towns, ...villages])
    const cells = outline ? townCells(towns, padded(outline)) : []
    return { towns, center: centroidOf(towns), zoom: zoomToFit(boundsOf(towns)), cells }
  },
})

/**
 * The public map's frame (数字乡村一张图): where it opens, which tiles lie under it, the towns' schematic cells and
 * the venues. No account; shared caches may keep the answers a few minutes (reference data changes seldom).
 */
export async function mapRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  const baseLayers = baseLayersOf(config)
  const cacheFor = 'public, max-age=300'

  app.get(
    '/api/public/map',
    {
      schema: {
        tags: ['public'],
        summary: 'The public map’s frame: centre, zoom, base tiles and overlays (数字乡村一张图)',
        response: { 200: MapSettings },
      },
    },
    async (_request, reply) => {
      const geo = await geography.get(db, config.countyCode)
      reply.header('cache-control', cacheFor)
      return {
        center: geo?.center ?? null,
        zoom: geo?.zoom ?? 3,
        baseLayers,
        layers: ['venues' as const],
        regionsApproximate: true,
      }
    },
  )

  app.get(
    '/api/public/map/regions.geojson',
    {
      schema: {
        tags: ['public'],
        summary:
          'The towns as schematic cells (Voronoi of their centres, 示意范围，非行政区划界线), GeoJSON (RFC 7946)',
        produces: [GEOJSON_TYPE],
        response: { 200: RegionCollection },
      },
    },
    async (_request, reply) => {
      const geo = await geography.get(db, config.countyCode)
      reply.type(GEOJSON_TYPE).header('cache-control', cacheFor)
      return presentRegionCells(geo?.cells ?? [])
    },
  )

  app.get(
    '/api/public/map/venues.geojson',
    {
      schema: {
        tags: ['public'],
        summary: 'The active liaison venues with a position, GeoJSON points (RFC 7946)',
        produces: [GEOJSON_TYPE],
        response: { 200: VenueCollection },
      },
    },
    async (_request, reply) => {
      reply.type(GEOJSON_TYPE).header('cache-control', cacheFor)
      return presentVenues(await placedVenues(db, config.countyCode))
    },
  )
}
