import { Link } from 'react-router'
import type { PublicVenue } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'

type NextDutyData = NonNullable<PublicVenue['nextDuty']>

/**
 * The next reception on the published duty schedule (排班), as the API sends it (`nextDuty`): when, where, who;
 * without one in the coming 60 days it says so and points to the whole schedule.
 */
export function NextDuty({ duty, showVenue = false }: { duty: NextDutyData | null; showVenue?: boolean }) {
  const { t, lang } = useLang()
  if (!duty)
    return (
      <span className="lx-next-duty lx-next-duty-none" data-next-duty="none">
        {t('近期暂无排班，', 'No session scheduled soon; ')}
        <Link to="/duty">{t('查看排班表', 'see the schedule')}</Link>
      </span>
    )
  const who = duty.deputies.map((d) => d.name).join(lang === 'zh' ? '、' : ', ')
  return (
    <span className="lx-next-duty" data-next-duty={duty.startsAt}>
      {countyDateTime(duty.startsAt)}–{countyDateTime(duty.endsAt).slice(-5)}
      {showVenue && ` · ${duty.venue.name}`}
      {who && ` · ${who}`}
    </span>
  )
}
