import { Card, Table } from 'antd'
import type { TimeLimit } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, timeLimitTierLabels } from '../../shared/labels'
import { ListError } from '../components/list'
import { useTimeLimits } from './queries'

/** The time limits in working days that deadlines are counted with (read here; set per tier and category). */
export function TimeLimitsCard() {
  const { t, lang } = useLang()
  const limits = useTimeLimits()
  return (
    <Card size="small" className="lx-cal-wide" title={t('办理时限', 'Time limits')} data-testid="time-limits">
      <ListError error={limits.error} />
      <Table<TimeLimit>
        size="small"
        pagination={false}
        loading={limits.isPending}
        scroll={{ x: 'max-content' }}
        rowKey={(r) => `${r.tier}/${r.category ?? ''}`}
        dataSource={limits.data?.items}
        columns={[
          {
            title: t('层级', 'Tier'),
            dataIndex: 'tier',
            render: (_, r) =>
              `${label(timeLimitTierLabels, r.tier, lang)}${r.category ? ` · ${r.categoryName ?? r.category}` : ''}`,
          },
          { title: t('办理时限（工作日）', 'Time limit (working days)'), dataIndex: 'completionWorkingDays' },
          {
            title: t('最长延期（工作日）', 'Max extension (working days)'),
            dataIndex: 'maxExtensionWorkingDays',
          },
          {
            title: t('逾期几日督办（工作日）', 'Escalated when overdue by (working days)'),
            dataIndex: 'escalateAfterWorkingDays',
          },
          { title: t('评价期（自然日）', 'Rating window (days)'), dataIndex: 'ratingWindowDays' },
        ]}
      />
    </Card>
  )
}
