import { FilterOutlined } from '@ant-design/icons'
import { Button, DatePicker, Input, Select } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { SuggestionStatus } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { channelLabels, codesOf, label, statusLabels, tierLabels } from '../../../shared/labels'
import { useIsPhone } from '../../components/phone'
import { TownSelect } from '../../regions/TownSelect'
import { ALL_STATUSES, CategorySelect } from '../common'
import type { QueueFilter, QueueFilterValues } from './filter'

/** The queue's toolbar: status, channel, tier, town, category, overdue, received dates and words. */
export function QueueFilters({
  filters: f,
  statuses,
  showMyWork,
  setFilter,
  setFilters,
}: {
  filters: QueueFilterValues
  statuses: SuggestionStatus[] | undefined
  /** Offer 我的待办 (back to the role's default) when another status filter is on. */
  showMyWork: boolean
  setFilter: (key: QueueFilter, value: string | undefined | null) => void
  setFilters: (patch: Partial<Record<QueueFilter, string | undefined | null>>) => void
}) {
  const { t, lang } = useLang()
  const phone = useIsPhone()
  // On a phone the status and the search show; the other filters open on request.
  const [more, setMore] = useState(false)
  const search = (
    <Input.Search
      allowClear
      style={{ width: phone ? '100%' : 220 }}
      placeholder={t('内容关键词或查询编号', 'Words or tracking code')}
      defaultValue={f.q}
      onSearch={(v) => setFilter('q', v.trim())}
    />
  )
  const narrow = phone && !more
  return (
    <div className="lx-toolbar">
      {phone && search}
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: phone ? 'calc(100% - 136px)' : 300 }}
        placeholder={t('全部状态', 'All statuses')}
        value={statuses ?? []}
        onChange={(v: string[]) => setFilter('status', v.length ? v.join(',') : 'all')}
        options={ALL_STATUSES.map((s) => ({ value: s, label: label(statusLabels, s, lang) }))}
        aria-label={t('状态', 'Status')}
      />
      {showMyWork && (
        <Button type="link" onClick={() => setFilter('status', null)}>
          {t('我的待办', 'My work')}
        </Button>
      )}
      {phone && (
        <Button icon={<FilterOutlined />} onClick={() => setMore(!more)} aria-expanded={more}>
          {more ? t('收起', 'Fewer') : t('更多筛选', 'More filters')}
        </Button>
      )}
      {!narrow && (
        <>
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('全部渠道', 'All channels')}
            value={f.channel}
            onChange={(v) => setFilter('channel', v)}
            options={codesOf(channelLabels).map((c) => ({ value: c, label: label(channelLabels, c, lang) }))}
            aria-label={t('渠道', 'Channel')}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('全部层级', 'All tiers')}
            value={f.tier}
            onChange={(v) => setFilter('tier', v)}
            options={codesOf(tierLabels).map((c) => ({ value: c, label: label(tierLabels, c, lang) }))}
            aria-label={t('办理层级', 'Tier')}
          />
          <TownSelect value={f.regionCode} onChange={(v) => setFilter('regionCode', v)} width={150} />
          <CategorySelect value={f.category} onChange={(v) => setFilter('category', v)} width={140} />
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={t('是否超期', 'Overdue?')}
            value={f.overdue}
            onChange={(v) => setFilter('overdue', v)}
            options={[
              { value: 'true', label: t('已超期', 'Overdue') },
              { value: 'false', label: t('未超期', 'On time') },
            ]}
            aria-label={t('是否超期', 'Overdue')}
          />
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('附议', 'Support')}
            value={f.attention}
            onChange={(v) => setFilter('attention', v)}
            options={[
              { value: 'high', label: t('关注度高', 'High attention') },
              { value: 'most', label: t('附议最多在前', 'Most supported first') },
            ]}
            aria-label={t('附议', 'Support')}
          />
          <DatePicker.RangePicker
            style={{ width: 250 }}
            value={f.from && f.to ? [dayjs(f.from), dayjs(f.to)] : null}
            onChange={(range) =>
              setFilters({
                from: range?.[0]?.format('YYYY-MM-DD') ?? null,
                to: range?.[1]?.format('YYYY-MM-DD') ?? null,
              })
            }
            placeholder={[t('收到日期起', 'Received from'), t('止', 'to')]}
            aria-label={t('收到日期', 'Received')}
          />
        </>
      )}
      {!phone && search}
    </div>
  )
}
