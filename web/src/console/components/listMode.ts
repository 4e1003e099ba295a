import { keepPreviousData } from '@tanstack/react-query'

/** How long the options of a picker (towns, categories, units…) are reused before they are fetched again. */
export const LOOKUP_STALE_TIME = 10 * 60_000

/**
 * How a list query behaves: a page's table keeps showing the current page while the next one loads; a lookup
 * (the options of a picker) is reused for a while instead.
 */
export interface ListMode {
  lookup?: boolean
  enabled?: boolean
}

export function listMode({ lookup = false, enabled = true }: ListMode = {}) {
  return lookup ? { staleTime: LOOKUP_STALE_TIME, enabled } : { placeholderData: keepPreviousData, enabled }
}
