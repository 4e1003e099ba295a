import type { ModuleManifest } from '../../platform/module.ts'
import { publicationStep } from './demo/index.ts'
import { publicAnswerRoutes } from './public-routes.ts'
import { publicationRoutes } from './routes.ts'

/**
 * Published answers (办理结果公开): a consenting item's question and answer, reviewed by its manager for personal
 * data (platform/scrub.ts) and published on the public list; withdrawn with a reason, every change audited.
 */
export const publicationModule: ModuleManifest = {
  name: 'publication',
  routes: [publicationRoutes, publicAnswerRoutes],
  demo: [publicationStep],
}
