import type { ModuleManifest } from '../../platform/module.ts'
import { deputyRecordsStep } from './demo.ts'
import { deputyRecordsExporter } from './exporters.ts'
import { deputyRecordRoutes } from './routes.ts'

/**
 * Deputies' records (履职档案): per deputy and year, the indicators computed from the duty schedule, the reception
 * records, the rounds and the suggestions, and the trainings, proposals and other activities entered by hand.
 */
export const deputyRecordsModule: ModuleManifest = {
  name: 'deputy-records',
  routes: [deputyRecordRoutes],
  exporters: [deputyRecordsExporter],
  demo: [deputyRecordsStep],
}
