import { Card, Descriptions, Space } from 'antd'
import type { SuggestionDetail } from '../../../shared/api/types'
import { type Bilingual, useLang } from '../../../shared/i18n'
import { DueText } from '../common'
import { fmt } from './format'

type Stamp = keyof SuggestionDetail['timestamps']

/** The steps whose time is shown once reached, in the order of the loop. */
const REACHED: [Stamp, Bilingual][] = [
  ['acceptedAt', { zh: '受理', en: 'Accepted' }],
  ['routedAt', { zh: '流转', en: 'Routed' }],
  ['assignedAt', { zh: '交办', en: 'Assigned' }],
  ['dueAt', { zh: '办结期限', en: 'Completion due' }],
  ['repliedAt', { zh: '答复', en: 'Replied' }],
  ['feedbackAt', { zh: '反馈群众', en: 'Answer sent' }],
  ['closedAt', { zh: '办结', en: 'Closed' }],
]

/** 时限: the running deadline, when it came in, the same-day limit and each step reached. */
export function TimeLimitsCard({ detail: d }: { detail: SuggestionDetail }) {
  const { t } = useLang()
  return (
    <Card title={t('时限', 'Time limits')} size="small">
      <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
        <Descriptions.Item label={t('当前期限', 'Due')}>
          {d.dueAt ? (
            <Space>
              {fmt(d.dueAt)}
              <DueText dueAt={d.dueAt} overdue={d.overdue} />
            </Space>
          ) : (
            t('无（不在办理时限内）', 'None running')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('收到', 'Received')}>{fmt(d.timestamps.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('当天时限', 'Same-day limit')}>
          {fmt(d.timestamps.sameDayDueAt)}
        </Descriptions.Item>
        {REACHED.filter(([stamp]) => d.timestamps[stamp]).map(([stamp, name]) => (
          <Descriptions.Item key={stamp} label={t(name)}>
            {fmt(d.timestamps[stamp])}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  )
}
