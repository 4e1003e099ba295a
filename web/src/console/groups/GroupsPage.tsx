import { Input, Table } from 'antd'
import { Link } from 'react-router'
import type { DeputyGroup } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { TownSelect } from '../regions/TownSelect'
import { useDeputyGroups } from './queries'

export function GroupsPage() {
  const { t } = useLang()
  const list = useListParams(['regionCode', 'q'] as const)
  const groups = useDeputyGroups({ ...list.filters, limit: list.limit, offset: list.offset })
  return (
    <>
      <PageHead
        title={t('代表小组', 'Deputy groups')}
        extra={<ExportButton name="deputy-groups" filters={list.filters} />}
      />
      <div className="lx-toolbar">
        <TownSelect value={list.filters.regionCode} onChange={(v) => list.setFilter('regionCode', v)} />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('小组名称', 'Group name')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
      <ListError error={groups.error} />
      <Table<DeputyGroup>
        rowKey="id"
        size="middle"
        loading={groups.isFetching}
        dataSource={groups.data?.items}
        pagination={usePagination(list, groups.data?.total)}
        columns={[
          { title: t('编号', 'Code'), dataIndex: 'code', className: 'lx-mono', width: 140 },
          { title: t('小组名称', 'Group'), dataIndex: 'name' },
          { title: t('镇（街道）', 'Town'), dataIndex: 'regionName', width: 140 },
          { title: t('依托联络站', 'Liaison station'), dataIndex: 'venueName' },
          { title: t('组长', 'Leader'), dataIndex: 'leaderName', width: 110 },
          {
            title: t('成员', 'Members'),
            dataIndex: 'memberCount',
            width: 130,
            render: (n: number, g) => (
              <Link to={`/deputies?groupId=${encodeURIComponent(g.id)}`}>
                {t(`${n} 人 · 查看`, `${n} · view`)}
              </Link>
            ),
          },
        ]}
      />
    </>
  )
}
