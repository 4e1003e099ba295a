import { useSyncExternalStore } from 'react'
import type { Bilingual } from '../../shared/i18n'

/**
 * 我的意见: the citizen's own submissions, remembered on this device (localStorage) with their access keys, no
 * account needed. Written on submitting, on finding items again by phone, and refreshed when an item is opened.
 */
export interface MyItem {
  trackingCode: string
  accessKey: string
  submittedAt: string
  summary?: string
  status?: string
  statusLabel?: Bilingual
  /** When the status was last seen. */
  seenAt?: string
}

const KEY = 'lianxin.mine'
const MAX_ITEMS = 200
const listeners = new Set<() => void>()
let cache: { raw: string | null; items: MyItem[] } = { raw: null, items: [] }

function read(): MyItem[] {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(KEY)
  } catch {
    return cache.items
  }
  if (raw === cache.raw) return cache.items
  let items: MyItem[] = []
  try {
    const parsed = raw ? JSON.parse(raw) : []
    if (Array.isArray(parsed)) {
      items = parsed.filter(
        (i): i is MyItem =>
          i &&
          typeof i.trackingCode === 'string' &&
          typeof i.accessKey === 'string' &&
          typeof i.submittedAt === 'string',
      )
    }
  } catch {
    items = []
  }
  cache = { raw, items }
  return items
}

function write(items: MyItem[]): void {
  const sorted = [...items].sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1)).slice(0, MAX_ITEMS)
  try {
    localStorage.setItem(KEY, JSON.stringify(sorted))
  } catch {
    // Storage refused (private mode, full): the saved link still works.
  }
  for (const listener of listeners) listener()
}

/** Adds items or updates the ones already remembered (a newer key or status replaces the older). */
export function rememberItems(items: MyItem[]): void {
  const byCode = new Map(read().map((i) => [i.trackingCode, i]))
  for (const item of items) byCode.set(item.trackingCode, { ...byCode.get(item.trackingCode), ...item })
  write([...byCode.values()])
}

/** Records the status just seen on the tracking page, for an item this device remembers. */
export function noteStatus(code: string, status: string, statusLabel: Bilingual): void {
  const current = read().find((i) => i.trackingCode === code)
  if (!current || (current.status === status && current.statusLabel?.zh === statusLabel.zh)) return
  rememberItems([{ ...current, status, statusLabel, seenAt: new Date().toISOString() }])
}

export function forgetItem(code: string): void {
  write(read().filter((i) => i.trackingCode !== code))
}

export function rememberedKey(code: string): string | null {
  return read().find((i) => i.trackingCode === code)?.accessKey ?? null
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Another tab changed the list.
  const onStorage = (e: StorageEvent) => e.key === KEY && listener()
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export function useMyItems(): MyItem[] {
  return useSyncExternalStore(subscribe, read, () => [])
}

/** The tracking link of a remembered item (the key travels after #, never to the server in the address). */
export const trackingLink = (item: Pick<MyItem, 'trackingCode' | 'accessKey'>) =>
  `/track/${item.trackingCode}#key=${encodeURIComponent(item.accessKey)}`
