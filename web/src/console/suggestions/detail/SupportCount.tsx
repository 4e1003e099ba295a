import { Card, Descriptions, Tag } from 'antd'
import { useLang } from '../../../shared/i18n'
import { ListError } from '../../components/list'
import { useItemSupport } from '../support'

/**
 * 附议: how many citizens support the item (its own supports, plus each duplicate merged into it with theirs),
 * and whether it has reached the county's high-attention threshold (关注度高).
 */
export function SupportCount({ id }: { id: string }) {
  const { t } = useLang()
  const support = useItemSupport(id)
  const s = support.data
  if (s && s.count === 0) return null
  return (
    <Card size="small" title={t('附议', 'Support')} data-testid="support-count">
      <ListError error={support.error} />
      {s && (
        <>
          <p style={{ margin: '0 0 8px', fontSize: 16 }}>
            <strong>{t(`附议 ${s.count}`, `${s.count} supports`)}</strong>{' '}
            {s.highAttention && <Tag color="volcano">{t('关注度高', 'High attention')}</Tag>}
          </p>
          <Descriptions column={1} size="small" styles={{ label: { width: 132 } }}>
            <Descriptions.Item label={t('群众附议', 'Citizens')}>{s.direct}</Descriptions.Item>
            <Descriptions.Item label={t('并入的重复件', 'Merged duplicates')}>{s.merged}</Descriptions.Item>
            <Descriptions.Item label={t('关注度高阈值', 'Threshold')}>{s.threshold}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  )
}
