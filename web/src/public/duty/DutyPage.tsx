import { useState } from 'react'
import { Link } from 'react-router'
import type { PublicRound, PublicDutySlot as Slot } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { BackLink, LoadError, Loading } from '../components/common'
import { TownFilter } from '../home/TownFilter'
import { addDays, clock, dayLabel, groupBy } from './days'
import './duty.css'
import { useDutySchedule, usePublicRounds } from './queries'

const SPAN = 28

/** 代表接待排班: who receives citizens at which station, day by day, four weeks at a time. */
export function DutyPage() {
  const { t, lang } = useLang()
  const [town, setTown] = useState<string | undefined>()
  const [from, setFrom] = useState(() => countyDay())
  const to = addDays(from, SPAN - 1)
  const schedule = useDutySchedule({ from, to, ...(town ? { townCode: town } : {}) })
  const rounds = usePublicRounds({ from, to, ...(town ? { townCode: town } : {}) })
  const roundsOf = groupBy(rounds.data?.rounds ?? [], (r) => r.day)
  const days = [
    ...new Set([...(schedule.data?.slots ?? []).map((s) => s.day), ...roundsOf.map(([d]) => d)]),
  ].sort()
  return (
    <article className="lx-detail lx-duty">
      <BackLink />
      <header className="lx-detail-head">
        <h1>{t('代表接待排班', 'When deputies receive you')}</h1>
        <p className="lx-muted">
          {t(
            '人大代表按排班在联络站、联络点坐班接待，听取您的意见建议。遇节假日调整的场次会注明原因。',
            'Deputies sit at liaison stations and points on this schedule to hear you in person. A session moved or cancelled for a holiday says why.',
          )}
        </p>
      </header>
      <TownFilter value={town} onChange={setTown} />
      <nav className="lx-duty-range" aria-label={t('日期范围', 'Date range')}>
        <button type="button" className="lx-chip" onClick={() => setFrom(addDays(from, -SPAN))}>
          ‹ {t('前四周', 'Earlier')}
        </button>
        <span data-testid="duty-range">
          {dayLabel(from, lang)} – {dayLabel(to, lang)}
        </span>
        <button type="button" className="lx-chip" onClick={() => setFrom(addDays(from, SPAN))}>
          {t('后四周', 'Later')} ›
        </button>
      </nav>
      {schedule.isPending ? (
        <Loading />
      ) : schedule.isError ? (
        <LoadError error={schedule.error} onRetry={() => schedule.refetch()} />
      ) : days.length === 0 ? (
        <p className="lx-state">{t('这段时间没有排班', 'No sessions in these weeks')}</p>
      ) : (
        <ol className="lx-duty-days">
          {days.map((day) => (
            <li key={day}>
              <h2 className="lx-duty-day">{dayLabel(day, lang)}</h2>
              <ul className="lx-duty-slots">
                {(roundsOf.find(([d]) => d === day)?.[1] ?? []).map((round) => (
                  <RoundCard key={round.id} round={round} />
                ))}
                {schedule.data.slots
                  .filter((slot) => slot.day === day)
                  .map((slot) => (
                    <SlotCard key={slot.id} slot={slot} />
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </article>
  )
}

function SlotCard({ slot }: { slot: Slot }) {
  const { t, lang } = useLang()
  const cancelled = slot.status === 'cancelled'
  return (
    <li className={`lx-duty-slot${cancelled ? ' lx-duty-cancelled' : ''}`} data-testid="duty-slot">
      <div className="lx-duty-time">
        {clock(slot.startsAt)}–{clock(slot.endsAt)}
        {cancelled ? (
          <span className="lx-duty-flag lx-duty-flag-off">{t('已取消', 'Cancelled')}</span>
        ) : slot.moved ? (
          <span className="lx-duty-flag">{t('已调整', 'Moved')}</span>
        ) : null}
      </div>
      <Link to={`/venues/${slot.venue.id}`} className="lx-duty-venue">
        {slot.venue.name}
      </Link>
      <div className="lx-muted lx-small">{slot.regionName}</div>
      {slot.deputies.length > 0 && (
        <div className="lx-duty-deputies">
          {t('接待代表：', 'Deputies: ')}
          {slot.deputies.map((d, i) => (
            <span key={d.id}>
              {i > 0 && (lang === 'zh' ? '、' : ', ')}
              <Link to={`/deputies/${d.id}`}>{d.name}</Link>
            </span>
          ))}
        </div>
      )}
      {slot.changeReason && <p className="lx-duty-reason">{t(slot.changeReason)}</p>}
    </li>
  )
}

/** A mobile round (流动巡诊): deputies touring villages, communities and enterprises, each stop with its time. */
function RoundCard({ round }: { round: PublicRound }) {
  const { t, lang } = useLang()
  const cancelled = round.status === 'cancelled'
  const kinds = {
    village: t('村', 'Village'),
    community: t('社区', 'Community'),
    enterprise: t('企业', 'Enterprise'),
  }
  return (
    <li
      className={`lx-duty-slot lx-duty-round${cancelled ? ' lx-duty-cancelled' : ''}`}
      data-testid="duty-round"
    >
      <div className="lx-duty-time">
        <span className="lx-duty-flag lx-duty-flag-round">{t('流动巡诊', 'Mobile round')}</span>
        {cancelled && <span className="lx-duty-flag lx-duty-flag-off">{t('已取消', 'Cancelled')}</span>}
      </div>
      <div className="lx-duty-venue">{round.title}</div>
      <div className="lx-muted lx-small">{round.townName}</div>
      <div className="lx-duty-deputies">
        {t('巡诊代表：', 'Deputies: ')}
        {round.deputies.map((d, i) => (
          <span key={d.id}>
            {i > 0 && (lang === 'zh' ? '、' : ', ')}
            <Link to={`/deputies/${d.id}`}>{d.name}</Link>
          </span>
        ))}
      </div>
      <ol className="lx-duty-stops">
        {round.stops.map((stop) => (
          <li key={stop.id}>
            <span className="lx-duty-stop-time">
              {clock(stop.startsAt)}–{clock(stop.endsAt)}
            </span>{' '}
            {stop.name}
            <span className="lx-muted lx-small">
              {' '}
              （{kinds[stop.kind]} · {stop.regionName}）
            </span>
          </li>
        ))}
      </ol>
    </li>
  )
}
