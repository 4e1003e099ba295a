import { Button, DatePicker, Empty, Spin, Tag } from 'antd'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { countyDateTime, countyDay } from '../../shared/time'
import { useMe } from '../auth'
import { ListError, PageHead } from '../components/list'
import { addDays } from '../duty/days'
import { useReceptions } from '../rounds/queries'
import { useQueue } from './hooks'
import { getReception, type LocalReception } from './store'
import './recording.css'

/** 接待记录: the records of a date range with the people received, and those still waiting on this phone. */
export function ReceptionsPage() {
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const roundId = params.get('round') ?? undefined
  const [range, setRange] = useState<[string, string]>([addDays(countyDay(), -30), countyDay()])
  const list = useReceptions({ from: range[0], to: range[1], ...(roundId ? { roundId } : {}) })
  const creating = useQueue(me.id).filter((o) => o.kind === 'reception.create')
  const [unsent, setUnsent] = useState<LocalReception[]>([])
  const creatingKey = creating.map((o) => o.group).join()
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the groups waiting
  useEffect(() => {
    void Promise.all(creating.map((o) => getReception(o.group))).then((rs) =>
      setUnsent(rs.filter((r): r is LocalReception => Boolean(r))),
    )
  }, [creatingKey])
  return (
    <div className="lx-rec">
      <PageHead
        title={t('接待记录', 'Reception records')}
        extra={
          me.capabilities.includes('receptions.record') && (
            <Button type="primary" onClick={() => navigate('/receptions/new')}>
              {t('开始接待', 'Start a reception')}
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
      </div>
      {unsent.length > 0 && (
        <>
          <h3 className="lx-rec-h">{t('本机待同步', 'Waiting on this phone')}</h3>
          {unsent.map((r) => (
            <Link key={r.id} to={`/receptions/${r.id}`} className="lx-round-card">
              <strong>{r.place}</strong> <Tag color="orange">{t('待同步', 'Waiting')}</Tag>
              <div className="lx-round-stop-meta">{countyDateTime(r.startedAt)}</div>
            </Link>
          ))}
        </>
      )}
      {list.error && <ListError error={list.error} />}
      {list.isLoading && <Spin />}
      {list.data && (
        <div className="lx-rec-totals">
          <div>
            <b data-testid="people-total">{list.data.people}</b>
            <span>{t('接待人次', 'People received')}</span>
          </div>
          <div>
            <b>{list.data.receptions.length}</b>
            <span>{t('接待场次', 'Sessions')}</span>
          </div>
          <div>
            <b>{list.data.receptions.reduce((n, r) => n + r.issueCount, 0)}</b>
            <span>{t('反映问题', 'Issues')}</span>
          </div>
        </div>
      )}
      {list.data?.receptions.length === 0 && (
        <Empty description={t('该时段没有接待记录', 'No record in this range')} />
      )}
      {list.data?.receptions.map((r) => (
        <Link key={r.id} to={`/receptions/${r.id}`} className="lx-round-card" data-testid="reception-card">
          <div className="lx-round-stop-head">
            <strong>{r.round ? `${r.round.title} · ${r.round.stopName}` : r.venue?.name}</strong>
            <Tag color={r.status === 'open' ? 'red' : 'default'}>{t(r.statusLabel.zh, r.statusLabel.en)}</Tag>
            <Tag>{r.kind === 'mobile' ? t('流动巡诊', 'Mobile') : t('站内接待', 'Station')}</Tag>
          </div>
          <div className="lx-round-stop-meta">
            {countyDateTime(r.startedAt)} · {r.regionName} · {r.deputies.map((d) => d.name).join('、')}
            <br />
            {t(
              `${r.people} 人次 · ${r.visitorCount} 次来访 · ${r.issueCount} 个问题`,
              `${r.people} people · ${r.visitorCount} visits · ${r.issueCount} issues`,
            )}
          </div>
        </Link>
      ))}
    </div>
  )
}
