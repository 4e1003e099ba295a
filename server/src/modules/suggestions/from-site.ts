import { runAction } from './definition.ts'
import type { IssueTools } from './from-reception.ts'
import { CODE_ATTEMPTS, prepareSuggestion, writePrepared } from './intake.ts'
import { actorOf } from './routes.ts'
import type { Relation } from './workflow.ts'

/**
 * A problem a lead deputy found at a project site (the projects module's monthly report): an item of the
 * `supervision` channel in the site's village, addressed to the deputy, written in the report's own transaction.
 * Under the programme's rule for 领办督 it goes straight to the site's responsible unit: accepted, sent at the
 * unit's tier and assigned to it through the loop's kernel, so its clocks run as for any assigned item. Without
 * a responsible unit it waits in the queue like any item taken in by staff.
 */
export interface SiteProblem {
  content: string
  regionCode: string
  deputyId: string | null
  location: { lat: number; lng: number }
  /** The site's responsible unit and whether it is a town's (a town-tier item) or the county's. */
  unit: { id: string; townCode: string | null } | null
  receivedAt: Date
}

export async function raiseSiteProblem(
  t: IssueTools,
  problem: SiteProblem,
  fieldPrefix: string,
): Promise<{ id: string; trackingCode: string }> {
  const actor = actorOf(t.principal)
  const ctx = {
    db: t.trx,
    cipher: t.cipher,
    calendar: t.calendar,
    countyCode: t.countyCode,
    actor,
    fieldPrefix,
  }
  const prepared = await prepareSuggestion(ctx, {
    channel: 'supervision',
    content: problem.content,
    deputyId: problem.deputyId,
    regionCode: problem.regionCode,
    location: problem.location,
    receivedAt: problem.receivedAt,
  })
  const trackingCode = await writePrepared(t.trx, t.tools, ctx, prepared, CODE_ATTEMPTS)
  if (problem.unit) {
    // The programme's rule acts for the congress office here: accept, route and assign in one go.
    const ruled: ReadonlySet<Relation> = new Set<Relation>(['intake', 'manager'])
    const run = {
      trx: t.trx,
      calendar: t.calendar,
      countyCode: t.countyCode,
      actor,
      relationsFor: () => ruled,
      audit: t.audit,
    }
    const id = prepared.item.id
    await runAction(run, id, 'accept', {})
    await runAction(run, id, 'route', { tier: problem.unit.townCode ? 'town' : 'county' })
    await runAction(run, id, 'assign', { leadUnitId: problem.unit.id })
  }
  return { id: prepared.item.id, trackingCode }
}
