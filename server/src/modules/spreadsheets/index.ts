import type { ModuleManifest } from '../../platform/module.ts'
import { spreadsheetRoutes } from './routes.ts'

export const spreadsheetsModule: ModuleManifest = {
  name: 'spreadsheets',
  routes: [spreadsheetRoutes],
}
