import { DownloadOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { ApiProblem, unwrap } from '../../shared/api/problem'
import type { SuggestionListItem, SuggestionStatus } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { channelLabels, label, statusLabels, tierLabels } from '../../shared/labels'
import { can, useApi, useMe } from '../auth'
import { ListError, PageHead, useListParams, usePagination } from '../components/list'
import { TownSelect } from '../regions/TownSelect'
import {
  ALL_STATUSES,
  CategorySelect,
  countyOf,
  DueText,
  defaultStatuses,
  StatusTag,
  UnitSelect,
} from './common'

const FILTERS = ['status', 'channel', 'tier', 'regionCode', 'category', 'overdue', 'q', 'from', 'to'] as const
type Channel = SuggestionListItem['channel']
type Tier = NonNullable<SuggestionListItem['tier']>

export function QueuePage() {
  const { t, lang } = useLang()
  const api = useApi()
  const me = useMe()
  const navigate = useNavigate()
  const list = useListParams(FILTERS)
  const f = list.filters
  const roleDefault = useMemo(() => defaultStatuses(me), [me])
  // No status in the address means "what my role works on"; "all" means every status.
  const statuses: SuggestionStatus[] | undefined =
    f.status === 'all'
      ? undefined
      : f.status
        ? (f.status
            .split(',')
            .filter((s) => ALL_STATUSES.includes(s as SuggestionStatus)) as SuggestionStatus[])
        : (roleDefault ?? undefined)
  const query = {
    status: statuses,
    channel: f.channel as Channel | undefined,
    tier: f.tier as Tier | undefined,
    regionCode: f.regionCode,
    category: f.category,
    overdue: f.overdue === 'true' ? true : f.overdue === 'false' ? false : undefined,
    q: f.q,
    from: f.from ? dayjs(f.from).startOf('day').toISOString() : undefined,
    to: f.to ? dayjs(f.to).add(1, 'day').startOf('day').toISOString() : undefined,
  }
  const items = useQuery({
    queryKey: ['suggestions', query, list.limit, list.offset],
    placeholderData: (prev) => prev,
    queryFn: () =>
      unwrap(
        api.GET('/api/suggestions', {
          params: { query: { ...query, limit: list.limit, offset: list.offset } },
        }),
      ),
  })
  const canBulk = can(me, 'suggestions.bulk_assign')
  const canIntake = can(me, 'suggestions.intake')
  const [selected, setSelected] = useState<SuggestionListItem[]>([])
  const [bulkOpen, setBulkOpen] = useState(false)

  const exportQuery = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue
    if (Array.isArray(v)) for (const s of v) exportQuery.append(k, s)
    else exportQuery.set(k, String(v))
  }
  const exportHref = `/api/export/suggestions${exportQuery.size ? `?${exportQuery}` : ''}`
  const usingDefault = !f.status && roleDefault !== null

  return (
    <>
      <PageHead
        title={t('意见建议办理', 'Suggestions')}
        extra={
          <Space>
            {canIntake && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/suggestions/new')}>
                {t('录入意见', 'Record an opinion')}
              </Button>
            )}
            <Button icon={<DownloadOutlined />} href={exportHref} download>
              {t('导出 Excel', 'Export to Excel')}
            </Button>
          </Space>
        }
      />
      <div className="lx-toolbar">
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 300 }}
          placeholder={t('全部状态', 'All statuses')}
          value={statuses ?? []}
          onChange={(v: string[]) => list.setFilter('status', v.length ? v.join(',') : 'all')}
          options={ALL_STATUSES.map((s) => ({ value: s, label: label(statusLabels, s, lang) }))}
          aria-label={t('状态', 'Status')}
        />
        {roleDefault && !usingDefault && (
          <Button type="link" onClick={() => list.setFilter('status', null)}>
            {t('我的待办', 'My work')}
          </Button>
        )}
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('全部渠道', 'All channels')}
          value={f.channel}
          onChange={(v) => list.setFilter('channel', v)}
          options={Object.keys(channelLabels).map((c) => ({
            value: c,
            label: label(channelLabels, c, lang),
          }))}
          aria-label={t('渠道', 'Channel')}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('全部层级', 'All tiers')}
          value={f.tier}
          onChange={(v) => list.setFilter('tier', v)}
          options={Object.keys(tierLabels).map((c) => ({ value: c, label: label(tierLabels, c, lang) }))}
          aria-label={t('办理层级', 'Tier')}
        />
        <TownSelect value={f.regionCode} onChange={(v) => list.setFilter('regionCode', v)} width={150} />
        <CategorySelect value={f.category} onChange={(v) => list.setFilter('category', v)} width={140} />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('是否超期', 'Overdue?')}
          value={f.overdue}
          onChange={(v) => list.setFilter('overdue', v)}
          options={[
            { value: 'true', label: t('已超期', 'Overdue') },
            { value: 'false', label: t('未超期', 'On time') },
          ]}
          aria-label={t('是否超期', 'Overdue')}
        />
        <DatePicker.RangePicker
          style={{ width: 250 }}
          value={f.from && f.to ? [dayjs(f.from), dayjs(f.to)] : null}
          onChange={(range) =>
            list.setFilters({
              from: range?.[0]?.format('YYYY-MM-DD') ?? null,
              to: range?.[1]?.format('YYYY-MM-DD') ?? null,
            })
          }
          placeholder={[t('收到日期起', 'Received from'), t('止', 'to')]}
          aria-label={t('收到日期', 'Received')}
        />
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('内容关键词或查询编号', 'Words or tracking code')}
          defaultValue={f.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
      </div>
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
      <Table<SuggestionListItem>
        rowKey="id"
        size="middle"
        className="lx-clickable-rows"
        loading={items.isFetching}
        dataSource={items.data?.items}
        pagination={usePagination(list, items.data?.total)}
        scroll={{ x: 1440 }}
        rowSelection={
          canBulk
            ? {
                selectedRowKeys: selected.map((s) => s.id),
                onChange: (_keys, rows) => setSelected(rows),
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
              (e.target as HTMLElement).closest(
                'a, button, .ant-checkbox-wrapper, .ant-table-selection-column',
              )
            )
              return
            navigate(`/suggestions/${r.id}`)
          },
        })}
        columns={[
          {
            title: t('查询编号', 'Code'),
            dataIndex: 'trackingCode',
            width: 140,
            fixed: 'left',
            render: (v: string, r) => (
              <Link to={`/suggestions/${r.id}`} className="lx-mono">
                {v}
              </Link>
            ),
          },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            width: 90,
            render: (v: string) => <StatusTag status={v} />,
          },
          {
            title: t('渠道', 'Channel'),
            dataIndex: 'channel',
            width: 90,
            render: (v: string) => label(channelLabels, v, lang),
          },
          {
            title: t('镇（街道）/ 村（社区）', 'Town / village'),
            key: 'place',
            width: 170,
            render: (_: unknown, r) => (
              <span>
                {r.townName ?? '—'}
                {r.regionName && r.regionName !== r.townName && (
                  <Typography.Text type="secondary"> / {r.regionName}</Typography.Text>
                )}
              </span>
            ),
          },
          { title: t('类别', 'Category'), dataIndex: 'categoryName', width: 90, render: (v) => v || '—' },
          {
            title: t('内容摘要', 'Excerpt'),
            dataIndex: 'excerpt',
            width: 260,
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
            width: 135,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          {
            title: t('办理期限', 'Deadline'),
            dataIndex: 'dueAt',
            width: 125,
            render: (_: unknown, r) => <DueText dueAt={r.dueAt} overdue={r.overdue} />,
          },
          {
            title: t('主办单位', 'Lead unit'),
            dataIndex: 'leadUnitName',
            width: 150,
            ellipsis: true,
            render: (v) => v || '—',
          },
          {
            title: t('标记', 'Flags'),
            key: 'flags',
            width: 120,
            render: (_: unknown, r) => (
              <Space size={2} wrap>
                {r.urgeCount > 0 && (
                  <Tag color="orange">{t(`催办×${r.urgeCount}`, `Urged ×${r.urgeCount}`)}</Tag>
                )}
                {r.escalated && <Tag color="red">{t('督办', 'Escalated')}</Tag>}
                {r.extensionRequested && <Tag color="blue">{t('延期申请', 'Extension asked')}</Tag>}
                {r.mergedIntoId && <Tag>{t('已并单', 'Merged')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {bulkOpen && (
        <BulkAssign
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

function BulkAssign({ items, onClose }: { items: SuggestionListItem[]; onClose: (done: boolean) => void }) {
  const { t, lang } = useLang()
  const api = useApi()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<{ leadUnitId: string; coUnitIds?: string[]; note?: string }>()
  const [failures, setFailures] = useState<{ code: string; message: string }[] | null>(null)
  // Town-tier items go to their town's units, county-tier items to the county's; offer what the selection needs.
  const regionCodes = useMemo(() => {
    const codes = new Set<string>()
    for (const i of items) {
      if (i.tier === 'town' && i.townCode) codes.add(i.townCode)
      else codes.add(countyOf(i.regionCode))
    }
    return [...codes]
  }, [items])
  const assign = useMutation({
    mutationFn: (v: { leadUnitId: string; coUnitIds?: string[]; note?: string }) =>
      unwrap(api.POST('/api/suggestions/bulk-assign', { body: { ids: items.map((i) => i.id), ...v } })),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['suggestions'] })
      const failed = r.results.filter((x) => !x.ok)
      const ok = r.results.length - failed.length
      if (failed.length === 0) {
        message.success(t(`已交办 ${ok} 条`, `${ok} assigned`))
        onClose(true)
      } else {
        setFailures(
          failed.map((x) => ({
            code: items.find((i) => i.id === x.id)?.trackingCode ?? x.id,
            message: x.message ? x.message[lang] : (x.code ?? ''),
          })),
        )
      }
    },
  })
  return (
    <Modal
      open
      title={t(`批量交办（${items.length} 条）`, `Assign ${items.length} items`)}
      okText={t('交办', 'Assign')}
      onOk={() => form.submit()}
      confirmLoading={assign.isPending}
      onCancel={() => onClose(failures !== null)}
      destroyOnHidden
    >
      {failures && (
        <Alert
          className="lx-gap"
          type="warning"
          showIcon
          title={t(`${failures.length} 条未能交办`, `${failures.length} could not be assigned`)}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {failures.map((x) => (
                <li key={x.code}>
                  <span className="lx-mono">{x.code}</span>：{x.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {assign.error && (
        <Alert
          className="lx-gap"
          type="error"
          title={
            assign.error instanceof ApiProblem ? t(assign.error.problem.message) : t('交办失败', 'Failed')
          }
        />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => assign.mutate(v)}>
        <Form.Item
          name="leadUnitId"
          label={t('主办单位', 'Lead unit')}
          rules={[{ required: true, message: t('请选择主办单位', 'Choose the lead unit') }]}
        >
          <UnitSelect regionCodes={regionCodes} />
        </Form.Item>
        <Form.Item name="coUnitIds" label={t('协办单位（选填）', 'Co-handling units (optional)')}>
          <UnitSelect regionCodes={regionCodes} multiple />
        </Form.Item>
        <Form.Item name="note" label={t('交办意见（选填）', 'Note (optional)')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
