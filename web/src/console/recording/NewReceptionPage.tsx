import { Button, Checkbox, Empty, Radio, Select, Spin } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { countyDateTime, countyDay } from '../../shared/time'
import { useMe } from '../auth'
import { PageHead } from '../components/list'
import { useDeputies } from '../deputies/queries'
import { useDutySlots } from '../duty/queries'
import { useRound } from '../rounds/queries'
import { useVenues } from '../venues/queries'
import { openReception } from './store'
import { syncNow } from './sync'
import './recording.css'

interface Person {
  id: string
  name: string
}

/**
 * Starting a reception record: at a round's stop (`?round=&stop=`) or at a venue, on one of today's duty slots.
 * The deputies present are preselected from the round or the slot. The record is opened on this phone at once
 * (its id chosen here), so this works offline as long as the round or the slots were seen once.
 */
export function NewReceptionPage() {
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const roundId = params.get('round') ?? undefined
  const stopId = params.get('stop') ?? undefined
  const round = useRound(roundId)
  const stop = round.data?.stops.find((s) => s.id === stopId)
  const ownVenue = me.roles.find((r) => r.role === 'station_staff' && r.venueId)?.venueId ?? undefined
  const [venueId, setVenueId] = useState<string | undefined>(params.get('venue') ?? ownVenue)
  const venues = useVenues({ limit: 500, offset: 0 })
  const today = countyDay()
  const slots = useDutySlots(
    me.deputyId && !venueId ? { from: today, to: today, mine: true } : { from: today, to: today, venueId },
  )
  const openSlots = (slots.data?.slots ?? []).filter((s) => s.status !== 'cancelled')
  const [slotId, setSlotId] = useState<string | undefined>(params.get('slot') ?? undefined)
  const slot = openSlots.find((s) => s.id === slotId)
  const extra = useDeputies({ limit: 500, offset: 0 })

  const candidates: Person[] = useMemo(() => {
    if (roundId) return round.data?.deputies ?? []
    if (slot) return slot.deputies
    return []
  }, [roundId, round.data, slot])
  const [chosen, setChosen] = useState<string[]>([])
  useEffect(() => {
    const ids = candidates.map((d) => d.id)
    setChosen(me.deputyId && ids.includes(me.deputyId) ? ids : ids)
  }, [candidates, me.deputyId])

  if (roundId && round.isLoading) return <Spin className="lx-gap" />
  if (roundId && !stop)
    return <Empty className="lx-gap" description={t('找不到该巡诊站点', 'No such stop')} />

  const people = new Map<string, string>()
  for (const d of candidates) people.set(d.id, d.name)
  for (const d of extra.data?.items ?? []) if (!people.has(d.id)) people.set(d.id, d.name)
  const venueName = slot?.venue.name ?? venues.data?.items.find((v) => v.id === venueId)?.name ?? ''
  const ready = chosen.length > 0 && (roundId ? Boolean(stop) : Boolean(venueId || slot))

  const start = async () => {
    const id = crypto.randomUUID()
    await openReception(
      {
        id,
        userId: me.id,
        kind: roundId ? 'mobile' : 'station',
        venueId: roundId ? null : (slot?.venue.id ?? venueId ?? null),
        dutySlotId: roundId ? null : (slot?.id ?? null),
        roundId: roundId ?? null,
        roundStopId: stop?.id ?? null,
        place: roundId ? `${round.data!.title} · ${stop!.name}` : venueName,
        deputyIds: chosen,
        deputyNames: chosen.map((d) => people.get(d) ?? ''),
        startedAt: new Date().toISOString(),
        note: '',
      },
      true,
    )
    void syncNow()
    navigate(`/receptions/${id}`, { replace: true })
  }

  return (
    <div className="lx-rec">
      <PageHead title={t('开始接待', 'Start a reception')} />
      {roundId ? (
        <div className="lx-rec-place">
          <strong>
            {round.data!.title} · {stop!.name}
          </strong>
          <span>{stop!.regionName}</span>
        </div>
      ) : (
        <div className="lx-visitor-form">
          <div className="lx-rec-label">{t('联络阵地', 'Venue')}</div>
          <Select
            aria-label={t('联络阵地', 'Venue')}
            showSearch
            optionFilterProp="label"
            value={venueId}
            onChange={(v) => {
              setVenueId(v)
              setSlotId(undefined)
            }}
            options={(venues.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
            placeholder={t('选择联络阵地', 'Choose the venue')}
          />
          <div className="lx-rec-label">{t('今日排班', 'Today’s duty')}</div>
          {openSlots.length === 0 ? (
            <span>{t('今天没有排班，可直接选择接待代表', 'No duty today: choose the deputies below')}</span>
          ) : (
            <Radio.Group value={slotId} onChange={(e) => setSlotId(e.target.value)}>
              {openSlots.map((s) => (
                <Radio key={s.id} value={s.id}>
                  {s.venue.name} {countyDateTime(s.startsAt).slice(11)}–{countyDateTime(s.endsAt).slice(11)}
                </Radio>
              ))}
            </Radio.Group>
          )}
        </div>
      )}
      <h3 className="lx-rec-h">{t('到场代表', 'Deputies present')}</h3>
      {candidates.length > 0 && (
        <Checkbox.Group
          value={chosen}
          onChange={(v) => setChosen(v as string[])}
          options={candidates.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <Select
        className="lx-gap"
        style={{ width: '100%' }}
        mode="multiple"
        aria-label={t('其他到场代表', 'Other deputies present')}
        placeholder={t('其他到场代表（选填）', 'Other deputies present (optional)')}
        optionFilterProp="label"
        value={chosen.filter((c) => !candidates.some((d) => d.id === c))}
        onChange={(v: string[]) =>
          setChosen([...chosen.filter((c) => candidates.some((d) => d.id === c)), ...v])
        }
        options={(extra.data?.items ?? [])
          .filter((d) => !candidates.some((c) => c.id === d.id))
          .map((d) => ({ value: d.id, label: d.name }))}
      />
      <Button
        type="primary"
        size="large"
        block
        className="lx-gap"
        disabled={!ready}
        onClick={() => void start()}
      >
        {t('开始记录', 'Start recording')}
      </Button>
    </div>
  )
}
