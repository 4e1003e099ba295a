import { Card, Empty, List, Tag } from 'antd'
import { Link } from 'react-router'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { addDays, clock, dayWithWeekday } from '../duty/days'
import { statusColor } from '../rounds/labels'
import { useRounds } from '../rounds/queries'

/** A deputy's mobile rounds of today and the coming week, each opening its page (check in, record there). */
export function RoundsCard() {
  const { t, lang } = useLang()
  const today = countyDay()
  const rounds = useRounds({ from: today, to: addDays(today, 6), mine: true })
  const list = (rounds.data?.rounds ?? []).filter((r) => r.status !== 'cancelled')
  return (
    <Card
      size="small"
      className="lx-gap"
      loading={rounds.isPending}
      title={t('我的流动巡诊', 'My mobile rounds')}
      extra={<Link to="/rounds">{t('全部巡诊', 'All rounds')}</Link>}
      data-testid="workspace-rounds"
    >
      {list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('近一周没有巡诊', 'No round this week')} />
      ) : (
        <List
          size="small"
          dataSource={list}
          renderItem={(r) => (
            <List.Item>
              <Link to={`/rounds/${r.id}`} className="lx-card-body">
                <div className="lx-card-line">
                  <strong>{r.day === today ? t('今天', 'Today') : dayWithWeekday(r.day, lang)}</strong>
                  <span>{r.title}</span>
                  <Tag color={statusColor[r.status]}>{t(r.statusLabel.zh, r.statusLabel.en)}</Tag>
                </div>
                <div className="lx-card-meta">
                  {r.stops.map((s) => (
                    <span key={s.id}>
                      {clock(s.startsAt)} {s.name}
                    </span>
                  ))}
                </div>
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
