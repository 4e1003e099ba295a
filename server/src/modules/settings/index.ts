import type { CalendarListener, ModuleManifest } from '../../platform/module.ts'
import { calendarRoutesFor } from './calendar-routes.ts'
import { officeHoursStep } from './demo.ts'
import { calendarReminderJob } from './reminders.ts'
import { settingsRoutes } from './routes.ts'

/**
 * The working-day calendar (statutory days, entered notices, overrides), office hours and time limits. Modules
 * that derive deadlines from the calendar are told when it changes (`listeners`, their onCalendarChange).
 */
export function settingsModuleFor(listeners: () => CalendarListener[]): ModuleManifest {
  return {
    name: 'settings',
    routes: [calendarRoutesFor(listeners), settingsRoutes],
    jobs: [calendarReminderJob],
    demo: [officeHoursStep],
  }
}
