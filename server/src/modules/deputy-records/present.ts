import { RECORD_ENTRY_KINDS } from '../../db/enums.ts'
import type { Principal } from '../../platform/access.ts'
import type { DeputyRow } from '../deputies/repo.ts'
import { mayChangeEntry, OWN_ENTRY_KINDS, type RecordRelation } from './policy.ts'
import type { EntryRow } from './repo.ts'

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString()

export function presentRecordDeputy(row: DeputyRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    regionName: row.region_name,
    townCode: row.town_code,
    townName: row.town_name,
    active: row.active,
  }
}

export function presentEntry(row: EntryRow, principal: Principal, relations: ReadonlySet<RecordRelation>) {
  const changeable = mayChangeEntry(principal, relations, row)
  return {
    id: row.id,
    deputyId: row.deputy_id,
    kind: row.kind,
    day: row.day,
    title: row.title,
    quantity: row.quantity,
    hours: row.hours,
    note: row.note,
    createdByName: row.created_by_name,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
    allowedActions: changeable ? (['edit', 'retire'] as const).slice() : [],
  }
}

/** The kinds of entry the caller may add to a record they hold these relations to. */
export function entryKindsFor(relations: ReadonlySet<RecordRelation>) {
  if (relations.has('keeper')) return [...RECORD_ENTRY_KINDS]
  if (relations.has('self')) return [...OWN_ENTRY_KINDS]
  return []
}
