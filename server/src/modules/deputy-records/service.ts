import type { Db } from '../../db/index.ts'
import type { RecordEntryKind } from '../../db/types.ts'
import type { Principal } from '../../platform/access.ts'
import { cstDay } from '../../platform/calendar.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import { relate } from '../../platform/policy.ts'
import { scopeFor } from '../../platform/scope.ts'
import { OWN_ENTRY_KINDS, type RecordRelation, recordPolicy } from './policy.ts'
import { entryKindsFor, presentEntry, presentRecordDeputy } from './present.ts'
import { type EntryInput, entriesOf, indicatorsOf, listRecordDeputies, recordDeputy } from './repo.ts'

export const ENTRY_ENTITY = { zh: '履职记录', en: 'record entry' }

/** The deputy of a record and the caller's relations to it: 404 when the caller has none. */
export async function relateToDeputy(db: Db, principal: Principal, deputyId: string) {
  const deputy = await recordDeputy(db, deputyId)
  const relations = relate(recordPolicy, principal, deputy)
  return { deputy: deputy!, relations }
}

/** One deputy's record of one year: the indicators and the entries made by hand. */
export async function loadRecord(db: Db, principal: Principal, deputyId: string, year: number) {
  const { deputy, relations } = await relateToDeputy(db, principal, deputyId)
  const [indicators, entries] = await Promise.all([
    indicatorsOf(db, [deputy.id], year),
    entriesOf(db, deputy.id, year),
  ])
  return {
    deputy: presentRecordDeputy(deputy),
    year,
    indicators: indicators.get(deputy.id)!,
    entries: entries.map((e) => presentEntry(e, principal, relations)),
    entryKinds: entryKindsFor(relations),
  }
}

/** The records of the deputies in the caller's scope, a page at a time (the list and its export). */
export async function listRecords(
  db: Db,
  principal: Principal,
  query: { year: number; townCode?: string; q?: string; limit?: number; offset?: number },
) {
  const { rows, total } = await listRecordDeputies(db, scopeFor(recordPolicy, principal), query)
  const indicators = await indicatorsOf(
    db,
    rows.map((r) => r.id),
    query.year,
  )
  return {
    items: rows.map((r) => ({ deputy: presentRecordDeputy(r), indicators: indicators.get(r.id)! })),
    total,
  }
}

/** 403 when the caller may not enter this kind in the record (a deputy's own record: trainings and activities). */
export function checkKindAllowed(relations: ReadonlySet<RecordRelation>, kind: RecordEntryKind) {
  if (relations.has('keeper')) return
  if (relations.has('self') && (OWN_ENTRY_KINDS as readonly string[]).includes(kind)) return
  throw new AppError(
    'forbidden',
    {
      zh: '代表本人可登记参加培训和其他履职活动；议案建议由人大工作人员登记',
      en: 'A deputy may enter their own trainings and other activities; proposals are entered by congress staff',
    },
    'body.kind',
  )
}

/** Checks an entry's fields beyond their schema: a real day not in the future, hours for a training only. */
export function checkEntry(
  body: {
    kind: RecordEntryKind
    day: string
    title: string
    quantity?: number
    hours?: number | null
    note?: string
  },
  now: Date,
): EntryInput {
  const parsed = new Date(`${body.day}T00:00:00Z`)
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== body.day)
    throw invalidField('body.day', { zh: '日期无效', en: 'Not a valid date' })
  if (body.day > cstDay(now))
    throw invalidField('body.day', { zh: '日期不能晚于今天', en: 'The day cannot be after today' })
  const title = body.title.trim()
  if (!title) throw invalidField('body.title', { zh: '请填写名称', en: 'The title is required' })
  const hours = body.hours ?? null
  if (hours !== null && body.kind !== 'training')
    throw invalidField('body.hours', {
      zh: '只有参加培训可以填写学时',
      en: 'Hours are for trainings only',
    })
  return {
    kind: body.kind,
    day: body.day,
    title,
    quantity: body.quantity ?? 1,
    hours,
    note: body.note?.trim() ?? '',
  }
}
