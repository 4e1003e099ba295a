import { Button, Card, InputNumber, Space } from 'antd'
import { useEffect, useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { ListError } from '../components/list'
import { useSaveSupportThreshold, useSupportThreshold } from '../suggestions/support'

/** The county's high-attention threshold (关注度高): the support count from which the manager is told. */
export function SupportThresholdCard({ editable }: { editable: boolean }) {
  const { t } = useLang()
  const threshold = useSupportThreshold()
  const save = useSaveSupportThreshold()
  const [value, setValue] = useState<number | null>(null)
  useEffect(() => {
    if (threshold.data) setValue(threshold.data.threshold)
  }, [threshold.data])
  const changed = value !== null && value !== threshold.data?.threshold
  return (
    <Card size="small" title={t('附议关注阈值', 'Support threshold')} data-testid="support-threshold">
      <ListError error={threshold.error} />
      {threshold.data && (
        <Space wrap>
          <span>{t('附议数达到', 'High attention from')}</span>
          <InputNumber
            min={1}
            max={100000}
            value={value}
            disabled={!editable}
            onChange={(v) => setValue(typeof v === 'number' ? v : null)}
            aria-label={t('附议关注阈值', 'Support threshold')}
          />
          <span>{t('人时标记为「关注度高」', 'supports (关注度高)')}</span>
          {editable && (
            <Button
              type="primary"
              size="small"
              disabled={!changed}
              loading={save.isPending}
              onClick={() => value && save.mutate(value)}
            >
              {t('保存', 'Save')}
            </Button>
          )}
        </Space>
      )}
      {save.error && (
        <p className="lx-form-error" role="alert">
          {save.error instanceof ApiProblem ? t(save.error.problem.message) : t('保存失败', 'Could not save')}
        </p>
      )}
      <p className="lx-timeline-meta" style={{ margin: '8px 0 0' }}>
        {t(
          '公开的意见建议附议数（含并入的重复件）达到阈值时，队列中标记为「关注度高」，并通知主管的人大工作人员一次。',
          'When a published item’s support (merged duplicates included) reaches it, the queue marks the item and its managers are told once.',
        )}
      </p>
    </Card>
  )
}
