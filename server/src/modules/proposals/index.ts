import type { ModuleManifest } from '../../platform/module.ts'
import { proposalsStep } from './demo/index.ts'
import { proposalsExporter } from './exporters.ts'
import { proposalDueJob } from './jobs.ts'
import { proposalRoutes } from './routes.ts'

/**
 * Deputies' formal proposals (代表建议): drafted from items of the loop, co-signed, submitted, registered and
 * assigned by the county congress office, contacted and answered by the units, rated by the lead deputy
 * (docs/domain.md "Deputies' proposals (代表建议)").
 */
export const proposalsModule: ModuleManifest = {
  name: 'proposals',
  routes: [proposalRoutes],
  jobs: [proposalDueJob],
  exporters: [proposalsExporter],
  demo: [proposalsStep],
}

export { type ProposalFigures, proposalFigures, proposalsOfSuggestion } from './repo.ts'
