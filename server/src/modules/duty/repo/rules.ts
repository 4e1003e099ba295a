import type { Expression, SqlBool } from 'kysely'
import type { Db } from '../../../db/index.ts'
import type { DutyDayOffPolicy, DutyRuleKind, DutySlotStatus } from '../../../db/types.ts'
import type { WorkCalendar } from '../../../platform/calendar.ts'
import { uuidv7 } from '../../../platform/ids.ts'
import { occurrences } from '../occurrences.ts'

/** The duty rules' SQL, and placing a rule's slots on the calendar. */

export interface RuleInput {
  venueId: string
  kind: DutyRuleKind
  dayOfMonth: number | null
  weekday: number | null
  startsAt: string
  endsAt: string
  validFrom: string
  validUntil: string | null
  onDayOff: DutyDayOffPolicy
  note: string
  deputyIds: string[]
}

const ruleColumns = [
  'r.id',
  'r.venue_id',
  'r.kind',
  'r.day_of_month',
  'r.weekday',
  'r.starts_at',
  'r.ends_at',
  'r.valid_from',
  'r.valid_until',
  'r.on_day_off',
  'r.note',
  'r.active',
  'r.version',
  'r.county_code',
  'v.name as venue_name',
  'g.path as region_path',
] as const

const rulesBase = (db: Db) =>
  db
    .selectFrom('duty_rules as r')
    .innerJoin('venues as v', 'v.id', 'r.venue_id')
    .innerJoin('regions as g', 'g.code', 'v.region_code')

export async function getRule(db: Db, id: string) {
  return rulesBase(db).select(ruleColumns).where('r.id', '=', id).executeTakeFirst()
}
export type RuleRow = NonNullable<Awaited<ReturnType<typeof getRule>>>

export async function listRules(db: Db, scope: Expression<SqlBool>, venueId?: string) {
  let q = rulesBase(db).select(ruleColumns).where(scope)
  if (venueId) q = q.where('r.venue_id', '=', venueId)
  return q.orderBy('v.name').orderBy('r.created_at').execute()
}

export async function deputiesOfRules(db: Db, ruleIds: string[]) {
  if (ruleIds.length === 0) return []
  return db
    .selectFrom('duty_rule_deputies as rd')
    .innerJoin('deputies as d', 'd.id', 'rd.deputy_id')
    .select(['rd.rule_id', 'd.id', 'd.name'])
    .where('rd.rule_id', 'in', ruleIds)
    .orderBy('d.name')
    .execute()
}

/** The venue a rule or slot is for, with its region's path (for the policy) — undefined when unknown or retired. */
export async function venueForDuty(db: Db, venueId: string) {
  return db
    .selectFrom('venues as v')
    .innerJoin('regions as g', 'g.code', 'v.region_code')
    .select(['v.id', 'v.name', 'v.active', 'g.path as region_path'])
    .where('v.id', '=', venueId)
    .executeTakeFirst()
}

/** The ids among `ids` that are active deputies of the county. */
export async function activeDeputies(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('deputies')
    .select('id')
    .where('id', 'in', ids)
    .where('active', '=', true)
    .execute()
  return new Set(rows.map((r) => r.id))
}

export async function insertRule(trx: Db, input: RuleInput, countyCode: string, by: string | null) {
  const id = uuidv7()
  await trx
    .insertInto('duty_rules')
    .values({
      id,
      venue_id: input.venueId,
      kind: input.kind,
      day_of_month: input.dayOfMonth,
      weekday: input.weekday,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      on_day_off: input.onDayOff,
      note: input.note,
      county_code: countyCode,
      created_by: by,
    })
    .execute()
  await setRuleDeputies(trx, id, input.deputyIds)
  return id
}

export async function updateRule(trx: Db, id: string, version: number, input: Omit<RuleInput, 'venueId'>) {
  const res = await trx
    .updateTable('duty_rules')
    .set({
      kind: input.kind,
      day_of_month: input.dayOfMonth,
      weekday: input.weekday,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      on_day_off: input.onDayOff,
      note: input.note,
      version: version + 1,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  if (Number(res.numUpdatedRows) !== 1) return false
  await setRuleDeputies(trx, id, input.deputyIds)
  return true
}

export async function retireRule(trx: Db, id: string, version: number) {
  const res = await trx
    .updateTable('duty_rules')
    .set({ active: false, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

async function setRuleDeputies(trx: Db, ruleId: string, deputyIds: string[]) {
  await trx.deleteFrom('duty_rule_deputies').where('rule_id', '=', ruleId).execute()
  if (deputyIds.length)
    await trx
      .insertInto('duty_rule_deputies')
      .values(deputyIds.map((deputy_id) => ({ rule_id: ruleId, deputy_id })))
      .execute()
}

/**
 * Brings a rule's slots in [from, to] in line with the rule and the calendar. Slots still ahead (after `today`)
 * that nobody touched are placed again; a slot staff changed by hand, one already held, or one whose deputies
 * were reminded stays as it is. A retired rule's untouched future slots are removed. Without `replace` it only
 * adds the slots missing (the horizon job). Answers how many slots were written.
 */
export async function syncRuleSlots(
  trx: Db,
  ruleId: string,
  calendar: WorkCalendar,
  range: { from: string; to: string; today: string },
  replace = true,
): Promise<number> {
  const rule = await trx
    .selectFrom('duty_rules')
    .selectAll()
    .where('id', '=', ruleId)
    .executeTakeFirstOrThrow()
  const from = [range.from, range.today].sort().at(-1)!
  if (from > range.to) return 0
  if (replace)
    await trx
      .deleteFrom('duty_slots as s')
      .where('s.rule_id', '=', ruleId)
      .where('s.rule_day', '>=', from)
      .where('s.rule_day', '<=', range.to)
      .where('s.day', '>', range.today)
      .where('s.manual', '=', false)
      .where('s.status', '<>', 'held')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('duty_slot_deputies as sd')
              .select('sd.id')
              .whereRef('sd.slot_id', '=', 's.id')
              .where('sd.reminded_at', 'is not', null),
          ),
        ),
      )
      .execute()
  if (!rule.active) return 0
  const deputies = await trx
    .selectFrom('duty_rule_deputies')
    .select('deputy_id')
    .where('rule_id', '=', ruleId)
    .execute()
  const slots = occurrences(
    {
      kind: rule.kind,
      dayOfMonth: rule.day_of_month,
      weekday: rule.weekday,
      startsAt: rule.starts_at,
      endsAt: rule.ends_at,
      validFrom: rule.valid_from,
      validUntil: rule.valid_until,
      onDayOff: rule.on_day_off,
    },
    from,
    range.to,
    calendar,
  )
  if (slots.length === 0) return 0
  const rows = slots.map((o) => ({
    id: uuidv7(),
    rule_id: ruleId,
    venue_id: rule.venue_id,
    rule_day: o.ruleDay,
    day: o.day ?? o.ruleDay,
    starts_at: o.startsAt,
    ends_at: o.endsAt,
    status: (o.day === null ? 'cancelled' : 'scheduled') as DutySlotStatus,
    change_reason: o.reason ? `${o.reason.zh} · ${o.reason.en}` : '',
    county_code: rule.county_code,
  }))
  const written = await trx
    .insertInto('duty_slots')
    .values(rows)
    .onConflict((oc) => oc.columns(['rule_id', 'rule_day']).doNothing())
    .returning('id')
    .execute()
  const ids = new Set(written.map((w) => w.id))
  const assignments = [...ids].flatMap((slot_id) =>
    deputies.map((d) => ({ id: uuidv7(), slot_id, deputy_id: d.deputy_id })),
  )
  if (assignments.length) await trx.insertInto('duty_slot_deputies').values(assignments).execute()
  return ids.size
}

/** The active rules of the county (the horizon job and calendar changes place their slots again). */
export async function activeRuleIds(db: Db, countyCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('duty_rules')
    .select('id')
    .where('county_code', '=', countyCode)
    .where('active', '=', true)
    .execute()
  return rows.map((r) => r.id)
}
