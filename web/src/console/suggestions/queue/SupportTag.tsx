import { Tag } from 'antd'
import type { SuggestionListItem } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'

/** 附议 N in the queue's flags, marked 关注度高 at the county's threshold. */
export function SupportTag({ item }: { item: Pick<SuggestionListItem, 'supportCount' | 'highAttention'> }) {
  const { t } = useLang()
  if (item.supportCount <= 0) return null
  return (
    <Tag color={item.highAttention ? 'volcano' : undefined} data-testid="support-tag">
      {item.highAttention
        ? t(`附议${item.supportCount} · 关注度高`, `${item.supportCount} supports · high`)
        : t(`附议${item.supportCount}`, `${item.supportCount} supports`)}
    </Tag>
  )
}
