import type { DutySlotStatus } from '../../db/types.ts'
import { invalidField, type Message } from '../../platform/errors.ts'
import type { OutboxMessage } from '../../platform/notify.ts'
import type { Transition, WorkflowDefinition } from '../../platform/workflow.ts'
import { clockOf } from './occurrences.ts'
import type { DutyRelation } from './policy.ts'
import { getSlot, type SlotRow, writeSlotEvent } from './repo.ts'

/**
 * A duty slot as a workflow record on the kernel (platform/workflow.ts): scheduled → held (a reception took
 * place there) or cancelled (and back); a swap replaces one deputy by another and keeps the state. Every change
 * by hand marks the slot `manual`, so that placing its rule again leaves it as staff set it.
 */

export type DutySlotAction = 'cancel' | 'restore' | 'swap' | 'hold'

export interface DutySlotInput {
  version?: number
  note?: string
  outDeputyId?: string
  inDeputyId?: string
  receptionId?: string
}

export interface DutySlotPorts {
  /** Replaces a deputy of the slot; false when the first is not on it or the second already is. */
  swap(slotId: string, outId: string, inId: string): Promise<boolean>
  /** The deputies on the slot now. */
  deputies(slotId: string): Promise<{ deputyId: string; name: string }[]>
  isActiveDeputy(id: string): Promise<boolean>
}

export const DUTY_SLOT_STATES: readonly DutySlotStatus[] = ['scheduled', 'held', 'cancelled']

export const dutySlotLabels: Record<DutySlotStatus, Message> = {
  scheduled: { zh: '待接待', en: 'Scheduled' },
  held: { zh: '已接待', en: 'Held' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
}

export const DUTY_SLOT_TRANSITIONS: Record<DutySlotAction, Transition<DutySlotStatus, DutyRelation>> = {
  cancel: {
    from: ['scheduled'],
    to: 'cancelled',
    by: ['editor'],
    public: true,
    label: { zh: '取消', en: 'Cancel' },
  },
  restore: {
    from: ['cancelled'],
    to: 'scheduled',
    by: ['editor'],
    public: true,
    label: { zh: '恢复', en: 'Restore' },
  },
  swap: { from: ['scheduled'], to: 'same', by: ['editor'], public: true, label: { zh: '换班', en: 'Swap' } },
  hold: {
    from: ['scheduled'],
    to: 'held',
    by: ['reception'],
    public: true,
    label: { zh: '已接待', en: 'Held' },
  },
}

const when = (s: SlotRow) => `${s.day} ${clockOf(s.starts_at)}–${clockOf(s.ends_at)}`

function toDeputies(s: SlotRow, ids: string[], title: Message, body: string, kind: string): OutboxMessage[] {
  return ids.map((id) => ({
    channel: 'in_app' as const,
    recipientType: 'deputy' as const,
    recipientId: id,
    kind,
    subject: { type: 'duty_slot', id: s.id },
    title: title.zh,
    titleEn: title.en,
    body,
    link: `/duty?day=${s.day}`,
  }))
}

export const dutySlotWorkflow: WorkflowDefinition<
  'duty_slots',
  DutySlotStatus,
  DutySlotAction,
  DutyRelation,
  SlotRow,
  DutySlotInput,
  DutySlotPorts
> = {
  name: 'duty_slot',
  entity: { zh: '排班', en: 'duty slot' },
  table: 'duty_slots',
  states: DUTY_SLOT_STATES,
  stateLabels: dutySlotLabels,
  transitions: DUTY_SLOT_TRANSITIONS,
  handlers: {
    // A reception record of the slot was closed (the receptions module); the slot keeps its deputies.
    hold: ({ input }) => ({ detail: { receptionId: input.receptionId ?? null } }),
    async cancel({ subject, note, ports }) {
      if (!note)
        throw invalidField('body.note', { zh: '请说明取消的原因', en: 'Say why the slot is cancelled' })
      const deputies = await ports.deputies(subject.id)
      return {
        set: { manual: true, change_reason: note },
        messages: toDeputies(
          subject,
          deputies.map((d) => d.deputyId),
          {
            zh: `${subject.day} ${subject.venue_name} 的接待已取消`,
            en: `Duty cancelled: ${subject.day}, ${subject.venue_name}`,
          },
          note,
          'duty.cancelled',
        ),
      }
    },
    async restore({ subject, ports }) {
      const deputies = await ports.deputies(subject.id)
      return {
        set: { manual: true, change_reason: '' },
        messages: toDeputies(
          subject,
          deputies.map((d) => d.deputyId),
          {
            zh: `${subject.day} ${subject.venue_name} 的接待已恢复`,
            en: `Duty restored: ${subject.day}, ${subject.venue_name}`,
          },
          when(subject),
          'duty.restored',
        ),
      }
    },
    async swap({ subject, input, ports }) {
      const out = input.outDeputyId
      const into = input.inDeputyId
      if (!out)
        throw invalidField('body.outDeputyId', { zh: '请选择换下的代表', en: 'Choose the deputy to replace' })
      if (!into || !(await ports.isActiveDeputy(into)))
        throw invalidField('body.inDeputyId', {
          zh: '请选择换上的代表',
          en: 'Choose an active deputy to take over',
        })
      if (!(await ports.swap(subject.id, out, into)))
        throw invalidField('body.outDeputyId', {
          zh: '换下的代表不在本次排班中，或换上的代表已在排班中',
          en: 'The deputy to replace is not on this slot, or the new one already is',
        })
      return {
        set: { manual: true },
        detail: { outDeputyId: out, inDeputyId: into },
        messages: toDeputies(
          subject,
          [into],
          {
            zh: `您已被安排于 ${subject.day} 在 ${subject.venue_name} 接待群众`,
            en: `You are on duty on ${subject.day} at ${subject.venue_name}`,
          },
          '换班安排',
          'duty.swapped_in',
        ),
      }
    },
  },
  load: (trx, id, forUpdate) => getSlot(trx, id, forUpdate).then((r) => r ?? null),
  row: (s) => ({ id: s.id, status: s.status, version: s.version }),
  writeEvent: writeSlotEvent,
}
