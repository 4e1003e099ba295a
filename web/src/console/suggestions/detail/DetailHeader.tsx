import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons'
import { Button, Space, Tag } from 'antd'
import { useNavigate } from 'react-router'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { StatusTag } from '../common'

/** Back, the tracking code, the status and the item's flags; 刷新 reads it again. */
export function DetailHeader({
  detail: d,
  refreshing,
  onRefresh,
}: {
  detail: SuggestionDetail
  refreshing: boolean
  onRefresh: () => void
}) {
  const { t } = useLang()
  const navigate = useNavigate()
  return (
    <div className="lx-page-head">
      <Space size="middle" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('返回', 'Back')} />
        <h1>
          {t('意见建议', 'Suggestion')} <span className="lx-mono">{d.trackingCode}</span>
        </h1>
        <span data-testid="detail-status">
          <StatusTag status={d.status} />
        </span>
        {d.overdue && <Tag color="red">{t('已超期', 'Overdue')}</Tag>}
        {d.escalatedAt && <Tag color="red">{t('督办', 'Escalated')}</Tag>}
        {d.urgeCount > 0 && <Tag color="orange">{t(`催办×${d.urgeCount}`, `Urged ×${d.urgeCount}`)}</Tag>}
        {d.reopenCount > 0 && <Tag color="purple">{t('重办', 'Reopened')}</Tag>}
      </Space>
      <Button icon={<ReloadOutlined />} onClick={onRefresh} loading={refreshing}>
        {t('刷新', 'Refresh')}
      </Button>
    </div>
  )
}
