import { Space, Table, type TablePaginationConfig, Tag, Tooltip } from 'antd'
import { Link, useNavigate } from 'react-router'
import type { SuggestionListItem, SuggestionStatus } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { channelLabels, label, placeOf, termIn } from '../../../shared/labels'
import { countyDateTime } from '../../../shared/time'
import { DueText, StatusTag } from '../common'
import { SupportTag } from './SupportTag'

/** The queue's table; a click on a row opens the item. With `selection`, routed rows can be picked to assign. */
export function QueueTable({
  items,
  loading,
  pagination,
  selection,
}: {
  items: SuggestionListItem[] | undefined
  loading: boolean
  pagination: TablePaginationConfig
  selection?: { selected: SuggestionListItem[]; onChange: (rows: SuggestionListItem[]) => void }
}) {
  const { t, lang } = useLang()
  const navigate = useNavigate()
  return (
    <Table<SuggestionListItem>
      rowKey="id"
      size="middle"
      className="lx-clickable-rows"
      loading={loading}
      dataSource={items}
      pagination={pagination}
      tableLayout="fixed"
      scroll={{ x: 1150 }}
      rowSelection={
        selection
          ? {
              selectedRowKeys: selection.selected.map((s) => s.id),
              onChange: (_keys, rows) => selection.onChange(rows),
              getCheckboxProps: (r) => ({
                disabled: r.status !== 'routed',
                title:
                  r.status !== 'routed'
                    ? t('只有已流转的事项可以交办', 'Only routed items can be assigned')
                    : undefined,
              }),
            }
          : undefined
      }
      onRow={(r) => ({
        onClick: (e) => {
          if (
            (e.target as HTMLElement).closest('a, button, .ant-checkbox-wrapper, .ant-table-selection-column')
          )
            return
          navigate(`/suggestions/${r.id}`)
        },
      })}
      columns={[
        {
          title: t('查询编号 / 渠道', 'Code / channel'),
          dataIndex: 'trackingCode',
          width: 156,
          fixed: 'left',
          render: (v: string, r) => (
            <>
              <Link to={`/suggestions/${r.id}`} className="lx-mono">
                {v}
              </Link>
              <div className="lx-cell-sub">{label(channelLabels, r.channel, lang)}</div>
            </>
          ),
        },
        {
          title: t('状态', 'Status'),
          dataIndex: 'status',
          width: 96,
          render: (v: SuggestionStatus) => <StatusTag status={v} />,
        },
        {
          title: t('地点', 'Place'),
          key: 'place',
          width: 150,
          ellipsis: true,
          render: (_: unknown, r) => placeOf(lang, r),
        },
        {
          title: t('类别', 'Category'),
          dataIndex: 'categoryName',
          width: 84,
          ellipsis: true,
          render: (_: unknown, r) => termIn(lang, r.categoryName, r.categoryNameEn) || '—',
        },
        {
          title: t('内容摘要', 'Excerpt'),
          dataIndex: 'excerpt',
          ellipsis: { showTitle: false },
          render: (v: string) => (
            <Tooltip title={v} placement="topLeft">
              <span className="lx-excerpt">{v}</span>
            </Tooltip>
          ),
        },
        {
          title: t('收到时间', 'Received'),
          dataIndex: 'receivedAt',
          width: 132,
          render: (v: string) => countyDateTime(v),
        },
        {
          title: t('办理期限', 'Deadline'),
          dataIndex: 'dueAt',
          width: 120,
          render: (_: unknown, r) => <DueText dueAt={r.dueAt} overdue={r.overdue} />,
        },
        {
          title: t('主办单位', 'Lead unit'),
          dataIndex: 'leadUnitName',
          width: 124,
          ellipsis: true,
          render: (v) => v || '—',
        },
        {
          title: t('标记', 'Flags'),
          key: 'flags',
          width: 104,
          render: (_: unknown, r) => (
            <Space size={2} wrap>
              {r.urgeCount > 0 && (
                <Tag color="orange">{t(`催办×${r.urgeCount}`, `Urged ×${r.urgeCount}`)}</Tag>
              )}
              {r.escalated && <Tag color="red">{t('督办', 'Escalated')}</Tag>}
              {r.extensionRequested && <Tag color="blue">{t('延期申请', 'Extension asked')}</Tag>}
              {r.mergedIntoId && <Tag>{t('已并单', 'Merged')}</Tag>}
              <SupportTag item={r} />
            </Space>
          ),
        },
      ]}
    />
  )
}
