import type { ReportedSiteStatus, SiteColour, SiteFinding, SiteStatus } from '../../shared/api/types'
import type { Bilingual } from '../../shared/i18n'

/** A site's states, in the order of the work (crossed-off sites stay blue on the map). */
export const siteStatusLabels: Record<SiteStatus, Bilingual> = {
  not_started: { zh: '未开始', en: 'Not started' },
  in_progress: { zh: '进行中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  crossed_off: { zh: '已销号', en: 'Crossed off' },
}

/** The states a lead deputy reports (crossing off is the congress staff's). */
export const REPORTED_STATUSES: readonly ReportedSiteStatus[] = ['not_started', 'in_progress', 'completed']

export const colourLabels: Record<SiteColour, Bilingual> = {
  red: { zh: '红', en: 'Red' },
  yellow: { zh: '黄', en: 'Yellow' },
  blue: { zh: '蓝', en: 'Blue' },
}

/** The map's colours, as CSS colours (the chips, dots and progress bars). */
export const colourHex: Record<SiteColour, string> = {
  red: '#d4380d',
  yellow: '#fadb14',
  blue: '#1677ff',
}

export const colourOf = (status: SiteStatus): SiteColour =>
  status === 'not_started' ? 'red' : status === 'in_progress' ? 'yellow' : 'blue'

/** The three checks of a monthly report: 按时 · 保质 · 保量. */
export const CHECKS = ['onTime', 'quality', 'quantity'] as const
export type Check = (typeof CHECKS)[number]

export const checkLabels: Record<Check, Bilingual> = {
  onTime: { zh: '按时', en: 'On time' },
  quality: { zh: '保质', en: 'Quality' },
  quantity: { zh: '保量', en: 'Quantity' },
}

export const FINDINGS: readonly SiteFinding[] = ['good', 'concern', 'problem']

/** Each check's words for its findings. */
export const findingLabels: Record<Check, Record<SiteFinding, Bilingual>> = {
  onTime: {
    good: { zh: '按时', en: 'On schedule' },
    concern: { zh: '有滞后风险', en: 'At risk of delay' },
    problem: { zh: '已滞后', en: 'Behind schedule' },
  },
  quality: {
    good: { zh: '质量合格', en: 'Quality sound' },
    concern: { zh: '需关注', en: 'Needs watching' },
    problem: { zh: '有质量问题', en: 'Quality problem' },
  },
  quantity: {
    good: { zh: '数量达标', en: 'Quantity met' },
    concern: { zh: '需关注', en: 'Needs watching' },
    problem: { zh: '数量不足', en: 'Quantity short' },
  },
}

export const findingColour: Record<SiteFinding, string> = {
  good: 'green',
  concern: 'gold',
  problem: 'red',
}
