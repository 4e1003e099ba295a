import type { Db } from '../../db/index.ts'
import type { Principal } from '../../platform/access.ts'
import type { WorkCalendar } from '../../platform/calendar.ts'
import type { Audit, CommandTools } from '../../platform/context.ts'
import type { PersonalDataCipher } from '../../platform/crypto.ts'
import { runAction } from './definition.ts'
import { CODE_ATTEMPTS, prepareSuggestion, writePrepared } from './intake.ts'
import { relationsOf } from './policy.ts'
import { actorOf } from './routes.ts'

/**
 * Issues raised at a reception (the receptions module): each becomes an item of the session's channel, written in
 * the reception's own transaction, so that a reception record and its items are saved together or not at all.
 * An issue answered on the spot is accepted and answered (当场答复) through the loop's kernel at once; the others
 * wait in the queue like any item taken in by staff.
 */

export interface ReceptionIssue {
  channel: 'station' | 'mobile'
  content: string
  categoryCode?: string | null
  venueId?: string | null
  deputyId?: string | null
  regionCode: string
  contact?: { name?: string | null; phone?: string | null } | null
  receivedAt: Date
  /** The answer given on the spot; absent for an issue sent through the loop. */
  answerOnSpot?: string | null
}

export interface IssueTools {
  trx: Db
  audit: Audit
  tools: CommandTools
  cipher: PersonalDataCipher
  calendar: WorkCalendar
  countyCode: string
  principal: Principal
}

export async function takeInReceptionIssue(
  t: IssueTools,
  issue: ReceptionIssue,
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
    channel: issue.channel,
    content: issue.content,
    categoryCode: issue.categoryCode,
    venueId: issue.venueId,
    deputyId: issue.deputyId,
    regionCode: issue.regionCode,
    contact: issue.contact,
    receivedAt: issue.receivedAt,
  })
  const relationsFor = (subject: Parameters<typeof relationsOf>[1]) => relationsOf(t.principal, subject)
  const trackingCode = await writePrepared(t.trx, t.tools, ctx, prepared, CODE_ATTEMPTS)
  if (issue.answerOnSpot) {
    const run = {
      trx: t.trx,
      calendar: t.calendar,
      countyCode: t.countyCode,
      actor,
      relationsFor,
      audit: t.audit,
    }
    await runAction(run, prepared.item.id, 'accept', {})
    await runAction(run, prepared.item.id, 'answer_on_spot', { answer: issue.answerOnSpot })
  }
  return { id: prepared.item.id, trackingCode }
}
