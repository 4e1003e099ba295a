import { Card, Space, Tag, Timeline, Typography } from 'antd'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { label, statusLabels } from '../../../shared/labels'
import { fmt } from './format'

/** 办理记录, newest first: the server's name of each step, the move between statuses, who and when. */
export function TimelineCard({ timeline }: { timeline: SuggestionDetail['timeline'] }) {
  const { t, lang } = useLang()
  return (
    <Card title={t('办理记录', 'History')} size="small">
      <Timeline
        items={[...timeline].reverse().map((e) => ({
          color: e.public ? 'blue' : 'gray',
          content: (
            <div>
              <Space size={6} wrap>
                <Typography.Text strong>{t(e.actionLabel)}</Typography.Text>
                {!e.public && <Tag>{t('内部', 'Internal')}</Tag>}
                {e.fromStatus && e.fromStatus !== e.toStatus && (
                  <Typography.Text type="secondary">
                    {label(statusLabels, e.fromStatus, lang)} → {label(statusLabels, e.toStatus, lang)}
                  </Typography.Text>
                )}
              </Space>
              <div className="lx-timeline-meta">
                {fmt(e.at)} · {e.actorName}
              </div>
              {e.note && <div className="lx-timeline-note">{e.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  )
}
