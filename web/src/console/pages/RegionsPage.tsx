import { useQuery } from '@tanstack/react-query'
import { Input, Segmented, Table, Tag } from 'antd'
import { unwrap } from '../../shared/api/problem'
import type { Region } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, regionLevelLabels } from '../../shared/labels'
import { useApi } from '../auth'
import {
  ExportButton,
  ListError,
  PageHead,
  TownSelect,
  useListParams,
  usePagination,
} from '../components/list'

const LEVEL_COLOR: Record<string, string> = { county: 'red', town: 'orange', village: 'blue' }

export function RegionsPage() {
  const { t, lang } = useLang()
  const api = useApi()
  const list = useListParams(['level', 'parentCode', 'q'] as const)
  const level = list.filters.level as Region['level'] | undefined
  const query = { ...list.filters, level, limit: list.limit, offset: list.offset }
  const regions = useQuery({
    queryKey: ['regions-list', query],
    placeholderData: (prev) => prev,
    queryFn: () => unwrap(api.GET('/api/regions', { params: { query } })),
  })
  return (
    <>
      <PageHead
        title={t('行政区划', 'Regions')}
        extra={<ExportButton name="regions" filters={list.filters} />}
      />
      <div className="lx-toolbar">
        <Segmented
          value={list.filters.level ?? ''}
          onChange={(v) => list.setFilter('level', String(v) || undefined)}
          options={[
            { value: '', label: t('全部层级', 'All levels') },
            { value: 'county', label: t(regionLevelLabels.county) },
            { value: 'town', label: t(regionLevelLabels.town) },
            { value: 'village', label: t(regionLevelLabels.village) },
          ]}
        />
        <TownSelect value={list.filters.parentCode} onChange={(v) => list.setFilter('parentCode', v)} />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('名称或代码', 'Name or code')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
      <ListError error={regions.error} />
      <Table<Region>
        rowKey="code"
        size="middle"
        loading={regions.isFetching}
        dataSource={regions.data?.items}
        pagination={usePagination(list, regions.data?.total)}
        columns={[
          { title: t('区划代码', 'Code'), dataIndex: 'code', className: 'lx-mono', width: 150 },
          {
            title: t('名称', 'Name'),
            dataIndex: 'name',
            render: (_, r) => (lang === 'en' && r.nameEn ? r.nameEn : r.name),
          },
          {
            title: t('层级', 'Level'),
            dataIndex: 'level',
            width: 140,
            render: (v: string) => <Tag color={LEVEL_COLOR[v]}>{label(regionLevelLabels, v, lang)}</Tag>,
          },
          { title: t('类别', 'Kind'), dataIndex: 'kind', width: 120 },
          { title: t('上级代码', 'Parent code'), dataIndex: 'parentCode', className: 'lx-mono', width: 150 },
          {
            title: t('位置（近似）', 'Location (approx.)'),
            key: 'loc',
            width: 170,
            render: (_, r) =>
              r.lat != null && r.lng != null ? `${r.lat.toFixed(3)}, ${r.lng.toFixed(3)}` : '—',
          },
        ]}
      />
    </>
  )
}
