import type { ModuleManifest } from '../../platform/module.ts'
import { dutyStep } from './demo.ts'
import { dutyAssignmentRecipients, dutyHorizonJob, dutyOnCalendarChange, dutyReminderJob } from './jobs.ts'
import { publicDutyRoutes } from './public-routes.ts'
import { dutyRoutes } from './routes.ts'

export { holdSlot } from './hold.ts'
export { checkRange, nextDutyOf, upcomingDutyOf } from './service.ts'

/** The duty schedule (排班): venues' recurring receptions on the working-day calendar, slots, swaps, reminders. */
export const dutyModule: ModuleManifest = {
  name: 'duty',
  routes: [dutyRoutes, publicDutyRoutes],
  jobs: [dutyHorizonJob, dutyReminderJob],
  recipients: { duty_assignment: dutyAssignmentRecipients },
  onCalendarChange: dutyOnCalendarChange,
  demo: [dutyStep],
}
