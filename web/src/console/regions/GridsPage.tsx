import { Input, Table } from 'antd'
import type { Grid } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { useGrids } from './queries'
import { TownSelect } from './TownSelect'

export function GridsPage() {
  const { t } = useLang()
  const list = useListParams(['regionCode', 'q'] as const)
  const grids = useGrids({ ...list.filters, limit: list.limit, offset: list.offset })
  return (
    <>
      <PageHead title={t('网格', 'Grids')} extra={<ExportButton name="grids" filters={list.filters} />} />
      <div className="lx-toolbar">
        <TownSelect value={list.filters.regionCode} onChange={(v) => list.setFilter('regionCode', v)} />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('网格名称或编号', 'Grid name or code')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
      <ListError error={grids.error} />
      <Table<Grid>
        rowKey="id"
        size="middle"
        loading={grids.isFetching}
        dataSource={grids.data?.items}
        pagination={usePagination(list, grids.data?.total)}
        columns={[
          { title: t('编号', 'Code'), dataIndex: 'code', className: 'lx-mono', width: 160 },
          { title: t('网格名称', 'Grid'), dataIndex: 'name' },
          { title: t('所属村（社区）', 'Village / community'), dataIndex: 'regionName' },
          { title: t('镇（街道）', 'Town'), dataIndex: 'townName', width: 140 },
          { title: t('联系代表数', 'Deputies'), dataIndex: 'deputyCount', width: 120, align: 'right' },
        ]}
      />
    </>
  )
}
