import { cstDay } from '../../platform/calendar.ts'
import { addDays } from '../../platform/holidays.ts'
import type { Job } from '../../platform/jobs.ts'
import { enqueue, type OutboxMessage } from '../../platform/notify.ts'
import { type Claimed, claimDue } from './repo.ts'

/** Days before the due date when the lead unit is reminded of a proposal it has not answered. */
export const REMIND_DAYS = 7

const message = (p: Claimed, kind: string, title: { zh: string; en: string }) => ({
  channel: 'in_app' as const,
  kind,
  subject: { type: 'proposal', id: p.id },
  title: title.zh,
  titleEn: title.en,
  body: `《${p.title}》 · ${p.due_on}`,
  link: `/proposals/${p.id}`,
})

/**
 * The proposals' clock: the lead unit is reminded a week before the due date of a proposal it has not answered,
 * and told (with the county office) once it is overdue; each once per proposal, claimed with its messages.
 */
export const proposalDueJob: Job = {
  name: 'proposal_due',
  async run(ctx, now) {
    const county = ctx.config.countyCode
    const today = cstDay(now)
    return ctx.db.transaction().execute(async (trx) => {
      const soon = await claimDue(trx, county, addDays(today, REMIND_DAYS), 'reminder')
      const late = await claimDue(trx, county, today, 'overdue')
      const messages: OutboxMessage[] = []
      for (const p of soon)
        if (p.lead_unit_id)
          messages.push({
            ...message(p, 'proposal.due_soon', {
              zh: '代表建议即将到期，请及时答复',
              en: 'A proposal is due soon',
            }),
            recipientType: 'unit',
            recipientId: p.lead_unit_id,
          })
      for (const p of late) {
        const title = { zh: '代表建议已超期未答复', en: 'A proposal is overdue' }
        if (p.lead_unit_id)
          messages.push({
            ...message(p, 'proposal.overdue', title),
            recipientType: 'unit',
            recipientId: p.lead_unit_id,
          })
        messages.push({
          ...message(p, 'proposal.overdue', title),
          recipientType: 'region',
          recipientId: county,
        })
      }
      await enqueue(trx, county, messages)
      return { reminded: soon.length, overdue: late.length }
    })
  },
}
