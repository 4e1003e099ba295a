import { Checkbox, Input, Segmented, Table, Tag } from 'antd'
import type { Region, RegionLevel } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, regionLevelLabels } from '../../shared/labels'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { useRegions } from './queries'
import { TownSelect } from './TownSelect'

const LEVEL_COLOR: Record<RegionLevel, string> = { county: 'red', town: 'orange', village: 'blue' }

export function RegionsPage() {
  const { t, lang } = useLang()
  const list = useListParams(['level', 'parentCode', 'q', 'includeRetired'] as const)
  const level = list.filters.level as RegionLevel | undefined
  const includeRetired = list.filters.includeRetired === 'true' ? true : undefined
  const regions = useRegions({
    ...list.filters,
    level,
    includeRetired,
    limit: list.limit,
    offset: list.offset,
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
            ...codesOf(regionLevelLabels).map((l) => ({
              value: l,
              label: label(regionLevelLabels, l, lang),
            })),
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
        <Checkbox
          checked={includeRetired ?? false}
          onChange={(e) => list.setFilter('includeRetired', e.target.checked ? 'true' : undefined)}
        >
          {t('含已撤销的区划', 'Include retired')}
        </Checkbox>
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
            render: (_, r) => (
              <>
                {lang === 'en' && r.nameEn ? r.nameEn : r.name}
                {!r.active && (
                  <Tag color="default" style={{ marginLeft: 8 }}>
                    {t('已撤销', 'Retired')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('层级', 'Level'),
            dataIndex: 'level',
            width: 140,
            render: (v: RegionLevel) => <Tag color={LEVEL_COLOR[v]}>{label(regionLevelLabels, v, lang)}</Tag>,
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
