import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Db } from '../db/index.ts'
import {
  invalidateReferenceCaches,
  REFERENCE_REFRESH_MS,
  referenceCache,
  referenceChanged,
} from './reference-cache.ts'

const db = {} as Db

function fixture(invalidatedBy: string[]) {
  const table = new Map<string, { name: string }>([['a', { name: 'A' }]])
  const load = vi.fn(async (_db: Db, key: string) => table.get(key))
  const cache = referenceCache({ name: `test.${invalidatedBy.join('.')}`, invalidatedBy, load })
  return { table, load, cache }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('referenceCache', () => {
  it('reads a key once, then from memory until the refresh interval has passed', async () => {
    const { table, load, cache } = fixture(['venue'])
    expect(await cache.get(db, 'a')).toEqual({ name: 'A' })
    table.set('a', { name: 'A2' })
    expect(await cache.get(db, 'a')).toEqual({ name: 'A' })
    expect(load).toHaveBeenCalledTimes(1)
    const now = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(now + REFERENCE_REFRESH_MS + 1)
    expect(await cache.get(db, 'a')).toEqual({ name: 'A2' })
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('never remembers a missing key: a row created elsewhere is found on its next use', async () => {
    const { table, load, cache } = fixture(['venue'])
    expect(await cache.get(db, 'b')).toBeUndefined()
    table.set('b', { name: 'B' })
    expect(await cache.get(db, 'b')).toEqual({ name: 'B' })
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('is cleared by a change of its target types only, and by invalidateReferenceCaches', async () => {
    const venues = fixture(['venue'])
    const regions = fixture(['region'])
    await venues.cache.get(db, 'a')
    await regions.cache.get(db, 'a')
    referenceChanged(['venue', 'user'])
    await venues.cache.get(db, 'a')
    await regions.cache.get(db, 'a')
    expect(venues.load).toHaveBeenCalledTimes(2)
    expect(regions.load).toHaveBeenCalledTimes(1)
    invalidateReferenceCaches()
    await regions.cache.get(db, 'a')
    expect(regions.load).toHaveBeenCalledTimes(2)
  })

  it('does not keep what a load read before a change that cleared the cache meanwhile', async () => {
    const { table, cache } = fixture(['venue'])
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => {
      release = r
    })
    const slow = referenceCache({
      name: 'test.slow',
      invalidatedBy: ['venue'],
      load: async (_db: Db, key: string) => {
        const value = table.get(key)
        await gate
        return value
      },
    })
    const pending = slow.get(db, 'a')
    table.set('a', { name: 'changed' })
    referenceChanged(['venue'])
    release()
    expect(await pending).toEqual({ name: 'A' })
    // The stale read was not stored: the next get reads the changed row.
    expect(await slow.get(db, 'a')).toEqual({ name: 'changed' })
    expect(await cache.get(db, 'a')).toEqual({ name: 'changed' })
  })
})
