import { Button, Card, Empty, List, Space, Typography } from 'antd'
import { Link } from 'react-router'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { StatusTag } from '../common'

/** 疑似重复: similar items (each can be the one to merge into) and the items already merged into this one. */
export function DuplicatesCard({
  detail: d,
  onMergeInto,
}: {
  detail: SuggestionDetail
  /** Opens the merge dialog with this primary item chosen. */
  onMergeInto: (primaryId: string) => void
}) {
  const { t } = useLang()
  if (d.duplicates.length === 0 && d.mergedFollowers.length === 0) return null
  const canMerge = d.allowedActions.includes('merge')
  return (
    <Card title={t('疑似重复', 'Possible duplicates')} size="small">
      {d.duplicates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('无', 'None')} />
      ) : (
        <List
          size="small"
          dataSource={d.duplicates}
          renderItem={(x) => (
            <List.Item
              actions={
                canMerge && x.id !== d.id
                  ? [
                      <Button key="merge" size="small" onClick={() => onMergeInto(x.id)}>
                        {t('并入此件', 'Merge into this')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space size={6}>
                    <Link to={`/suggestions/${x.id}`} className="lx-mono">
                      {x.trackingCode}
                    </Link>
                    <StatusTag status={x.status} />
                    <Typography.Text type="secondary">{Math.round(x.score * 100)}%</Typography.Text>
                  </Space>
                }
                description={x.excerpt}
              />
            </List.Item>
          )}
        />
      )}
      {d.mergedFollowers.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('已并入本件：', 'Merged into this one: ')}
          {d.mergedFollowers.map((f, i) => (
            <span key={f.id}>
              {i > 0 && '、'}
              <Link to={`/suggestions/${f.id}`} className="lx-mono">
                {f.trackingCode}
              </Link>
            </span>
          ))}
        </Typography.Paragraph>
      )}
    </Card>
  )
}
