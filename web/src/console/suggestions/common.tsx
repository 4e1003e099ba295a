import { Select, Tag, Tooltip } from 'antd'
import dayjs from 'dayjs'
import type { Me, SuggestionStatus } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, statusLabels } from '../../shared/labels'
import { countyDateTime } from '../../shared/time'
import { useCategories } from './queries'

/** Every status, in the order of the loop. */
export const ALL_STATUSES: SuggestionStatus[] = codesOf(statusLabels)

const STATUS_COLOR: Record<SuggestionStatus, string> = {
  submitted: 'gold',
  accepted: 'orange',
  rejected: 'default',
  answered_on_spot: 'green',
  routed: 'cyan',
  assigned: 'blue',
  signed: 'geekblue',
  in_progress: 'processing',
  replied: 'purple',
  reviewed: 'magenta',
  feedback_given: 'lime',
  closed: 'success',
}

export function StatusTag({ status }: { status: SuggestionStatus }) {
  const { lang } = useLang()
  return <Tag color={STATUS_COLOR[status]}>{label(statusLabels, status, lang)}</Tag>
}

/**
 * What each role works on first (the queue's default filter): intake staff the items waiting for them, units
 * the items they hold; deputies see their whole inbox. Someone with several roles gets the union.
 */
export function defaultStatuses(me: Me): SuggestionStatus[] | null {
  const wanted = new Set<SuggestionStatus>()
  let everything = false
  for (const r of me.roles) {
    if (r.role === 'county_admin' || r.role === 'town_staff') {
      for (const s of ['submitted', 'accepted', 'routed', 'replied', 'reviewed'] as const) wanted.add(s)
    } else if (r.role === 'station_staff') {
      for (const s of ['submitted', 'accepted'] as const) wanted.add(s)
    } else if (r.role === 'unit_staff') {
      for (const s of ['assigned', 'signed', 'in_progress'] as const) wanted.add(s)
    } else if (r.role === 'deputy') {
      everything = true
    }
  }
  if (everything || wanted.size === 0) return null
  return ALL_STATUSES.filter((s) => wanted.has(s))
}

/** "剩 2 天" / "超期 5 小时", red when overdue, orange in the last day. */
export function DueText({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  const { t } = useLang()
  if (!dueAt) return <span className="lx-muted">—</span>
  const due = dayjs(dueAt)
  const minutes = Math.abs(due.diff(dayjs(), 'minute'))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const span =
    days > 0
      ? t(`${days} 天${hours ? ` ${hours} 小时` : ''}`, `${days} d${hours ? ` ${hours} h` : ''}`)
      : hours > 0
        ? t(`${hours} 小时`, `${hours} h`)
        : t(`${minutes % 60} 分钟`, `${minutes % 60} min`)
  const late = overdue || due.isBefore(dayjs())
  return (
    <Tooltip title={countyDateTime(dueAt)}>
      <span className={late ? 'lx-overdue' : minutes < 1440 ? 'lx-due-soon' : undefined}>
        {late ? t(`超期 ${span}`, `${span} overdue`) : t(`剩 ${span}`, `${span} left`)}
      </span>
    </Tooltip>
  )
}

export function CategorySelect({
  value,
  onChange,
  width = 160,
  placeholder,
}: {
  value?: string
  onChange?: (v: string | undefined) => void
  width?: number | string
  placeholder?: string
}) {
  const { t, lang } = useLang()
  const categories = useCategories()
  return (
    <Select
      allowClear
      style={{ width }}
      placeholder={placeholder ?? t('全部类别', 'All categories')}
      loading={categories.isPending}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={(categories.data?.items ?? []).map((c) => ({
        value: c.code,
        label: lang === 'en' ? c.nameEn : c.name,
      }))}
      aria-label={t('类别', 'Category')}
    />
  )
}

/** The county a 12-digit code belongs to (its first six digits). */
export const countyOf = (code: string) => `${code.slice(0, 6)}000000`
