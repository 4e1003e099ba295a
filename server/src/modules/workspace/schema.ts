import { Type } from 'typebox'
import { Nullable, Timestamp, Uuid } from '../../platform/schemas.ts'
import { DutySlot } from '../duty/schema.ts'
import { StatusSchema } from '../suggestions/schema.ts'

/** The steps of the loop an item can be waiting on the caller for, in loop order. */
export const STEPS = [
  'accept',
  'route',
  'assign',
  'sign',
  'handle',
  'decide_extension',
  'review',
  'send',
  'follow_up',
] as const
export type Step = (typeof STEPS)[number]
export const StepSchema = Type.Enum(STEPS)

const Count = Type.Integer({ minimum: 0 })

export const StepCount = Type.Object({
  step: StepSchema,
  count: Count,
  overdue: Type.Integer({ minimum: 0, description: 'How many of them are past their clock' }),
})

export const WaitingItem = Type.Object({
  id: Uuid,
  trackingCode: Type.String(),
  status: StatusSchema,
  step: StepSchema,
  content: Type.String({ description: 'The opening of the text' }),
  receivedAt: Timestamp,
  dueAt: Nullable(Timestamp),
  overdue: Type.Boolean(),
})

export const Workspace = Type.Object({
  steps: Type.Array(StepCount, {
    description: 'What waits on me, by step; steps with nothing waiting left out',
  }),
  waiting: Type.Array(WaitingItem, {
    description: 'The first items waiting on me, overdue first, then by clock',
  }),
  waitingTotal: Count,
  deputy: Nullable(
    Type.Object(
      {
        received: Count,
        open: Count,
        followed: Type.Integer({ minimum: 0, description: 'Items I urged or added a note to' }),
        resolved: Count,
        rated: Count,
        satisfied: Type.Integer({ minimum: 0, description: 'Rated satisfied or basically satisfied' }),
      },
      { description: 'Items addressed to me (deputies)' },
    ),
  ),
  venue: Nullable(
    Type.Object(
      { receivedToday: Count, open: Count },
      { description: 'Items of my venue (station staff); today is the county day' },
    ),
  ),
  unit: Nullable(
    Type.Object(
      {
        open: Count,
        dueSoon: Type.Integer({ minimum: 0, description: 'Handled by me and due within three days' }),
        extensionsAsked: Count,
        returns: Count,
        replied: Count,
        onTime: Type.Integer({ minimum: 0, description: 'Replies given before the deadline' }),
      },
      { description: 'Items my unit leads (handling units)' },
    ),
  ),
  duty: Type.Array(DutySlot, {
    description: 'My duty in the coming two weeks: my own slots (deputies), my venue’s (station staff)',
  }),
  manager: Nullable(
    Type.Object(
      { open: Count, overdue: Count, escalated: Count },
      { description: 'Items I manage (town and county staff)' },
    ),
  ),
})
