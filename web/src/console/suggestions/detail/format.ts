import { countyDateTime } from '../../../shared/time'

/** A time on the detail page, to the minute; a dash when there is none. */
export const fmt = (iso: string | null | undefined) => (iso ? countyDateTime(iso) : '—')
