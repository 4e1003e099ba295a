import type { ModuleManifest } from '../../platform/module.ts'
import { suggestionsStep } from './demo/index.ts'
import { duplicatesJob } from './duplicates.ts'
import { suggestionsExporter } from './exports.ts'
import { publicSuggestionRoutes } from './public-routes.ts'
import { recoveryRoutes } from './recovery-routes.ts'
import { RECOVERY_SUBJECT, recoveryContactsOf } from './repo/recovery.ts'
import { contactsOf, SUBJECT_TYPE } from './repo.ts'
import { recomputeDeadlines } from './reschedule.ts'
import { suggestionRoutes } from './routes.ts'
import { closeUnratedJob, overdueJob, recoveryCodesJob } from './sweeps.ts'

export { type IssueTools, type ReceptionIssue, takeInReceptionIssue } from './from-reception.ts'
export { raiseSiteProblem, type SiteProblem } from './from-site.ts'
export { actorOf, normalisedPhone } from './routes.ts'

/** The closed loop (民意汇 · 闭环办): intake, the workflow, tracking, timers. */
export const suggestionsModule: ModuleManifest = {
  name: 'suggestions',
  routes: [suggestionRoutes, publicSuggestionRoutes, recoveryRoutes],
  jobs: [duplicatesJob, overdueJob, closeUnratedJob, recoveryCodesJob],
  exporters: [suggestionsExporter],
  recipients: { [SUBJECT_TYPE]: contactsOf, [RECOVERY_SUBJECT]: recoveryContactsOf },
  demo: [suggestionsStep],
  onCalendarChange: recomputeDeadlines,
}

/** What partner systems (modules/partners) hand items in and reply through: the one intake, the one workflow. */
export { runAction } from './definition.ts'
export {
  type CreatedSuggestion,
  type IntakeContext,
  type IntakeInput,
  prepareSuggestion,
  submitSuggestion,
} from './intake.ts'
export { relationsOf } from './policy.ts'
export { type Relation, statusLabels, TRANSITIONS } from './workflow.ts'
