import type { Bilingual } from '../../shared/i18n'
import type { Answer } from './types'

/** The projects module's public answers (民生实事项目 and their sites), from the generated API types. */
export type ProjectsOverview = Answer<'/api/public/projects', 'application/json'>
export type SiteCollection = Answer<'/api/public/projects/sites.geojson', 'application/json'>
export type SiteProperties = SiteCollection['features'][number]['properties']
export type SiteDetail = Answer<'/api/public/projects/sites/{id}', 'application/json'>
export type AspectReport = NonNullable<SiteDetail['latestReport']>['onTime']
export type SiteStatus = SiteProperties['status']
export type SiteColour = SiteProperties['colour']
export type Finding = AspectReport['finding']

export const STATUSES: readonly SiteStatus[] = ['not_started', 'in_progress', 'completed']

export const STATUS_COLOUR: Record<SiteStatus, SiteColour> = {
  not_started: 'red',
  in_progress: 'yellow',
  completed: 'blue',
}

export const statusLabels: Record<SiteStatus, Bilingual> = {
  not_started: { zh: '未开始', en: 'Not started' },
  in_progress: { zh: '进行中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
}

export const colourLabels: Record<SiteColour, Bilingual> = {
  red: { zh: '红', en: 'red' },
  yellow: { zh: '黄', en: 'yellow' },
  blue: { zh: '蓝', en: 'blue' },
}

export { findingLabels } from '../../shared/site-labels'
