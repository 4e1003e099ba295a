/**
 * This device's support id (附议): a random UUID kept in localStorage, sent with each support so that one device
 * supports an item once (the server keeps only its keyed hash). The items supported here are remembered too, so
 * the button shows it at once.
 */
const DEVICE_KEY = 'lx.device'
const SUPPORTED_KEY = 'lx.supported'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function deviceId(): string {
  const store = storage()
  const known = store?.getItem(DEVICE_KEY)
  if (known && /^[0-9a-f-]{36}$/i.test(known)) return known
  const id = crypto.randomUUID()
  store?.setItem(DEVICE_KEY, id)
  return id
}

export function supportedHere(id: string): boolean {
  return (storage()?.getItem(SUPPORTED_KEY) ?? '').split(',').includes(id)
}

export function rememberSupported(id: string): void {
  const store = storage()
  if (!store) return
  const ids = (store.getItem(SUPPORTED_KEY) ?? '').split(',').filter(Boolean)
  if (!ids.includes(id)) store.setItem(SUPPORTED_KEY, [...ids.slice(-199), id].join(','))
}
