import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Badge, Button, Input, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import type { Venue, VenueKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, venueKindLabels } from '../../shared/labels'
import { can, useMe } from '../auth'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { TownSelect } from '../regions/TownSelect'
import { useVenues } from './queries'
import { VenueForm } from './VenueForm'

const KIND_COLOR: Record<VenueKind, string> = {
  station: 'red',
  point: 'blue',
  window: 'green',
  post: 'purple',
  mobile: 'orange',
}

export function VenuesPage() {
  const { t, lang } = useLang()
  const me = useMe()
  const canEdit = can(me, 'reference.edit')
  const list = useListParams(['kind', 'regionCode', 'q'] as const)
  const kind = list.filters.kind as VenueKind | undefined
  const venues = useVenues({ ...list.filters, kind, limit: list.limit, offset: list.offset })
  const [editing, setEditing] = useState<{ id: string | null } | null>(null)

  return (
    <>
      <PageHead
        title={t('联络阵地', 'Liaison venues')}
        extra={
          <Space>
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
                {t('新建联络阵地', 'New venue')}
              </Button>
            )}
            <ExportButton name="venues" filters={list.filters} />
          </Space>
        }
      />
      <div className="lx-toolbar">
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('全部类型', 'All kinds')}
          value={list.filters.kind}
          onChange={(v) => list.setFilter('kind', v)}
          options={codesOf(venueKindLabels).map((k) => ({
            value: k,
            label: label(venueKindLabels, k, lang),
          }))}
          aria-label={t('类型', 'Kind')}
        />
        <TownSelect value={list.filters.regionCode} onChange={(v) => list.setFilter('regionCode', v)} />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('名称、编号或地址', 'Name, code or address')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
      <ListError error={venues.error} />
      <Table<Venue>
        rowKey="id"
        size="middle"
        loading={venues.isFetching}
        dataSource={venues.data?.items}
        pagination={usePagination(list, venues.data?.total)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('编号', 'Code'), dataIndex: 'code', className: 'lx-mono', width: 190 },
          { title: t('名称', 'Name'), dataIndex: 'name', width: 220 },
          {
            title: t('类型', 'Kind'),
            dataIndex: 'kind',
            width: 120,
            render: (v: VenueKind) => <Tag color={KIND_COLOR[v]}>{label(venueKindLabels, v, lang)}</Tag>,
          },
          { title: t('镇（街道）', 'Town'), dataIndex: 'townName', width: 120 },
          { title: t('所在村（社区）', 'Area'), dataIndex: 'regionName', width: 140 },
          { title: t('地址', 'Address'), dataIndex: 'address', ellipsis: true },
          {
            title: t('接待时间', 'Reception hours'),
            dataIndex: 'receptionHours',
            ellipsis: true,
            width: 200,
          },
          { title: t('代表数', 'Deputies'), dataIndex: 'deputyCount', width: 90, align: 'right' },
          {
            title: t('状态', 'Status'),
            dataIndex: 'active',
            width: 90,
            render: (v: boolean) =>
              v ? (
                <Badge status="success" text={t('启用', 'Active')} />
              ) : (
                <Badge status="default" text={t('停用', 'Inactive')} />
              ),
          },
          ...(canEdit
            ? [
                {
                  title: t('操作', 'Actions'),
                  key: 'actions',
                  width: 90,
                  fixed: 'right' as const,
                  render: (_: unknown, v: Venue) => (
                    <Button
                      size="small"
                      type="link"
                      icon={<EditOutlined />}
                      onClick={() => setEditing({ id: v.id })}
                    >
                      {t('编辑', 'Edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <VenueForm id={editing.id} onClose={() => setEditing(null)} />}
    </>
  )
}
