import { Button, Empty, Segmented, Select, Space, Spin } from 'antd'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { DutySlot } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { useMe } from '../auth'
import { ListError, PageHead } from '../components/list'
import { useVenues } from '../venues/queries'
import { addDays, dayWithWeekday } from './days'
import './duty.css'
import { useDutySlots } from './queries'
import { RulesCard } from './RulesCard'
import { SlotCard } from './SlotCard'

const SPAN = 28

/**
 * 排班: a venue's duty slots four weeks at a time, with its rules; a deputy sees their own duty. Station staff
 * open on their own venue. Cards rather than a table, so that the page works on a phone.
 */
export function DutyPage() {
  const { t, lang } = useLang()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const ownVenue = me.roles.find((r) => r.role === 'station_staff' && r.venueId)?.venueId ?? undefined
  const isDeputy = me.deputyId !== null
  const keeps = me.capabilities.includes('duty.edit')
  const [view, setView] = useState<'venue' | 'mine'>(isDeputy && !keeps ? 'mine' : 'venue')
  const venueId = params.get('venueId') ?? ownVenue
  const from = params.get('from') ?? params.get('day') ?? countyDay()
  const to = addDays(from, SPAN - 1)
  const venues = useVenues({ limit: 500, offset: 0 })
  const venue = venues.data?.items.find((v) => v.id === venueId)
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    next.delete('day')
    setParams(next, { replace: true })
  }
  const slots = useDutySlots(
    view === 'mine' ? { from, to, mine: true } : { from, to, ...(venueId ? { venueId } : {}) },
  )
  const byDay = new Map<string, DutySlot[]>()
  for (const s of slots.data?.slots ?? []) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s])
  return (
    <>
      <PageHead title={t('接待排班', 'Duty schedule')} />
      <div className="lx-toolbar lx-duty-toolbar">
        {isDeputy && (
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'venue' | 'mine')}
            options={[
              { value: 'mine', label: t('我的排班', 'My duty') },
              { value: 'venue', label: t('按联络阵地', 'By venue') },
            ]}
          />
        )}
        {view === 'venue' && (
          <Select
            className="lx-duty-venue-select"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('全部联络阵地', 'All venues')}
            loading={venues.isPending}
            value={venueId}
            onChange={(v) => set('venueId', v)}
            options={(venues.data?.items ?? []).map((v) => ({
              value: v.id,
              label: `${v.name} · ${v.regionName}`,
            }))}
          />
        )}
        <Space>
          <Button onClick={() => set('from', addDays(from, -SPAN))}>‹ {t('前四周', 'Earlier')}</Button>
          <Button onClick={() => set('from', addDays(from, SPAN))}>{t('后四周', 'Later')} ›</Button>
        </Space>
      </div>
      <p className="lx-muted" data-testid="duty-range">
        {dayWithWeekday(from, lang)} – {dayWithWeekday(to, lang)}
      </p>
      {view === 'venue' && venueId && (
        <RulesCard venueId={venueId} townCode={venue?.townCode} canEdit={keeps} />
      )}
      <ListError error={slots.error} />
      {slots.isPending ? (
        <Spin style={{ display: 'block', margin: 32 }} />
      ) : byDay.size === 0 ? (
        <Empty description={t('这段时间没有排班', 'No duty in these weeks')} />
      ) : (
        <ol className="lx-duty-days">
          {[...byDay].map(([day, items]) => (
            <li key={day}>
              <h2 className="lx-duty-day">{dayWithWeekday(day, lang)}</h2>
              <ul className="lx-duty-slots">
                {items.map((s) => (
                  <SlotCard key={s.id} slot={s} townCode={s.townCode} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
