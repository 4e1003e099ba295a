import { Alert } from 'antd'
import type { CalendarYear } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'

/**
 * Where the year's holidays come from: the published calendar, the notice the county entered (who, when), or the
 * law's computation, provisional until the notice is entered (a warning).
 */
export function YearBanner({ view }: { view: CalendarYear }) {
  const { t } = useLang()
  if (view.status === 'provisional')
    return (
      <Alert
        className="lx-gap"
        type="warning"
        showIcon
        data-testid="calendar-banner"
        data-status={view.status}
        title={t(`${view.year}年节假日为暂定安排`, `${view.year}: provisional holidays`)}
        description={t(view.message)}
      />
    )
  if (view.status === 'notice' && view.notice)
    return (
      <Alert
        className="lx-gap"
        type="success"
        showIcon
        data-testid="calendar-banner"
        data-status={view.status}
        title={view.notice.title || t(view.message)}
        description={t(
          `已按通知录入：${view.notice.enteredBy ?? '—'}，${countyDateTime(view.notice.enteredAt)}（北京时间）`,
          `Entered from the notice by ${view.notice.enteredBy ?? '—'} on ${countyDateTime(view.notice.enteredAt)} (China Standard Time)`,
        )}
      />
    )
  return (
    <Alert
      className="lx-gap"
      type="info"
      showIcon
      data-testid="calendar-banner"
      data-status={view.status}
      title={t(view.message)}
      description={t(
        '本年度放假和调休安排以国务院办公厅公布的通知为准。',
        "The year's holidays and make-up working days follow the State Council's published notice.",
      )}
    />
  )
}
