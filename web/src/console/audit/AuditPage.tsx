import { DatePicker, Input, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import type { AuditEntry } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime, countyDay, countyDayStart } from '../../shared/time'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { useAuditLog } from './queries'

export function AuditPage() {
  const { t } = useLang()
  const list = useListParams(['action', 'actorId', 'from', 'to'] as const)
  const audit = useAuditLog({ ...list.filters, limit: list.limit, offset: list.offset })
  const { from, to } = list.filters
  return (
    <>
      <PageHead
        title={t('审计日志', 'Audit log')}
        extra={<ExportButton name="audit" filters={list.filters} />}
      />
      <Typography.Paragraph type="secondary">
        {t(
          '审计日志只增不改，逐条哈希串联，任何篡改都能被发现。登录、查看个人信息、修改数据等操作都会记录在此。',
          'The audit log is append-only and hash-chained, so tampering shows. Sign-ins, reveals of personal data and changes are recorded here.',
        )}
      </Typography.Paragraph>
      <div className="lx-toolbar">
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('操作，如 deputy.reveal_phone', 'Action, e.g. deputy.reveal_phone')}
          defaultValue={list.filters.action}
          onSearch={(v) => list.setFilter('action', v.trim())}
        />
        <DatePicker.RangePicker
          value={[from ? dayjs(countyDay(new Date(from))) : null, to ? dayjs(countyDay(new Date(to))) : null]}
          onChange={(range) => {
            // Whole county days, whatever the browser's zone; `to` is the last instant of its day.
            const day = (d: dayjs.Dayjs | null | undefined) => d?.format('YYYY-MM-DD')
            const start = day(range?.[0])
            const end = day(range?.[1])
            list.setFilters({
              from: start ? countyDayStart(start) : undefined,
              to: end ? new Date(Date.parse(countyDayStart(end, 1)) - 1).toISOString() : undefined,
            })
          }}
          allowEmpty={[true, true]}
        />
      </div>
      <ListError error={audit.error} />
      <Table<AuditEntry>
        rowKey="seq"
        size="middle"
        loading={audit.isFetching}
        dataSource={audit.data?.items}
        pagination={usePagination(list, audit.data?.total)}
        expandable={{
          rowExpandable: (r) => r.detail !== null && r.detail !== undefined,
          expandedRowRender: (r) => (
            <pre className="lx-mono" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {JSON.stringify(r.detail, null, 2)}
            </pre>
          ),
        }}
        columns={[
          { title: '#', dataIndex: 'seq', width: 80 },
          {
            title: t('时间', 'Time'),
            dataIndex: 'at',
            width: 180,
            render: (v: string) => countyDateTime(v),
          },
          { title: t('操作人', 'Actor'), dataIndex: 'actorName', width: 120, render: (v) => v ?? '—' },
          { title: t('操作', 'Action'), dataIndex: 'action', className: 'lx-mono' },
          {
            title: t('对象', 'Target'),
            key: 'target',
            render: (_, r) => (r.targetType ? `${r.targetType}${r.targetId ? ` · ${r.targetId}` : ''}` : '—'),
          },
          {
            title: t('结果', 'Result'),
            dataIndex: 'result',
            width: 100,
            render: (v: string) => <Tag color={v === 'ok' || v === 'success' ? 'green' : 'red'}>{v}</Tag>,
          },
          {
            title: t('请求编号', 'Request id'),
            dataIndex: 'requestId',
            className: 'lx-mono',
            width: 160,
            ellipsis: true,
          },
        ]}
      />
    </>
  )
}
