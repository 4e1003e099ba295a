import { Card, Empty, Tag } from 'antd'
import type { CalendarYear } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { calendarDaySourceLabels, label, noticeDayKindLabels } from '../../shared/labels'
import { daysBetween } from './days'
import { rangeText } from './format'
import { groupIntoRanges } from './ranges'

/** The year's holidays and make-up days as the notice prints them, with the county's own corrections apart. */
export function HolidayList({ view }: { view: CalendarYear }) {
  const { t, lang } = useLang()
  const statutory = view.days.filter(
    (d) => d.source !== 'override' && (d.kind === 'holiday' || d.kind === 'makeup'),
  )
  const ranges = groupIntoRanges(
    statutory.map((d) => ({ day: d.day, kind: d.kind as 'holiday' | 'makeup', name: d.name })),
  )
  const overrides = view.days.filter((d) => d.source === 'override')
  const englishName = new Map(statutory.map((d) => [d.day, d.nameEn]))
  return (
    <Card
      size="small"
      title={t(`${view.year}年放假安排`, `Holidays in ${view.year}`)}
      data-testid="holiday-list"
    >
      {ranges.length === 0 && overrides.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无节假日', 'No holidays')} />
      ) : (
        <ul className="lx-cal-holidays">
          {ranges.map((r) => {
            const count = daysBetween(r.from, r.to) + 1
            const nameEn = englishName.get(r.from)?.replace(/ \((make-up working day|day in lieu)\)$/, '')
            return (
              <li key={`${r.kind}-${r.from}`}>
                <span className="lx-cal-holiday-name">{lang === 'en' && nameEn ? nameEn : r.name}</span>
                <span className="lx-cal-holiday-days">
                  {rangeText(r.from, r.to, lang)}
                  {count > 1 ? t(`，共 ${count} 天`, ` · ${count} days`) : ''}
                </span>
                <Tag color={r.kind === 'holiday' ? 'red' : 'blue'}>
                  {label(noticeDayKindLabels, r.kind, lang)}
                </Tag>
                {view.status === 'provisional' && <Tag color="orange">{t('暂定', 'Provisional')}</Tag>}
              </li>
            )
          })}
          {overrides.map((d) => (
            <li key={`override-${d.day}`}>
              <span className="lx-cal-holiday-name">{d.name || '—'}</span>
              <span className="lx-cal-holiday-days">{rangeText(d.day, d.day, lang)}</span>
              <Tag color="purple">{label(calendarDaySourceLabels, d.source, lang)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
