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

export { CHECKS, type Check, checkLabels, FINDINGS, findingLabels } from '../../shared/site-labels'

export const findingColour: Record<SiteFinding, string> = {
  good: 'green',
  concern: 'gold',
  problem: 'red',
}
