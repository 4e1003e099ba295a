import { EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Skeleton, Space, Tag } from 'antd'
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { CalendarDay } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { calendarYearStatusLabels, label } from '../../shared/labels'
import { countyDay } from '../../shared/time'
import { can, useMe } from '../auth'
import { ListError, PageHead } from '../components/list'
import { HolidayList } from './HolidayList'
import { Legend } from './Legend'
import { MonthGrid } from './MonthGrid'
import { NoticeDrawer } from './NoticeDrawer'
import { OfficeHoursCard } from './OfficeHoursCard'
import { OverrideModal } from './OverrideModal'
import { useCalendarDays, useCalendarYear } from './queries'
import { SupportThresholdCard } from './SupportThresholdCard'
import { TimeLimitsCard } from './TimeLimitsCard'
import { YearBanner } from './YearBanner'
import './calendar.css'

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
const STATUS_COLOR = { provisional: 'orange', notice: 'green', statutory: 'blue' } as const

/** The year shown: ?year= when it is one the server takes, else the county's current year. */
function yearOf(param: string | null, today: string): number {
  const year = Number(param)
  return Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : Number(today.slice(0, 4))
}

/**
 * The county's working-day calendar: a year's holidays and make-up working days (published, entered from the
 * State Council's notice, or computed and provisional), the county's corrections, office hours and time limits.
 * Everyone signed in reads it; county admins enter the notice, correct days and set the office hours.
 */
export function CalendarPage() {
  const { t, lang } = useLang()
  const me = useMe()
  const admin = can(me, 'county.admin')
  const [params, setParams] = useSearchParams()
  const today = countyDay()
  const year = yearOf(params.get('year'), today)
  const view = useCalendarYear(year)
  const days = useCalendarDays(year)
  const [noticeOpen, setNoticeOpen] = useState(false)
  const [picked, setPicked] = useState<CalendarDay | null>(null)
  const byDay = useMemo(() => new Map((days.data?.items ?? []).map((d) => [d.day, d])), [days.data])
  const goTo = (next: number) => setParams({ year: String(next) }, { replace: true })
  const status = view.data?.status

  return (
    <>
      <PageHead
        title={t('工作日历', 'Working-day calendar')}
        extra={
          <Space wrap>
            <div className="lx-cal-yearbar">
              <Button
                icon={<LeftOutlined />}
                aria-label={t('上一年', 'Previous year')}
                onClick={() => goTo(year - 1)}
              />
              <span className="lx-cal-year" data-testid="calendar-year">
                {t(`${year}年`, String(year))}
              </span>
              <Button
                icon={<RightOutlined />}
                aria-label={t('下一年', 'Next year')}
                onClick={() => goTo(year + 1)}
              />
              {status && (
                <Tag color={STATUS_COLOR[status]} variant="filled">
                  {label(calendarYearStatusLabels, status, lang)}
                </Tag>
              )}
              {String(year) !== today.slice(0, 4) && (
                <Button type="link" onClick={() => goTo(Number(today.slice(0, 4)))}>
                  {t('回到今年', 'This year')}
                </Button>
              )}
            </div>
            {admin && view.data && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setNoticeOpen(true)}>
                {view.data.notice
                  ? t('修改放假通知', 'Edit the notice')
                  : t('录入放假通知', 'Enter the notice')}
              </Button>
            )}
          </Space>
        }
      />
      <ListError error={view.error ?? days.error} />
      {view.data ? (
        <YearBanner view={view.data} />
      ) : (
        !view.error && <Skeleton active paragraph={{ rows: 1 }} />
      )}
      <Legend />
      {admin && (
        <p className="lx-timeline-meta" style={{ margin: '-4px 0 12px' }}>
          {t(
            '点击日期可设置本县调整（如台风停工、临时上班）。',
            'Click a day to correct it for the county (a typhoon day off, a working day).',
          )}
        </p>
      )}
      {days.isPending ? (
        <Skeleton active />
      ) : (
        <div className="lx-cal-months" data-testid="calendar-months">
          {MONTHS.map((m) => (
            <MonthGrid
              key={m}
              year={year}
              month={m}
              days={byDay}
              today={today}
              onPick={admin ? setPicked : undefined}
            />
          ))}
        </div>
      )}
      <div className="lx-cal-cards">
        {view.data && <HolidayList view={view.data} />}
        <OfficeHoursCard editable={admin} />
        <TimeLimitsCard editable={admin} />
        <SupportThresholdCard editable={admin} />
      </div>
      {noticeOpen && view.data && <NoticeDrawer view={view.data} onClose={() => setNoticeOpen(false)} />}
      {picked && <OverrideModal day={picked} onClose={() => setPicked(null)} />}
    </>
  )
}
