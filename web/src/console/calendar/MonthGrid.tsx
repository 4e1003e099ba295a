import type { CalendarDay } from '../../shared/api/types'
import { type Lang, useLang } from '../../shared/i18n'
import { monthWeeks } from './days'
import { dayClasses, dayDescription, dayTitle, MONTHS_EN } from './format'

const WEEKDAYS_ZH = ['一', '二', '三', '四', '五', '六', '日']
const WEEKDAYS_EN = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']
const MARK: Partial<Record<CalendarDay['kind'], Record<Lang, string>>> = {
  holiday: { zh: '休', en: 'H' },
  makeup: { zh: '班', en: 'W' },
}

interface MonthGridProps {
  year: number
  month: number
  days: ReadonlyMap<string, CalendarDay>
  today: string
  /** Given for county admins: a day cell is then a button. */
  onPick?: (day: CalendarDay) => void
}

/** One month as a Monday-first grid; each day coloured by its kind. */
export function MonthGrid({ year, month, days, today, onPick }: MonthGridProps) {
  const { lang, t } = useLang()
  const weekdays = lang === 'zh' ? WEEKDAYS_ZH : WEEKDAYS_EN
  return (
    <section
      className="lx-cal-month"
      aria-label={t(`${year}年${month}月`, `${MONTHS_EN[month - 1]} ${year}`)}
    >
      <h3>
        {t(`${month}月`, MONTHS_EN[month - 1])}
        {lang === 'zh' && <small>{MONTHS_EN[month - 1]}</small>}
      </h3>
      <table className="lx-cal-grid">
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, i) => (
                <td key={day ?? `blank-${i}`}>
                  {day && <DayCell day={day} info={days.get(day)} today={today} onPick={onPick} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function DayCell({
  day,
  info,
  today,
  onPick,
}: {
  day: string
  info: CalendarDay | undefined
  today: string
  onPick?: (day: CalendarDay) => void
}) {
  const { lang } = useLang()
  const description = info ? dayDescription(info, lang) : dayTitle(day, lang)
  const mark = info ? MARK[info.kind]?.[lang] : undefined
  const content = (
    <>
      {Number(day.slice(8))}
      {mark && (
        <span className="lx-cal-mark" aria-hidden="true">
          {mark}
        </span>
      )}
    </>
  )
  const common = {
    className: dayClasses(info, today),
    title: description,
    'data-day': day,
    'data-kind': info?.kind,
    'data-source': info?.source,
  }
  if (onPick && info)
    return (
      <button type="button" {...common} aria-label={description} onClick={() => onPick(info)}>
        {content}
      </button>
    )
  return (
    <div {...common} role="img" aria-label={description}>
      {content}
    </div>
  )
}
