import type { DemoStep } from '../../demo/world.ts'
import { DEFAULT_OFFICE_HOURS_TEXT, officeHoursText, parseOfficeHours } from '../../platform/office-hours.ts'
import { saveOfficeHours } from './repo.ts'

/** The demo county keeps the usual office hours (08:30–17:30, no cut-off) as its own settings, to be edited. */
export const officeHoursStep: DemoStep = {
  name: 'office_hours',
  async run(ctx) {
    const text = officeHoursText(parseOfficeHours(DEFAULT_OFFICE_HOURS_TEXT))
    await saveOfficeHours(ctx.db, ctx.world.countyCode, text, null)
  },
}
