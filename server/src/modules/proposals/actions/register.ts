import { cstDay } from '../../../platform/calendar.ts'
import { need, type ProposalHandler, toDeputies, toUnits } from './context.ts'

/** 立案交办: the lead unit, co-units and the due date (the county's proposal time limit unless given). */
export const register: ProposalHandler = async ({ subject, input, now, ports }) => {
  if (!input.leadUnitId) throw need('leadUnitId', '请选择主办单位', 'Choose the lead unit')
  const co = [...new Set(input.coUnitIds ?? [])].filter((id) => id !== input.leadUnitId)
  const units = await ports.units([input.leadUnitId, ...co])
  if (!units.some((u) => u.id === input.leadUnitId))
    throw need('leadUnitId', '主办单位不存在或已停用', 'Unknown lead unit')
  if (units.length !== co.length + 1) throw need('coUnitIds', '协办单位不存在或已停用', 'Unknown co-unit')
  const today = cstDay(now)
  if (input.dueOn && input.dueOn <= today)
    throw need('dueOn', '办理期限应晚于今天', 'The due date must be after today')
  const dueOn = input.dueOn ?? (await ports.dueOn(today))
  const number = await ports.nextNumber(subject.year)
  await ports.setUnits(input.leadUnitId, co)
  const title = { zh: '代表建议交办，请及时与代表面商', en: 'A proposal was assigned to your unit' }
  return {
    set: { registered_at: now, due_on: dueOn, number },
    detail: { number, leadUnitId: input.leadUnitId, coUnitIds: co, dueOn },
    messages: [
      ...toUnits(subject, [input.leadUnitId], 'proposal.assigned', title),
      ...toUnits(subject, co, 'proposal.assigned_co', {
        zh: '代表建议交办（协办）',
        en: 'A proposal was assigned (co-unit)',
      }),
      ...toDeputies(subject, [subject.lead_deputy_id], 'proposal.registered', {
        zh: '您的代表建议已立案交办',
        en: 'Your proposal was registered',
      }),
    ],
  }
}
