import type { Principal } from '../../platform/access.ts'
import type { EntityPolicy } from '../../platform/policy.ts'
import { regionRelations, regionScope } from '../../platform/scope.ts'

export type RecordRelation = 'self' | 'keeper'
type RecordAction = 'read' | 'enter' | 'enter_own'

/**
 * A deputy's record (履职档案) belongs to the deputy's region. The deputy reads their own (`self`) and may enter
 * their own trainings and other activities, and change or retire the entries they made themselves; county and
 * town staff (`records.keep`) read and keep the records of the deputies of their region subtrees (`keeper`).
 * Anyone else, another deputy included, is answered 404: a record outside one's scope does not exist for them.
 */
export const recordPolicy: EntityPolicy<{ id: string; region_path: string }, RecordRelation, RecordAction> = {
  entity: { zh: '履职档案', en: 'deputy record' },
  reach: 'records.read',
  relations: (principal, row) => {
    const held = new Set<RecordRelation>(
      regionRelations(principal, row.region_path, { keeper: 'records.keep' }),
    )
    if (principal.deputyId === row.id && principal.grants.some((g) => g.role === 'deputy')) held.add('self')
    return held
  },
  scope: (principal, alias) => regionScope(principal, 'records.keep', `${alias}.region_code`),
  abilities: { read: ['self', 'keeper'], enter: ['keeper'], enter_own: ['self'] },
}

/** The list of records and its export: county and town staff. */
export const recordKeeping = { reach: 'records.keep' } as const

/** The kinds a deputy may enter in their own record: a session's proposals are registered by the congress's staff. */
export const OWN_ENTRY_KINDS = ['training', 'activity'] as const

/** Whether the caller may change or retire an entry of a record they hold these relations to. */
export function mayChangeEntry(
  principal: Principal,
  relations: ReadonlySet<RecordRelation>,
  entry: { created_by: string | null; kind: string },
): boolean {
  if (relations.has('keeper')) return true
  return (
    relations.has('self') &&
    entry.created_by === principal.userId &&
    (OWN_ENTRY_KINDS as readonly string[]).includes(entry.kind)
  )
}
