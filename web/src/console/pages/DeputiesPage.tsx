import { EyeOutlined } from '@ant-design/icons'
import { useMutation, useQuery } from '@tanstack/react-query'
import { Alert, Button, Descriptions, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { ApiProblem, unwrap } from '../../shared/api/problem'
import type { Deputy } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, genderLabels, label, termLabel } from '../../shared/labels'
import { useApi } from '../auth'
import {
  ExportButton,
  ListError,
  PageHead,
  TownSelect,
  useListParams,
  usePagination,
} from '../components/list'

type Level = Deputy['memberships'][number]['level']

export function DeputiesPage() {
  const { t, lang } = useLang()
  const api = useApi()
  const list = useListParams(['level', 'regionCode', 'groupId', 'q'] as const)
  const level = list.filters.level as Level | undefined
  const query = { ...list.filters, level, limit: list.limit, offset: list.offset }
  const deputies = useQuery({
    queryKey: ['deputies', query],
    placeholderData: (prev) => prev,
    queryFn: () => unwrap(api.GET('/api/deputies', { params: { query } })),
  })
  const groups = useQuery({
    queryKey: ['deputy-groups', 'options', list.filters.regionCode ?? ''],
    staleTime: 5 * 60_000,
    queryFn: () =>
      unwrap(
        api.GET('/api/deputy-groups', {
          params: { query: { regionCode: list.filters.regionCode, limit: 500, offset: 0 } },
        }),
      ),
  })
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
          options={Object.keys(deputyLevelLabels).map((k) => ({
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
            render: (v: string) => label(genderLabels, v, lang),
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

function DeputyDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const api = useApi()
  const detail = useQuery({
    queryKey: ['deputy', id],
    enabled: id !== null,
    queryFn: () => unwrap(api.GET('/api/deputies/{id}', { params: { path: { id: id! } } })),
  })
  const reveal = useMutation({
    mutationFn: (deputyId: string) =>
      unwrap(api.POST('/api/deputies/{id}/reveal-phone', { params: { path: { id: deputyId } } })),
  })
  // A revealed number belongs to one deputy and one opening of the drawer.
  useEffect(() => {
    reveal.reset()
  }, [id])
  const d = detail.data
  const refs = (items: { id: string; name: string }[] | undefined) =>
    items && items.length > 0 ? (
      <Space size={[4, 4]} wrap>
        {items.map((i) => (
          <Tag key={i.id}>{i.name}</Tag>
        ))}
      </Space>
    ) : (
      '—'
    )
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={d?.name ?? t('代表详情', 'Deputy')}
      destroyOnHidden
    >
      <ListError error={detail.error} />
      {d && (
        <>
          <Descriptions column={1} bordered size="small" styles={{ label: { width: 120 } }}>
            <Descriptions.Item label={t('编号', 'Code')}>{d.code}</Descriptions.Item>
            <Descriptions.Item label={t('性别', 'Gender')}>
              {label(genderLabels, d.gender, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('出生年份', 'Born')}>{d.birthYear || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('政治面貌', 'Party')}>{d.party || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('职业', 'Occupation')}>{d.occupation || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('工作单位', 'Organisation')}>
              {d.organisation || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('所在地', 'Area')}>
              {d.townName}
              {d.regionName && d.regionName !== d.townName ? ` · ${d.regionName}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('手机', 'Phone')}>
              <Space wrap>
                <span className="lx-mono" data-testid="deputy-phone">
                  {reveal.data?.phone ?? d.phoneMasked ?? '—'}
                </span>
                {d.phoneMasked && !reveal.data && (
                  <Button
                    size="small"
                    icon={<EyeOutlined />}
                    loading={reveal.isPending}
                    onClick={() => reveal.mutate(d.id)}
                  >
                    {t('查看', 'Reveal')}
                  </Button>
                )}
              </Space>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {reveal.data
                    ? t('本次查看已记入审计日志。', 'This reveal has been recorded in the audit log.')
                    : t(
                        '查看完整号码会记入审计日志。',
                        'Revealing the full number is recorded in the audit log.',
                      )}
                </Typography.Text>
              </div>
              {reveal.error && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 8 }}
                  title={
                    reveal.error instanceof ApiProblem
                      ? t(reveal.error.problem.message)
                      : String(reveal.error)
                  }
                />
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('代表身份', 'Memberships')}>
              <Space orientation="vertical" size={2}>
                {d.memberships.map((m) => (
                  <span key={`${m.level}-${m.term}`}>
                    {label(deputyLevelLabels, m.level, lang)} · {termLabel(m.term, lang)}
                    {m.constituency ? ` · ${m.constituency}` : ''}
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('代表小组', 'Groups')}>{refs(d.groups)}</Descriptions.Item>
            <Descriptions.Item label={t('联络阵地', 'Venues')}>{refs(d.venues)}</Descriptions.Item>
            <Descriptions.Item label={t('网格', 'Grids')}>{refs(d.grids)}</Descriptions.Item>
            <Descriptions.Item label={t('简介', 'Biography')}>{d.bio || '—'}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Drawer>
  )
}
