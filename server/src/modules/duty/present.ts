import type { Message } from '../../platform/errors.ts'
import { clockOf } from './occurrences.ts'
import type { deputiesOfRules, deputiesOfSlots, RuleRow, SlotRow } from './repo.ts'
import { dutySlotLabels } from './workflow.ts'

const WEEKDAYS = [
  ['一', 'Monday'],
  ['二', 'Tuesday'],
  ['三', 'Wednesday'],
  ['四', 'Thursday'],
  ['五', 'Friday'],
  ['六', 'Saturday'],
  ['日', 'Sunday'],
] as const

const DAY_OFF: Record<RuleRow['on_day_off'], Message> = {
  next_workday: { zh: '遇休息日顺延至下一个工作日', en: 'on a day off, moved to the next working day' },
  previous_workday: { zh: '遇休息日提前至上一个工作日', en: 'on a day off, moved to the working day before' },
  cancel: { zh: '遇休息日取消', en: 'cancelled on a day off' },
}

const hhmm = (t: string) => t.slice(0, 5)

/** A slot's reason as stored: "中文 · English" when the calendar moved it, or the note of whoever cancelled it. */
function reasonOf(text: string): Message | null {
  if (!text) return null
  const at = text.indexOf(' · ')
  return at < 0 ? { zh: text, en: text } : { zh: text.slice(0, at), en: text.slice(at + 3) }
}

/** "每月15日 09:00–11:30，遇休息日顺延" in both languages. */
export function ruleSummary(
  r: Pick<RuleRow, 'kind' | 'day_of_month' | 'weekday' | 'starts_at' | 'ends_at' | 'on_day_off'>,
): Message {
  const time = `${hhmm(r.starts_at)}–${hhmm(r.ends_at)}`
  const when =
    r.kind === 'monthly'
      ? { zh: `每月${r.day_of_month}日`, en: `the ${ordinal(r.day_of_month ?? 1)} of each month` }
      : { zh: `每周${WEEKDAYS[(r.weekday ?? 1) - 1]![0]}`, en: `every ${WEEKDAYS[(r.weekday ?? 1) - 1]![1]}` }
  const off = DAY_OFF[r.on_day_off]
  return { zh: `${when.zh} ${time}，${off.zh}`, en: `${when.en}, ${time}; ${off.en}` }
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${s}`
}

type RuleDeputy = Awaited<ReturnType<typeof deputiesOfRules>>[number]
type SlotDeputy = Awaited<ReturnType<typeof deputiesOfSlots>>[number]

export function presentRule(r: RuleRow, deputies: RuleDeputy[]) {
  return {
    id: r.id,
    venue: { id: r.venue_id, name: r.venue_name },
    kind: r.kind,
    dayOfMonth: r.day_of_month,
    weekday: r.weekday,
    startsAt: hhmm(r.starts_at),
    endsAt: hhmm(r.ends_at),
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    onDayOff: r.on_day_off,
    note: r.note,
    active: r.active,
    deputies: deputies.filter((d) => d.rule_id === r.id).map((d) => ({ id: d.id, name: d.name })),
    summary: ruleSummary(r),
    version: r.version,
  }
}

/** A slot as anyone may see it: where, when, who (deputies' names only), and why it moved or was cancelled. */
export function presentSlot(s: SlotRow, deputies: SlotDeputy[]) {
  return {
    id: s.id,
    venue: { id: s.venue_id, name: s.venue_name, kind: s.venue_kind, address: s.venue_address },
    regionName: s.region_name,
    townCode: s.town_code,
    day: s.day,
    ruleDay: s.rule_day,
    startsAt: new Date(s.starts_at).toISOString(),
    endsAt: new Date(s.ends_at).toISOString(),
    status: s.status,
    statusLabel: dutySlotLabels[s.status],
    changeReason: reasonOf(s.change_reason),
    moved: s.rule_day !== null && s.rule_day !== s.day,
    deputies: deputies
      .filter((d) => d.slot_id === s.id)
      .map((d) => ({ id: d.deputy_id, name: d.name, swappedFor: d.swapped_for_name })),
  }
}

export const slotTime = (s: SlotRow) => `${s.day} ${clockOf(s.starts_at)}–${clockOf(s.ends_at)}`
