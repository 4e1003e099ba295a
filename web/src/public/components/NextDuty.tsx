import type { PublicVenue } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'

type NextDutyData = NonNullable<PublicVenue['nextDuty']>

/**
 * DUTY (排班): the next reception on the published duty schedule, as the API sends it (`nextDuty`). The duty
 * module fills it; until a schedule is published the API sends null and this says so, inventing nothing.
 */
export function NextDuty({ duty, showVenue = false }: { duty: NextDutyData | null; showVenue?: boolean }) {
  const { t } = useLang()
  if (!duty)
    return (
      <span className="lx-next-duty lx-next-duty-none" data-next-duty="none">
        {t('排班表公布后在此显示', 'Shown here once the duty schedule is published')}
      </span>
    )
  const who = duty.deputies.map((d) => d.name).join('、')
  return (
    <span className="lx-next-duty" data-next-duty={duty.startsAt}>
      {countyDateTime(duty.startsAt)}–{countyDateTime(duty.endsAt).slice(-5)}
      {showVenue && ` · ${duty.venue.name}`}
      {who && ` · ${who}`}
    </span>
  )
}
