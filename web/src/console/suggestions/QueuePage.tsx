import { DownloadOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import type { SuggestionListItem } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, statusLabels } from '../../shared/labels'
import { can, useMe } from '../auth'
import { ListError, PageHead, useListParams, usePagination } from '../components/list'
import { useIsPhone } from '../components/phone'
import { defaultStatuses } from './common'
import { useSuggestionQueue } from './queries'
import { BulkAssignDialog } from './queue/BulkAssignDialog'
import { QUEUE_FILTERS, queueExportHref, queueQuery, queueStatuses } from './queue/filter'
import { QueueCards } from './queue/QueueCards'
import { QueueFilters } from './queue/QueueFilters'
import { QueueTable } from './queue/QueueTable'

/** 意见建议办理: the caller's queue, filtered in the address, overdue first. */
export function QueuePage() {
  const { t, lang } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const list = useListParams(QUEUE_FILTERS)
  const roleDefault = useMemo(() => defaultStatuses(me), [me])
  const statuses = queueStatuses(list.filters.status, roleDefault)
  const query = queueQuery(list.filters, statuses)
  const items = useSuggestionQueue({ ...query, limit: list.limit, offset: list.offset })
  const pagination = usePagination(list, items.data?.total)
  const canBulk = can(me, 'suggestions.bulk_assign')
  const canIntake = can(me, 'suggestions.intake')
  const [selected, setSelected] = useState<SuggestionListItem[]>([])
  const [bulkOpen, setBulkOpen] = useState(false)
  const phone = useIsPhone()
  const usingDefault = !list.filters.status && roleDefault !== null

  return (
    <>
      <PageHead
        title={t('意见建议办理', 'Suggestions')}
        extra={
          <Space wrap>
            {canIntake && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/suggestions/new')}>
                {t('录入意见', 'Record an opinion')}
              </Button>
            )}
            <Button icon={<DownloadOutlined />} href={queueExportHref(query)} download>
              {t('导出 Excel', 'Export to Excel')}
            </Button>
          </Space>
        }
      />
      <QueueFilters
        filters={list.filters}
        statuses={statuses}
        showMyWork={Boolean(roleDefault) && !usingDefault}
        setFilter={list.setFilter}
        setFilters={list.setFilters}
      />
      {usingDefault && (
        <Typography.Paragraph type="secondary" className="lx-gap">
          {t('按您的岗位显示待办事项：', 'Showing the items your role works on: ')}
          {(roleDefault ?? []).map((s) => label(statusLabels, s, lang)).join('、')}
          {t('。超期的排在最前。', '. Overdue first.')}
        </Typography.Paragraph>
      )}
      {canBulk && selected.length > 0 && (
        <Alert
          className="lx-gap"
          type="info"
          title={
            <Space>
              {t(`已选 ${selected.length} 条已流转事项`, `${selected.length} routed items selected`)}
              <Button size="small" type="primary" onClick={() => setBulkOpen(true)}>
                {t('批量交办', 'Assign together')}
              </Button>
              <Button size="small" onClick={() => setSelected([])}>
                {t('取消选择', 'Clear')}
              </Button>
            </Space>
          }
        />
      )}
      <ListError error={items.error} />
      {phone ? (
        <QueueCards items={items.data?.items} loading={items.isFetching} pagination={pagination} />
      ) : (
        <QueueTable
          items={items.data?.items}
          loading={items.isFetching}
          pagination={pagination}
          selection={canBulk ? { selected, onChange: setSelected } : undefined}
        />
      )}
      {bulkOpen && (
        <BulkAssignDialog
          items={selected}
          onClose={(done) => {
            setBulkOpen(false)
            if (done) setSelected([])
          }}
        />
      )}
    </>
  )
}
