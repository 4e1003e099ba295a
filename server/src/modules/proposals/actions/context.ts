import type { CosignerStatus } from '../../../db/types.ts'
import { invalidField, type Message } from '../../../platform/errors.ts'
import type { OutboxMessage } from '../../../platform/notify.ts'
import type { Change, Handler } from '../../../platform/workflow.ts'
import type { ProposalRow } from '../repo.ts'
import type { ProposalInput, ProposalRelation } from '../workflow.ts'

/** What the handlers read and change beyond the proposal's row: the server's repository, or the demo's world. */
export interface ProposalPorts {
  /** The caller's deputy (co-signing, declining). */
  deputyId: string | null
  /** Active deputies among the ids. */
  deputies(ids: string[]): Promise<string[]>
  /** Invites those not invited yet; answers the newly invited. */
  invite(ids: string[]): Promise<string[]>
  setCosigner(deputyId: string, status: CosignerStatus, now: Date): Promise<void>
  /** Active units among the ids, with their names. */
  units(ids: string[]): Promise<{ id: string; name: string }[]>
  setUnits(leadUnitId: string, coUnitIds: string[]): Promise<void>
  nextNumber(year: number): Promise<number>
  /** The due date of a proposal registered on that day (the county's proposal time limit). */
  dueOn(registeredOn: string): Promise<string>
}

export type ProposalHandler = Handler<
  'proposals',
  ProposalRow,
  ProposalInput,
  ProposalPorts,
  ProposalRelation
>
export type ProposalChange = Change<'proposals'>

export const need = (field: string, zh: string, en: string) => invalidField(`body.${field}`, { zh, en })

const linkOf = (p: ProposalRow) => `/proposals/${p.id}`

function message(
  p: ProposalRow,
  kind: string,
  title: Message,
): Omit<OutboxMessage, 'recipientType' | 'recipientId'> {
  return {
    channel: 'in_app',
    kind,
    subject: { type: 'proposal', id: p.id },
    title: title.zh,
    titleEn: title.en,
    body: `《${p.title}》 · ${p.lead_name}`,
    link: linkOf(p),
  }
}

export const toDeputies = (p: ProposalRow, ids: string[], kind: string, title: Message): OutboxMessage[] =>
  ids.map((id) => ({ ...message(p, kind, title), recipientType: 'deputy', recipientId: id }))

export const toOffice = (p: ProposalRow, kind: string, title: Message): OutboxMessage => ({
  ...message(p, kind, title),
  recipientType: 'region',
  recipientId: p.county_code,
})

export const toUnits = (p: ProposalRow, ids: string[], kind: string, title: Message): OutboxMessage[] =>
  ids.map((id) => ({ ...message(p, kind, title), recipientType: 'unit', recipientId: id }))

/** The caller's own invitation, when a deputy invited to co-sign. */
export const cosignerOf = (p: ProposalRow, deputyId: string | null) =>
  p.cosigners.find((c) => c.deputy_id === deputyId)

export const leadUnitOf = (p: ProposalRow) => p.units.find((u) => u.role === 'lead')?.unit_id ?? null

/** A day three calendar months after a day (the default time limit), clamped to the month's end. */
export function monthsAfter(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}
