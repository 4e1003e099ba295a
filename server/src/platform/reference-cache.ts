import type { Db } from '../db/index.ts'

/**
 * Reference data that requests read and staff seldom change (regions, venues, deputies, categories, time limits),
 * kept in memory per node and per key, so that a submission does not spend a round trip on each look-up.
 *
 * - A key is read from the database on first use and read again once its entry is older than REFERENCE_REFRESH_MS
 *   (the calendar's minute, calendar.ts): a change made on another node is seen within that minute.
 * - A change made on this node is seen at once: every change is audited, and after a command commits, command()
 *   clears the caches registered for the target types it audited (a venue's update is audited as 'venue', so the
 *   venue cache is cleared). `invalidateReferenceCaches()` clears them all (tests, the CLI, the demo).
 * - A key the database does not hold is not remembered: a row created on another node is found at once.
 *
 * The loader runs on whatever executor the caller passes (a transaction, or the database outside one).
 */
export const REFERENCE_REFRESH_MS = 60_000
/** Past this many keys a cache starts again empty (a province has some tens of thousands of regions). */
const MAX_ENTRIES = 100_000

export interface ReferenceCache<K, V> {
  readonly name: string
  /** The value of `key`, from memory when fresh, else from the database; undefined when there is none. */
  get(db: Db, key: K): Promise<V | undefined>
  clear(): void
}

export interface ReferenceCacheOptions<K, V> {
  /** For operators and tests: 'suggestions.venues'. */
  name: string
  /** The audit target types whose changes clear it ('venue'). */
  invalidatedBy: readonly string[]
  load(db: Db, key: K): Promise<V | undefined>
  refreshMs?: number
}

interface Registered {
  invalidatedBy: readonly string[]
  clear(): void
}

const registry = new Set<Registered>()

/** A cache of one kind of reference data; modules declare theirs next to the query that fills it. */
export function referenceCache<K, V>(options: ReferenceCacheOptions<K, V>): ReferenceCache<K, V> {
  const refreshMs = options.refreshMs ?? REFERENCE_REFRESH_MS
  let entries = new Map<K, { at: number; value: V }>()
  // Bumped on clear: a load that started before a change must not store what it read.
  let generation = 0
  const cache: ReferenceCache<K, V> = {
    name: options.name,
    async get(db, key) {
      const hit = entries.get(key)
      if (hit && Date.now() - hit.at < refreshMs) return hit.value
      const started = generation
      const at = Date.now()
      const value = await options.load(db, key)
      if (value === undefined) {
        entries.delete(key)
        return undefined
      }
      if (started === generation) {
        if (entries.size >= MAX_ENTRIES) entries = new Map()
        entries.set(key, { at, value })
      }
      return value
    },
    clear() {
      generation++
      entries = new Map()
    },
  }
  registry.add({ invalidatedBy: options.invalidatedBy, clear: cache.clear })
  return cache
}

/** After a commit that audited changes of these target types: the caches they feed are cleared (context.ts). */
export function referenceChanged(targetTypes: Iterable<string>): void {
  const changed = new Set(targetTypes)
  if (changed.size === 0) return
  for (const entry of registry) {
    if (entry.invalidatedBy.some((t) => changed.has(t))) entry.clear()
  }
}

/** Clears every reference cache (after writing reference data outside a command: tests, the CLI, the demo). */
export function invalidateReferenceCaches(): void {
  for (const entry of registry) entry.clear()
}
