import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Table } from 'antd'
import { useState } from 'react'
import type { TimeLimit } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, timeLimitTierLabels } from '../../shared/labels'
import { ListError } from '../components/list'
import { useTimeLimits } from './queries'
import { TimeLimitForm } from './TimeLimitForm'
import '../components/admin.css'

/**
 * The time limits in working days that deadlines are counted with, per tier and category. Everyone reads them;
 * county admins (`editable`) change a row or add one for a tier or a category.
 */
export function TimeLimitsCard({
  editable = false,
  className = 'lx-cal-wide',
}: {
  editable?: boolean
  className?: string
}) {
  const { t, lang } = useLang()
  const limits = useTimeLimits()
  const [editing, setEditing] = useState<{ limit: TimeLimit | null } | null>(null)
  return (
    <Card
      size="small"
      className={className}
      title={t('办理时限', 'Time limits')}
      data-testid="time-limits"
      extra={
        editable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ limit: null })}>
            {t('新增', 'Add')}
          </Button>
        )
      }
    >
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
            render: (_, r) => (
              <>
                {label(timeLimitTierLabels, r.tier, lang)}
                {r.category ? ` · ${r.categoryName ?? r.category}` : ''}
                {/* On a phone the figures fold under the tier instead of four columns. */}
                <div className="lx-cell-sub lx-phone-only">
                  {t(
                    `时限 ${r.completionWorkingDays} · 延期 ${r.maxExtensionWorkingDays} · 督办 ${r.escalateAfterWorkingDays}（工作日）· 评价 ${r.ratingWindowDays} 天`,
                    `Limit ${r.completionWorkingDays} · extension ${r.maxExtensionWorkingDays} · escalation ${r.escalateAfterWorkingDays} (working days) · rating ${r.ratingWindowDays} days`,
                  )}
                </div>
              </>
            ),
          },
          {
            title: t('办理时限（工作日）', 'Time limit (working days)'),
            dataIndex: 'completionWorkingDays',
            responsive: ['md'],
          },
          {
            title: t('最长延期（工作日）', 'Max extension (working days)'),
            dataIndex: 'maxExtensionWorkingDays',
            responsive: ['md'],
          },
          {
            title: t('逾期几日督办（工作日）', 'Escalated when overdue by (working days)'),
            dataIndex: 'escalateAfterWorkingDays',
            responsive: ['md'],
          },
          {
            title: t('评价期（自然日）', 'Rating window (days)'),
            dataIndex: 'ratingWindowDays',
            responsive: ['md'],
          },
          ...(editable
            ? [
                {
                  title: t('操作', 'Actions'),
                  key: 'actions',
                  render: (_: unknown, r: TimeLimit) => (
                    <Button size="small" type="link" onClick={() => setEditing({ limit: r })}>
                      {t('修改', 'Edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <TimeLimitForm limit={editing.limit} onClose={() => setEditing(null)} />}
    </Card>
  )
}
