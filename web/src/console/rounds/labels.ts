import type { RoundStatus, RoundStop } from '../../shared/api/types'
import type { Bilingual } from '../../shared/i18n'

export const stopKindLabels: Record<RoundStop['kind'], Bilingual> = {
  village: { zh: '村', en: 'Village' },
  community: { zh: '社区', en: 'Community' },
  enterprise: { zh: '企业', en: 'Enterprise' },
}

export const statusColor: Record<RoundStatus, string> = {
  planned: 'blue',
  underway: 'red',
  completed: 'green',
  cancelled: 'default',
}
