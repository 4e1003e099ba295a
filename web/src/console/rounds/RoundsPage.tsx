import { Button, DatePicker, Empty, Segmented, Spin, Tag } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { useLang } from '../../shared/i18n'
import { countyDateTime, countyDay } from '../../shared/time'
import { useMe } from '../auth'
import { ListError, PageHead } from '../components/list'
import { addDays } from '../duty/days'
import '../recording/recording.css'
import { statusColor, stopKindLabels } from './labels'
import { useRounds } from './queries'

/** 流动巡诊: the rounds of a date range (a week back, a month ahead), as cards a phone can read. */
export function RoundsPage() {
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const [range, setRange] = useState<[string, string]>([addDays(countyDay(), -7), addDays(countyDay(), 30)])
  const [mine, setMine] = useState(me.deputyId !== null && !me.capabilities.includes('duty.edit'))
  const rounds = useRounds({ from: range[0], to: range[1], ...(mine ? { mine: true } : {}) })
  return (
    <div className="lx-rec">
      <PageHead
        title={t('流动巡诊', 'Mobile rounds')}
        extra={
          me.capabilities.includes('duty.edit') && (
            <Button type="primary" onClick={() => navigate('/rounds/new')}>
              {t('安排巡诊', 'Plan a round')}
            </Button>
          )
        }
      />
      <div className="lx-toolbar">
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
        />
        {me.deputyId && (
          <Segmented
            value={mine ? 'mine' : 'all'}
            onChange={(v) => setMine(v === 'mine')}
            options={[
              { value: 'mine', label: t('我参加的', 'Mine') },
              { value: 'all', label: t('全部', 'All') },
            ]}
          />
        )}
      </div>
      {rounds.error && <ListError error={rounds.error} />}
      {rounds.isLoading && <Spin />}
      {rounds.data?.rounds.length === 0 && (
        <Empty description={t('该时段没有流动巡诊', 'No round in this range')} />
      )}
      {rounds.data?.rounds.map((r) => {
        const people = r.stops.reduce((n, s) => n + s.people, 0)
        return (
          <Link key={r.id} to={`/rounds/${r.id}`} className="lx-round-card" data-testid="round-card">
            <div className="lx-round-stop-head">
              <strong>{r.title}</strong>
              <Tag color={statusColor[r.status]}>{t(r.statusLabel.zh, r.statusLabel.en)}</Tag>
            </div>
            <div className="lx-round-stop-meta">
              {r.day} · {r.townName} · {r.deputies.map((d) => d.name).join('、')}
              <br />
              {t(`共接待 ${people} 人次`, `${people} people received`)}
            </div>
            <ol className="lx-round-card-stops">
              {r.stops.map((s) => (
                <li key={s.id}>
                  {countyDateTime(s.startsAt).slice(11)} {s.name}（
                  {t(stopKindLabels[s.kind].zh, stopKindLabels[s.kind].en)}，{s.regionName}）
                  {t(`${s.people} 人次`, ` ${s.people} people`)}
                </li>
              ))}
            </ol>
          </Link>
        )
      })}
    </div>
  )
}
