import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import { api } from '../api'
import type { SiteStatus } from './projects'

export const mapKeys = queryKeys('map')
export const projectKeys = queryKeys('projects')

const REFERENCE_STALE_TIME = 10 * 60_000

/** GET /api/public/map: where the map opens and which tiles lie under it. */
export function useMapSettings() {
  return useQuery({
    queryKey: mapKeys.detail('settings'),
    staleTime: REFERENCE_STALE_TIME,
    queryFn: () => unwrap(api.GET('/api/public/map')),
  })
}

/** GET /api/public/map/regions.geojson: the towns' schematic cells. */
export function useRegionCells() {
  return useQuery({
    queryKey: mapKeys.detail('regions'),
    staleTime: REFERENCE_STALE_TIME,
    queryFn: () => unwrap(api.GET('/api/public/map/regions.geojson')),
  })
}

/** GET /api/public/map/venues.geojson, once the venues layer is switched on. */
export function useVenuePoints(enabled: boolean) {
  return useQuery({
    queryKey: mapKeys.detail('venues'),
    enabled,
    staleTime: REFERENCE_STALE_TIME,
    queryFn: () => unwrap(api.GET('/api/public/map/venues.geojson')),
  })
}

export interface SiteFilter {
  year?: number
  month?: string
  project?: string
  town?: string
  status?: SiteStatus
}

/** GET /api/public/projects: the year's projects, towns and counts (live, or at a past month's end). */
export function useProjectsOverview(filter: { year?: number; month?: string }) {
  return useQuery({
    queryKey: projectKeys.list({ overview: filter }),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/public/projects', { params: { query: filter } })),
  })
}

/** GET /api/public/projects/sites.geojson: the sites on the map, filtered. */
export function useSites(filter: SiteFilter, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.list({ sites: filter }),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/public/projects/sites.geojson', { params: { query: filter } })),
  })
}

/** GET /api/public/projects/sites/{id}: one site's card, as it stood at the month's end when one is chosen. */
export function useSite(id: string | undefined, month: string | undefined) {
  return useQuery({
    queryKey: projectKeys.detail(id, { month }),
    enabled: Boolean(id),
    queryFn: () =>
      unwrap(api.GET('/api/public/projects/sites/{id}', { params: { path: { id: id! }, query: { month } } })),
  })
}
