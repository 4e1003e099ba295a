import { Input, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { Deputy, DeputyLevel, Gender } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, deputyLevelLabels, genderLabels, label } from '../../shared/labels'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { useDeputyGroups } from '../groups/queries'
import { TownSelect } from '../regions/TownSelect'
import { DeputyDrawer } from './DeputyDrawer'
import { useDeputies } from './queries'

export function DeputiesPage() {
  const { t, lang } = useLang()
  const list = useListParams(['level', 'regionCode', 'groupId', 'q'] as const)
  const level = list.filters.level as DeputyLevel | undefined
  const deputies = useDeputies({ ...list.filters, level, limit: list.limit, offset: list.offset })
  const groups = useDeputyGroups(
    { regionCode: list.filters.regionCode, limit: 500, offset: 0 },
    { lookup: true },
  )
  const [openId, setOpenId] = useState<string | null>(null)

  return (
    <>
      <PageHead
        title={t('人大代表', 'Deputies')}
        extra={<ExportButton name="deputies" filters={list.filters} />}
      />
      <div className="lx-toolbar">
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('全部层级', 'All levels')}
          value={list.filters.level}
          onChange={(v) => list.setFilter('level', v)}
          options={codesOf(deputyLevelLabels).map((k) => ({
            value: k,
            label: label(deputyLevelLabels, k, lang),
          }))}
          aria-label={t('代表层级', 'Level')}
        />
        <TownSelect value={list.filters.regionCode} onChange={(v) => list.setFilter('regionCode', v)} />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          placeholder={t('全部代表小组', 'All groups')}
          value={list.filters.groupId}
          loading={groups.isPending}
          onChange={(v) => list.setFilter('groupId', v)}
          options={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
          aria-label={t('代表小组', 'Group')}
        />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('姓名、单位或职业', 'Name, organisation or occupation')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
      <ListError error={deputies.error} />
      <Table<Deputy>
        rowKey="id"
        size="middle"
        loading={deputies.isFetching}
        dataSource={deputies.data?.items}
        pagination={usePagination(list, deputies.data?.total)}
        onRow={(d) => ({ onClick: () => setOpenId(d.id), style: { cursor: 'pointer' } })}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('编号', 'Code'), dataIndex: 'code', className: 'lx-mono', width: 120 },
          {
            title: t('姓名', 'Name'),
            dataIndex: 'name',
            width: 100,
            render: (name: string) => <Typography.Link>{name}</Typography.Link>,
          },
          {
            title: t('性别', 'Gender'),
            dataIndex: 'gender',
            width: 70,
            render: (v: Gender) => label(genderLabels, v, lang),
          },
          { title: t('出生年份', 'Born'), dataIndex: 'birthYear', width: 90 },
          { title: t('政治面貌', 'Party'), dataIndex: 'party', width: 110 },
          { title: t('镇（街道）', 'Town'), dataIndex: 'townName', width: 110 },
          { title: t('职业', 'Occupation'), dataIndex: 'occupation', ellipsis: true },
          {
            title: t('代表身份', 'Memberships'),
            dataIndex: 'memberships',
            width: 220,
            render: (ms: Deputy['memberships']) => (
              <Space size={[4, 4]} wrap>
                {ms.map((m) => (
                  <Tag key={`${m.level}-${m.term}`} color="red">
                    {label(deputyLevelLabels, m.level, lang)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('手机', 'Phone'), dataIndex: 'phoneMasked', width: 130, className: 'lx-mono' },
        ]}
      />
      <DeputyDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  )
}
