import type { ReceptionStatus, RoundStatus } from '../../db/types.ts'
import { invalidField, type Message } from '../../platform/errors.ts'
import type { OutboxMessage } from '../../platform/notify.ts'
import type { Transition, WorkflowDefinition } from '../../platform/workflow.ts'
import type { ReceptionRelation } from './policy.ts'
import {
  getReception,
  getRound,
  type ReceptionRow,
  type RoundRow,
  writeReceptionEvent,
  writeRoundEvent,
} from './repo.ts'

/**
 * Rounds and reception records as workflow records on the kernel (platform/workflow.ts).
 * - A round: planned → underway (its first stop checked in) → completed; planned → cancelled (with the reason) and
 *   back (restore). Checking in at a stop and saying what happened there keep the round's state once underway.
 * - A reception record: open (citizens are being received; visitors are added) → closed (the session ended; a duty
 *   slot it keeps becomes held) → open again (reopen, with the reason).
 */

// ── rounds ───────────────────────────────────────────────────────────────────────────────────────────────

export type RoundAction = 'check_in' | 'report' | 'complete' | 'cancel' | 'restore'

export interface RoundInput {
  version?: number
  note?: string
  stopId?: string
  at?: string
  location?: { lat: number; lng: number } | null
  happened?: string
  summary?: string
}

export interface RoundPorts {
  stop(
    roundId: string,
    stopId: string,
  ): Promise<{ id: string; name: string; checked_in_at: Date | null } | null>
  checkIn(stopId: string, at: Date, location: { lat: number; lng: number } | null): Promise<void>
  report(stopId: string, happened: string): Promise<void>
}

export const roundLabels: Record<RoundStatus, Message> = {
  planned: { zh: '待出发', en: 'Planned' },
  underway: { zh: '巡诊中', en: 'Underway' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
}

export const ROUND_TRANSITIONS: Record<RoundAction, Transition<RoundStatus, ReceptionRelation>> = {
  check_in: {
    from: ['planned', 'underway'],
    to: 'underway',
    by: ['recorder'],
    public: true,
    label: { zh: '到点签到', en: 'Check in at a stop' },
  },
  report: {
    from: ['underway', 'completed'],
    to: 'same',
    by: ['recorder'],
    public: false,
    label: { zh: '记录情况', en: 'Say what happened' },
  },
  complete: {
    from: ['underway'],
    to: 'completed',
    by: ['recorder'],
    public: true,
    label: { zh: '完成巡诊', en: 'Complete' },
  },
  cancel: {
    from: ['planned'],
    to: 'cancelled',
    by: ['planner'],
    public: true,
    label: { zh: '取消', en: 'Cancel' },
  },
  restore: {
    from: ['cancelled'],
    to: 'planned',
    by: ['planner'],
    public: true,
    label: { zh: '恢复', en: 'Restore' },
  },
}

const noStop = () =>
  invalidField('body.stopId', { zh: '请选择本次巡诊的一个站点', en: 'Choose one of the round’s stops' })

export const roundWorkflow: WorkflowDefinition<
  'rounds',
  RoundStatus,
  RoundAction,
  ReceptionRelation,
  RoundRow,
  RoundInput,
  RoundPorts
> = {
  name: 'round',
  entity: { zh: '流动巡诊', en: 'mobile round' },
  table: 'rounds',
  states: ['planned', 'underway', 'completed', 'cancelled'],
  stateLabels: roundLabels,
  transitions: ROUND_TRANSITIONS,
  handlers: {
    async check_in({ subject, input, ports, now }) {
      const stop = input.stopId ? await ports.stop(subject.id, input.stopId) : null
      if (!stop) throw noStop()
      if (stop.checked_in_at)
        throw invalidField('body.stopId', { zh: '该站点已签到', en: 'This stop is already checked in' })
      const at = input.at ? new Date(input.at) : now
      if (at.getTime() > now.getTime() + 5 * 60_000)
        throw invalidField('body.at', {
          zh: '签到时间不能晚于现在',
          en: 'The check-in cannot be in the future',
        })
      await ports.checkIn(stop.id, at, input.location ?? null)
      return {
        detail: { stopId: stop.id, stop: stop.name, at: at.toISOString(), located: Boolean(input.location) },
      }
    },
    async report({ subject, input, ports }) {
      const stop = input.stopId ? await ports.stop(subject.id, input.stopId) : null
      if (!stop) throw noStop()
      const happened = input.happened?.trim()
      if (!happened)
        throw invalidField('body.happened', { zh: '请填写站点的情况', en: 'Say what happened at the stop' })
      await ports.report(stop.id, happened)
      return { detail: { stopId: stop.id, stop: stop.name } }
    },
    complete: ({ input }) => ({ set: { summary: input.summary?.trim() ?? '' } }),
    cancel({ subject, note }) {
      if (!note)
        throw invalidField('body.note', { zh: '请说明取消的原因', en: 'Say why the round is cancelled' })
      return {
        messages: toDeputies(subject, `${subject.day} 的流动巡诊已取消`, `Round cancelled: ${subject.day}`),
      }
    },
    restore: ({ subject }) => ({
      messages: toDeputies(subject, `${subject.day} 的流动巡诊已恢复`, `Round restored: ${subject.day}`),
    }),
  },
  load: (trx, id, forUpdate) => getRound(trx, id, forUpdate).then((r) => r ?? null),
  row: (r) => ({ id: r.id, status: r.status, version: r.version }),
  writeEvent: writeRoundEvent,
}

/** In-app messages to the deputies of a round. */
export function toDeputies(
  round: Pick<RoundRow, 'id' | 'title' | 'day' | 'deputy_ids'>,
  title: string,
  titleEn: string,
): OutboxMessage[] {
  return round.deputy_ids.map((id) => ({
    channel: 'in_app' as const,
    recipientType: 'deputy' as const,
    recipientId: id,
    kind: 'round.changed',
    subject: { type: 'round', id: round.id },
    title,
    titleEn,
    body: round.title,
    link: `/rounds/${round.id}`,
  }))
}

// ── reception records ────────────────────────────────────────────────────────────────────────────────────

export type ReceptionAction = 'close' | 'reopen'

export interface ReceptionInput {
  version?: number
  note?: string
  endedAt?: string
}

export interface ReceptionPorts {
  /** Marks the duty slot the record keeps as held (the duty module's kernel). */
  holdSlot(slotId: string, receptionId: string): Promise<'held' | 'already' | 'cancelled'>
}

export const receptionLabels: Record<ReceptionStatus, Message> = {
  open: { zh: '接待中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
}

export const RECEPTION_TRANSITIONS: Record<
  ReceptionAction,
  Transition<ReceptionStatus, ReceptionRelation>
> = {
  close: {
    from: ['open'],
    to: 'closed',
    by: ['recorder'],
    public: false,
    label: { zh: '结束接待', en: 'Close' },
  },
  reopen: {
    from: ['closed'],
    to: 'open',
    by: ['recorder'],
    public: false,
    label: { zh: '重新打开', en: 'Reopen' },
  },
}

export const receptionWorkflow: WorkflowDefinition<
  'receptions',
  ReceptionStatus,
  ReceptionAction,
  ReceptionRelation,
  ReceptionRow,
  ReceptionInput,
  ReceptionPorts
> = {
  name: 'reception',
  entity: { zh: '接待记录', en: 'reception record' },
  table: 'receptions',
  states: ['open', 'closed'],
  stateLabels: receptionLabels,
  transitions: RECEPTION_TRANSITIONS,
  handlers: {
    async close({ subject, input, ports, now }) {
      const ended = input.endedAt ? new Date(input.endedAt) : now
      if (ended < subject.started_at)
        throw invalidField('body.endedAt', { zh: '结束时间早于开始时间', en: 'The end is before the start' })
      if (ended.getTime() > now.getTime() + 5 * 60_000)
        throw invalidField('body.endedAt', {
          zh: '结束时间不能晚于现在',
          en: 'The end cannot be in the future',
        })
      const slot = subject.duty_slot_id ? await ports.holdSlot(subject.duty_slot_id, subject.id) : null
      return { set: { ended_at: ended }, detail: { people: subject.people, slot } }
    },
    reopen({ note }) {
      if (!note) throw invalidField('body.note', { zh: '请说明重新打开的原因', en: 'Say why it is reopened' })
      return { set: { ended_at: null } }
    },
  },
  load: (trx, id, forUpdate) => getReception(trx, id, forUpdate).then((r) => r ?? null),
  row: (r) => ({ id: r.id, status: r.status, version: r.version }),
  writeEvent: writeReceptionEvent,
}
