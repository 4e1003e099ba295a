import { Type } from 'typebox'
import { Uuid } from '../../../platform/schemas.ts'
import { actionBody } from './body.ts'
import { required, type SuggestionHandler } from './context.ts'
import { toUnit } from './messages.ts'

/** 交办: to a lead unit (and co-units); the completion deadline is set from the handling cycle's start. */
export const body = actionBody({
  leadUnitId: Uuid,
  coUnitIds: Type.Optional(Type.Array(Uuid, { maxItems: 5 })),
})

export const handler: SuggestionHandler = async ({ subject: { item }, input, now, ports }) => {
  if (!input.leadUnitId) throw required('leadUnitId', '请选择主办单位', 'leadUnitId is required')
  const unitIds = [input.leadUnitId, ...(input.coUnitIds ?? []).filter((u) => u !== input.leadUnitId)]
  const found = await ports.units(unitIds)
  const lead = found.find((u) => u.id === input.leadUnitId)
  if (!lead?.active) throw required('leadUnitId', '主办单位不存在', 'Unknown lead unit')
  if (found.filter((u) => u.active).length !== unitIds.length)
    throw required('coUnitIds', '协办单位不存在', 'Unknown co-unit')
  if (item.tier === 'town' && lead.region_code !== item.town_code) {
    throw required(
      'leadUnitId',
      '镇级事项应交办给本镇(街道)的单位',
      'A town-tier item goes to a unit of its town',
    )
  }
  const limits = await ports.limits(item.tier, item.category_code)
  // A reopened item starts a new handling cycle from the citizen's request; otherwise the clock runs from arrival.
  const cycleStart =
    item.reopen_count > 0 && item.routed_at ? new Date(item.routed_at) : new Date(item.clock_start_at)
  const dueAt = ports.calendar.deadlineAfter(cycleStart, limits.completionWorkingDays)
  await ports.setUnits(item.id, unitIds, now)
  return {
    set: {
      lead_unit_id: input.leadUnitId,
      assigned_at: now,
      due_at: dueAt,
      extension_requested_days: null,
      extension_reason: null,
    },
    detail: { leadUnitId: input.leadUnitId, coUnitIds: unitIds.slice(1), dueAt: dueAt.toISOString() },
    messages: unitIds.map((u) =>
      toUnit(item, u, 'suggestion.assigned', {
        zh: `新交办事项 ${item.tracking_code}`,
        en: `New assignment ${item.tracking_code}`,
      }),
    ),
  }
}
