import { Card, Empty, List, Tag } from 'antd'
import { Link } from 'react-router'
import type { Workspace } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { clock, dayWithWeekday } from '../duty/days'

/** My duty in the coming two weeks: a deputy's own sessions, or the sessions of a station's staff's venue. */
export function DutyCard({ duty, own }: { duty: Workspace['duty']; own: boolean }) {
  const { t, lang } = useLang()
  return (
    <Card
      size="small"
      className="lx-gap"
      title={own ? t('我的接待排班', 'My duty') : t('本站接待排班', 'My station’s duty')}
      extra={<Link to="/duty">{t('全部排班', 'Whole schedule')}</Link>}
      data-testid="workspace-duty"
    >
      {duty.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('近两周没有排班', 'No duty in the next two weeks')}
        />
      ) : (
        <List
          size="small"
          dataSource={duty}
          renderItem={(s) => (
            <List.Item>
              <div className="lx-card-body">
                <div className="lx-card-line">
                  <strong>{dayWithWeekday(s.day, lang)}</strong>
                  <span>
                    {clock(s.startsAt)}–{clock(s.endsAt)}
                  </span>
                  {s.moved && <Tag color="orange">{t('已调整', 'Moved')}</Tag>}
                </div>
                <div className="lx-card-meta">
                  <span>{s.venue.name}</span>
                  <span>{s.deputies.map((d) => d.name).join(lang === 'zh' ? '、' : ', ')}</span>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
