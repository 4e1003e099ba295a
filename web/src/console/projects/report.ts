import type { ReportedSiteStatus, SiteFinding } from '../../shared/api/types'
import type { Bilingual } from '../../shared/i18n'
import { CHECKS, type Check } from './labels'
import type { SiteActionBody } from './queries'

/** The month (YYYY-MM) before a month. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** The months a report may be filed for: this month (county time) and the one before. */
export const reportMonths = (thisMonth: string) => [thisMonth, previousMonth(thisMonth)]

/**
 * The progress a state allows: 0 % before the start, 100 % once done, 1–99 % under way (a site said to be under
 * way at 0 or 100 moves to the nearest value that is).
 */
export function progressFor(status: ReportedSiteStatus, progress: number | null | undefined): number {
  const p = Math.round(Math.min(100, Math.max(0, progress ?? 0)))
  if (status === 'not_started') return 0
  if (status === 'completed') return 100
  return Math.min(99, Math.max(1, p))
}

export interface ReportValues {
  month: string
  status: ReportedSiteStatus
  progress: number
  onTime: { finding?: SiteFinding; note?: string }
  quality: { finding?: SiteFinding; note?: string }
  quantity: { finding?: SiteFinding; note?: string }
  problems?: string
  raiseProblems?: boolean
  opinion?: string
}

export interface FieldError {
  /** The form's field path, e.g. ['onTime', 'finding']. */
  name: (string | number)[]
  message: Bilingual
}

/** What the form checks before sending (the server checks the same and answers per field). */
export function reportErrors(v: ReportValues): FieldError[] {
  const errors: FieldError[] = []
  if (v.status === 'not_started' && v.progress !== 0)
    errors.push({
      name: ['progress'],
      message: { zh: '未开始的点位进度应为 0%', en: 'A site not started is at 0 %' },
    })
  if (v.status === 'completed' && v.progress !== 100)
    errors.push({
      name: ['progress'],
      message: { zh: '已完成的点位进度应为 100%', en: 'A completed site is at 100 %' },
    })
  if (v.status === 'in_progress' && (v.progress <= 0 || v.progress >= 100))
    errors.push({
      name: ['progress'],
      message: { zh: '进行中的点位进度应在 1%–99% 之间', en: 'A site under way is between 1 and 99 %' },
    })
  for (const check of CHECKS)
    if (!v[check]?.finding)
      errors.push({ name: [check, 'finding'], message: { zh: '请选择督查结论', en: 'Choose a finding' } })
  const problems = v.problems?.trim() ?? ''
  if (!problems && hasProblem(v))
    errors.push({
      name: ['problems'],
      message: { zh: '发现问题时请写明存在的问题', en: 'Say what the problem is' },
    })
  else if (!problems && v.raiseProblems)
    errors.push({
      name: ['problems'],
      message: { zh: '请写明要转交办理的问题', en: 'Say what problem to send for handling' },
    })
  return errors
}

/** Whether any of the three checks found a problem. */
export const hasProblem = (v: Pick<ReportValues, Check>) => CHECKS.some((c) => v[c]?.finding === 'problem')

/** The report's body for POST /api/projects/sites/{id}/report. */
export function reportBody(
  v: ReportValues,
  extra: { version: number; photoIds: string[]; checkIn: { lat: number; lng: number } | null },
): SiteActionBody {
  const finding = (c: Check) => ({ finding: v[c].finding!, note: v[c].note?.trim() ?? '' })
  const problems = v.problems?.trim() ?? ''
  return {
    version: extra.version,
    month: v.month,
    status: v.status,
    progress: v.progress,
    onTime: finding('onTime'),
    quality: finding('quality'),
    quantity: finding('quantity'),
    problems,
    opinion: v.opinion?.trim() ?? '',
    photoIds: extra.photoIds,
    checkIn: extra.checkIn,
    raiseProblems: Boolean(v.raiseProblems && problems),
  }
}

/** The most photos a report takes. */
export const MAX_PHOTOS = 9

/** What to tell the deputy when the phone does not give its position (GeolocationPositionError codes). */
export function locationProblem(code: number | 'unsupported'): Bilingual {
  if (code === 'unsupported')
    return {
      zh: '此浏览器不支持定位，可不填写',
      en: 'This browser cannot locate you; the location is optional',
    }
  if (code === 1)
    return {
      zh: '未获得定位权限：请在浏览器设置中允许本站使用位置信息，或不填写定位',
      en: 'Location permission refused: allow it in the browser’s settings, or leave the location out',
    }
  if (code === 3) return { zh: '定位超时，请到开阔处重试', en: 'Locating timed out; try again in the open' }
  return { zh: '暂时无法获取位置，请稍后重试', en: 'The position is not available; try again later' }
}
