import { Badge, Input, Select, Space, Table, Tag, Typography } from 'antd'
import type { Unit, UnitKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, unitKindLabels } from '../../shared/labels'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { TownSelect } from '../regions/TownSelect'
import { usePlatformTypes, useUnits } from './queries'

export function UnitsPage() {
  const { t, lang } = useLang()
  const list = useListParams(['kind', 'regionCode', 'q'] as const)
  const kind = list.filters.kind as UnitKind | undefined
  const units = useUnits({ ...list.filters, kind, limit: list.limit, offset: list.offset })
  const platformTypes = usePlatformTypes()
  return (
    <>
      <PageHead
        title={t('承办单位', 'Handling units')}
        extra={<ExportButton name="units" filters={list.filters} />}
      />
      <div className="lx-toolbar">
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('全部类别', 'All kinds')}
          value={list.filters.kind}
          onChange={(v) => list.setFilter('kind', v)}
          options={codesOf(unitKindLabels).map((k) => ({
            value: k,
            label: label(unitKindLabels, k, lang),
          }))}
          aria-label={t('类别', 'Kind')}
        />
        <TownSelect value={list.filters.regionCode} onChange={(v) => list.setFilter('regionCode', v)} />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('单位名称', 'Unit name')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
        {platformTypes.data && platformTypes.data.items.length > 0 && (
          <Space size={4} wrap>
            <Typography.Text type="secondary">{t('一室四平台：', 'Town platforms: ')}</Typography.Text>
            {platformTypes.data.items.map((p) => (
              <Tag key={p.code}>{lang === 'en' && p.nameEn ? p.nameEn : p.name}</Tag>
            ))}
          </Space>
        )}
      </div>
      <ListError error={units.error} />
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={units.isFetching}
        dataSource={units.data?.items}
        pagination={usePagination(list, units.data?.total)}
        columns={[
          { title: t('编号', 'Code'), dataIndex: 'code', className: 'lx-mono', width: 150 },
          { title: t('单位名称', 'Unit'), dataIndex: 'name' },
          {
            title: t('类别', 'Kind'),
            dataIndex: 'kind',
            width: 150,
            render: (v: UnitKind) => label(unitKindLabels, v, lang),
          },
          {
            title: t('平台类型', 'Platform'),
            dataIndex: 'platformTypeName',
            width: 160,
            render: (v) => v || '—',
          },
          { title: t('所属区域', 'Region'), dataIndex: 'regionName', width: 140, render: (v) => v || '—' },
          {
            title: t('状态', 'Status'),
            dataIndex: 'active',
            width: 100,
            render: (v: boolean) =>
              v ? (
                <Badge status="success" text={t('启用', 'Active')} />
              ) : (
                <Badge status="default" text={t('停用', 'Inactive')} />
              ),
          },
        ]}
      />
    </>
  )
}
