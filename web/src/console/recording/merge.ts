import type { Reception } from '../../shared/api/types'
import type { LocalVisitor, SyncState } from './store'

export interface VisitorRow {
  id: string
  headcount: number
  name: string | null
  phone: string | null
  recordedAt: string
  issues: { id: string; content: string; disposition: string; answer: string | null; code?: string }[]
  state: SyncState
}

/**
 * The visitors of a record as the screen lists them: the server's and this phone's, one row per visitor id (the
 * server's copy once it has it, still marked a conflict when the phone's copy is one), newest first.
 */
export function rowsOf(server: Pick<Reception, 'visitors'> | undefined, local: LocalVisitor[]): VisitorRow[] {
  const rows = new Map<string, VisitorRow>()
  for (const v of local) rows.set(v.id, { ...v })
  for (const v of server?.visitors ?? [])
    rows.set(v.id, {
      ...v,
      issues: v.issues.map((i) => ({ ...i, code: i.suggestion?.trackingCode })),
      state: rows.get(v.id)?.state === 'conflict' ? 'conflict' : 'synced',
    })
  return [...rows.values()].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))
}
