import type { SiteFinding, SiteStatus } from '../../db/types.ts'
import { cstDay } from '../../platform/calendar.ts'
import { invalidField, type Message } from '../../platform/errors.ts'
import type { OutboxMessage } from '../../platform/notify.ts'
import type { Transition, WorkflowDefinition } from '../../platform/workflow.ts'
import type { SiteRelation } from './policy.ts'
import { getSite, type ReportFields, type SiteRow, writeSiteEvent } from './repo.ts'

/**
 * A project site as a workflow record on the kernel (platform/workflow.ts): not_started (red) → in_progress
 * (yellow) → completed (blue) as its lead deputies report month by month (a report chooses the state it finds);
 * a completed site is crossed off (销号) by congress staff after verification, with the evidence; staff may reopen
 * a completed or crossed-off site that verification did not bear out, and correct a state with the reason.
 */

export type SiteAction = 'report' | 'cross_off' | 'reopen' | 'correct'
const REPORTABLE = ['not_started', 'in_progress', 'completed'] as const

export interface SiteInput {
  version?: number
  note?: string
  month?: string
  progress?: number
  status?: (typeof REPORTABLE)[number]
  onTime?: { finding: SiteFinding; note?: string }
  quality?: { finding: SiteFinding; note?: string }
  quantity?: { finding: SiteFinding; note?: string }
  problems?: string
  opinion?: string
  photoIds?: string[]
  checkIn?: { lat: number; lng: number } | null
  raiseProblems?: boolean
}

export interface SitePorts {
  /** The report's deputy: the caller when a lead deputy of the site, else null. */
  deputyId: string | null
  saveReport(fields: ReportFields): Promise<{ id: string; amended: boolean }>
  attachPhotos(reportId: string, ids: string[]): Promise<void>
  /** The photos of a verification (crossing off), kept with the site. */
  attachEvidence(ids: string[]): Promise<void>
  /** Sends a problem found into the loop, assigned to the site's responsible unit. */
  raise(problems: string, reportId: string): Promise<{ id: string; trackingCode: string }>
}

export const siteLabels: Record<SiteStatus, Message> = {
  not_started: { zh: '未开始', en: 'Not started' },
  in_progress: { zh: '进行中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  crossed_off: { zh: '已销号', en: 'Crossed off' },
}

/** The map's colour of a state: red, yellow, blue (crossed-off sites stay blue). */
export function colourOf(status: SiteStatus): 'red' | 'yellow' | 'blue' {
  return status === 'not_started' ? 'red' : status === 'in_progress' ? 'yellow' : 'blue'
}

/** The state the public map filters by: a crossed-off site is a completed one. */
export const shownStatus = (status: SiteStatus) => (status === 'crossed_off' ? 'completed' : status)

export const SITE_TRANSITIONS: Record<SiteAction, Transition<SiteStatus, SiteRelation>> = {
  report: {
    from: REPORTABLE,
    to: REPORTABLE,
    by: ['lead'],
    public: true,
    label: { zh: '月度督查报告', en: 'File the monthly report' },
  },
  cross_off: {
    from: ['completed'],
    to: 'crossed_off',
    by: ['keeper'],
    public: true,
    label: { zh: '核验销号', en: 'Verify and cross off' },
  },
  reopen: {
    from: ['completed', 'crossed_off'],
    to: 'in_progress',
    by: ['keeper'],
    public: true,
    label: { zh: '退回进行中', en: 'Reopen' },
  },
  correct: {
    from: REPORTABLE,
    to: REPORTABLE,
    by: ['keeper'],
    public: true,
    label: { zh: '更正状态', en: 'Correct the state' },
  },
}

/** The county's month (YYYY-MM) of an instant, and the month before a YYYY-MM. */
export const monthOf = (instant: Date) => cstDay(instant).slice(0, 7)
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

const need = (field: string, zh: string, en: string) => invalidField(`body.${field}`, { zh, en })

/** Progress must agree with the state: 0 before the start, 100 once done. */
function checkProgress(status: (typeof REPORTABLE)[number], progress: number | undefined): number {
  if (progress === undefined) throw need('progress', '请填写完成进度', 'progress is required')
  if (status === 'not_started' && progress !== 0)
    throw need('progress', '未开始的点位进度应为 0%', 'A site not started is at 0 %')
  if (status === 'completed' && progress !== 100)
    throw need('progress', '已完成的点位进度应为 100%', 'A completed site is at 100 %')
  if (status === 'in_progress' && progress === 100)
    throw need('progress', '进度 100% 请选择“已完成”', 'At 100 % the site is completed')
  return progress
}

const toRegion = (site: SiteRow, kind: string, title: Message): OutboxMessage => ({
  channel: 'in_app',
  recipientType: 'region',
  recipientId: site.town_code,
  kind,
  subject: { type: 'site', id: site.id },
  title: title.zh,
  titleEn: title.en,
  body: `${site.project_name} · ${site.name}`,
  link: `/sites/${site.id}`,
})
const toLeads = (site: SiteRow, kind: string, title: Message): OutboxMessage[] =>
  site.deputy_ids.map((id) => ({
    ...toRegion(site, kind, title),
    recipientType: 'deputy' as const,
    recipientId: id,
  }))

export const siteWorkflow: WorkflowDefinition<
  'project_sites',
  SiteStatus,
  SiteAction,
  SiteRelation,
  SiteRow,
  SiteInput,
  SitePorts
> = {
  name: 'site',
  entity: { zh: '项目点位', en: 'project site' },
  table: 'project_sites',
  states: ['not_started', 'in_progress', 'completed', 'crossed_off'],
  stateLabels: siteLabels,
  transitions: SITE_TRANSITIONS,
  handlers: {
    async report({ subject, input, now, ports, actor }) {
      const current = monthOf(now)
      const month = input.month ?? current
      if (month !== current && month !== previousMonth(current))
        throw need('month', '只能报告本月或上月的情况', 'Report this month or last month')
      if (Number(month.slice(0, 4)) < subject.year)
        throw need('month', '该月早于项目年度', 'The month is before the project’s year')
      if (!input.status) throw need('status', '请选择点位状态', 'status is required')
      const progress = checkProgress(input.status, input.progress)
      for (const key of ['onTime', 'quality', 'quantity'] as const)
        if (!input[key]) throw need(key, '请填写按时、保质、保量三项督查结论', `${key} is required`)
      const problems = input.problems?.trim() ?? ''
      const findings = [input.onTime!, input.quality!, input.quantity!]
      if (findings.some((f) => f.finding === 'problem') && !problems)
        throw need('problems', '发现问题时请写明存在的问题', 'Say what the problem is')
      if (input.raiseProblems && !problems)
        throw need('problems', '请写明要转交办理的问题', 'Say what problem to send for handling')
      const saved = await ports.saveReport({
        month,
        deputy_id: ports.deputyId,
        filed_by: actor.id,
        filed_at: now,
        progress,
        status: input.status,
        on_time: input.onTime!.finding,
        on_time_note: input.onTime!.note?.trim() ?? '',
        quality: input.quality!.finding,
        quality_note: input.quality!.note?.trim() ?? '',
        quantity: input.quantity!.finding,
        quantity_note: input.quantity!.note?.trim() ?? '',
        problems,
        opinion: input.opinion?.trim() ?? '',
        check_in_lat: input.checkIn?.lat ?? null,
        check_in_lng: input.checkIn?.lng ?? null,
      })
      await ports.attachPhotos(saved.id, input.photoIds ?? [])
      const raised = input.raiseProblems ? await ports.raise(problems, saved.id) : null
      const messages: OutboxMessage[] = []
      if (findings.some((f) => f.finding === 'problem'))
        messages.push(
          toRegion(subject, 'site.problem', { zh: '点位督查发现问题', en: 'A site report found a problem' }),
        )
      if (input.status === 'completed' && subject.status !== 'completed')
        messages.push(
          toRegion(subject, 'site.completed', {
            zh: '点位已报完成，待核验销号',
            en: 'Site reported completed: verify it',
          }),
        )
      const latest = !subject.last_report_month || month >= subject.last_report_month
      return {
        to: latest ? input.status : subject.status,
        set: latest ? { progress, last_report_month: month } : {},
        detail: {
          progress: latest ? progress : subject.progress,
          month,
          reportId: saved.id,
          amended: saved.amended,
          ...(raised ? { suggestionId: raised.id, trackingCode: raised.trackingCode } : {}),
        },
        messages,
      }
    },
    async cross_off({ subject, note, now, input, ports }) {
      if (!note) throw need('note', '请写明核验情况和依据', 'Say how the completion was verified')
      await ports.attachEvidence(input.photoIds ?? [])
      return {
        set: { crossed_off_at: now, progress: 100 },
        detail: { progress: 100, photos: input.photoIds?.length ?? 0 },
        messages: toLeads(subject, 'site.crossed_off', {
          zh: '领办点位已核验销号',
          en: 'Your site is crossed off',
        }),
      }
    },
    reopen({ subject, note }) {
      if (!note) throw need('note', '请写明退回的原因', 'Say why the site is reopened')
      const progress = Math.min(subject.progress, 99)
      return {
        set: { crossed_off_at: null, progress },
        detail: { progress },
        messages: toLeads(subject, 'site.reopened', {
          zh: '领办点位被退回进行中',
          en: 'Your site was reopened',
        }),
      }
    },
    correct({ input, note }) {
      if (!note) throw need('note', '请写明更正的原因', 'Say why the state is corrected')
      if (!input.status) throw need('status', '请选择点位状态', 'status is required')
      const progress = checkProgress(input.status, input.progress)
      return { to: input.status, set: { progress }, detail: { progress } }
    },
  },
  load: (trx, id, forUpdate) => getSite(trx, id, forUpdate).then((s) => s ?? null),
  row: (s) => ({ id: s.id, status: s.status, version: s.version }),
  writeEvent: writeSiteEvent,
}
