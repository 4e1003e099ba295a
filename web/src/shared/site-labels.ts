import type { SiteFinding } from './api/types'
import type { Bilingual } from './i18n'

/**
 * The words of a project site's monthly report, one place for the console and the public map: the programme's
 * three checks 按时 · 保质 · 保量 and what each finding reads as (docs/domain.md "Livelihood projects and the
 * one-map").
 */

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
