import { useSyncExternalStore } from 'react'

/** The width at and below which the console lays out for a phone (drawer menu, cards for tables). */
export const PHONE_QUERY = '(max-width: 600px)'

const subscribe = (onChange: () => void) => {
  const media = window.matchMedia(PHONE_QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

/** Whether the screen is a phone's, following rotation and resizing. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  )
}
