import { RightOutlined } from '@ant-design/icons'
import { List, type TablePaginationConfig, Tag } from 'antd'
import { Link, useNavigate } from 'react-router'
import type { SuggestionListItem } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { channelLabels, label, placeOf } from '../../../shared/labels'
import { countyDateTime } from '../../../shared/time'
import { DueText, StatusTag } from '../common'
import { SupportTag } from './SupportTag'

/** The queue on a phone: one card per item, the whole card opens it. */
export function QueueCards({
  items,
  loading,
  pagination,
}: {
  items: SuggestionListItem[] | undefined
  loading: boolean
  pagination: TablePaginationConfig
}) {
  const { t, lang } = useLang()
  const navigate = useNavigate()
  return (
    <List<SuggestionListItem>
      className="lx-queue-cards"
      data-testid="queue-cards"
      loading={loading}
      dataSource={items}
      pagination={{
        current: pagination.current,
        pageSize: pagination.pageSize,
        total: pagination.total,
        showTotal: pagination.showTotal,
        onChange: pagination.onChange,
        size: 'small',
        showSizeChanger: false,
        align: 'center',
      }}
      renderItem={(r) => (
        <List.Item
          className="lx-card-item"
          onClick={() => navigate(`/suggestions/${r.id}`)}
          extra={<RightOutlined className="lx-card-chevron" />}
          data-testid="queue-card"
        >
          <div className="lx-card-body">
            <div className="lx-card-line">
              <Link to={`/suggestions/${r.id}`} className="lx-mono">
                {r.trackingCode}
              </Link>
              <StatusTag status={r.status} />
              {r.urgeCount > 0 && (
                <Tag color="orange">{t(`催办×${r.urgeCount}`, `Urged ×${r.urgeCount}`)}</Tag>
              )}
              {r.escalated && <Tag color="red">{t('督办', 'Escalated')}</Tag>}
              <SupportTag item={r} />
              {r.extensionRequested && <Tag color="blue">{t('延期申请', 'Extension asked')}</Tag>}
            </div>
            <div className="lx-card-text">{r.excerpt}</div>
            <div className="lx-card-meta">
              <span>{placeOf(lang, r)}</span>
              <span>{label(channelLabels, r.channel, lang)}</span>
              <span>{countyDateTime(r.receivedAt)}</span>
              <DueText dueAt={r.dueAt} overdue={r.overdue} />
              {r.leadUnitName && <span>{r.leadUnitName}</span>}
            </div>
          </div>
        </List.Item>
      )}
    />
  )
}
