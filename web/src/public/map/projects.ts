import type { Bilingual } from '../../shared/i18n'

/**
 * The projects module's public answers (民生实事项目 and their sites), as the map reads them. Typed by hand here
 * until the module's routes are in the generated client.
 */
export type SiteStatus = 'not_started' | 'in_progress' | 'completed'
export type SiteColour = 'red' | 'yellow' | 'blue'
export type Finding = 'good' | 'concern' | 'problem'

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

/** 按时 · 保质 · 保量: what each finding reads as, per aspect. */
export const findingLabels: Record<'onTime' | 'quality' | 'quantity', Record<Finding, Bilingual>> = {
  onTime: {
    good: { zh: '按时', en: 'On time' },
    concern: { zh: '有滞后风险', en: 'At risk of delay' },
    problem: { zh: '已滞后', en: 'Behind schedule' },
  },
  quality: {
    good: { zh: '质量合格', en: 'Quality up to standard' },
    concern: { zh: '需关注', en: 'Needs attention' },
    problem: { zh: '有质量问题', en: 'Quality problems' },
  },
  quantity: {
    good: { zh: '数量达标', en: 'Quantity on target' },
    concern: { zh: '需关注', en: 'Needs attention' },
    problem: { zh: '数量不足', en: 'Short of target' },
  },
}

export interface StatusCounts {
  notStarted: number
  inProgress: number
  completed: number
}

export interface ProjectsOverview {
  year: number
  years: number[]
  month: string | null
  months: string[]
  asOf: string
  summary: StatusCounts & {
    sites: number
    crossedOff: number
    percentComplete: number
    averageProgress: number
  }
  projects: (StatusCounts & {
    id: string
    name: string
    sites: number
    crossedOff: number
    averageProgress: number
  })[]
  towns: (StatusCounts & { code: string; name: string; sites: number })[]
}

export interface SiteProperties {
  id: string
  name: string
  projectId: string
  projectName: string
  townCode: string
  townName: string
  status: SiteStatus
  colour: SiteColour
  crossedOff: boolean
  progress: number
  leadDeputies: string[]
  unit: string | null
  lastReportMonth: string | null
}

export interface SiteCollection {
  type: 'FeatureCollection'
  year: number
  month: string | null
  asOf: string
  features: {
    type: 'Feature'
    id: string
    geometry: { type: 'Point'; coordinates: [number, number] }
    properties: SiteProperties
  }[]
}

export interface AspectReport {
  finding: Finding
  note: string
}

export interface SiteDetail {
  id: string
  name: string
  projectId: string
  projectName: string
  townCode: string
  townName: string
  address: string
  lat: number
  lng: number
  status: SiteStatus
  colour: SiteColour
  crossedOff: boolean
  crossedOffAt: string | null
  progress: number
  unit: string | null
  leadDeputies: { id: string; name: string }[]
  plan: {
    start: string | null
    end: string | null
    investment: number | null
    milestones: { name: string; due: string; done: boolean }[]
  }
  latestReport: null | {
    month: string
    filedAt: string
    deputyName: string
    progress: number
    status: SiteStatus
    onTime: AspectReport
    quality: AspectReport
    quantity: AspectReport
    problems: string
    opinion: string
    photos: { url: string }[]
  }
}
