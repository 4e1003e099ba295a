import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import {
  allOps,
  getReception,
  type LocalReception,
  type LocalVisitor,
  type Op,
  subscribe,
  visitorsOf,
} from './store'
import { syncStatus } from './sync'

/** Re-reads from IndexedDB whenever this tab or another changes it. */
function useStored<T>(read: () => Promise<T>, key: string): T | undefined {
  const [value, setValue] = useState<T>()
  const readRef = useRef(read)
  readRef.current = read
  useEffect(() => {
    void key
    let live = true
    const load = () =>
      void readRef.current().then((v) => {
        if (live) setValue(v)
      })
    load()
    const off = subscribe(load)
    return () => {
      live = false
      off()
    }
  }, [key])
  return value
}

export function useQueue(userId: string): Op[] {
  return useStored(() => allOps().then((ops) => ops.filter((o) => o.userId === userId)), userId) ?? []
}

export function useLocalReception(id: string | undefined): {
  loaded: boolean
  reception: LocalReception | undefined
  visitors: LocalVisitor[]
} {
  const value = useStored(
    async () =>
      id ? { reception: await getReception(id), visitors: await visitorsOf(id) } : { visitors: [] },
    id ?? '',
  )
  return { loaded: value !== undefined, reception: value?.reception, visitors: value?.visitors ?? [] }
}

export function useSyncStatus() {
  return useSyncExternalStore(syncStatus.subscribe, syncStatus.get)
}
