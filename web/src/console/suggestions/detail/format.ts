import dayjs from 'dayjs'

/** A time on the detail page, to the minute; a dash when there is none. */
export const fmt = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—')
