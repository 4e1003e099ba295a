import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Badge, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { ApiProblem, unwrap } from '../../shared/api/problem'
import type { Venue } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, venueKindLabels } from '../../shared/labels'
import { can, useApi, useMe } from '../auth'
import {
  applyProblemToForm,
  ExportButton,
  ListError,
  PageHead,
  TownSelect,
  useListParams,
  usePagination,
  useRegions,
} from '../components/list'

type Kind = Venue['kind']
const KIND_COLOR: Record<string, string> = {
  station: 'red',
  point: 'blue',
  window: 'green',
  post: 'purple',
  mobile: 'orange',
}

export function VenuesPage() {
  const { t, lang } = useLang()
  const api = useApi()
  const me = useMe()
  const canEdit = can(me, 'reference.edit')
  const list = useListParams(['kind', 'regionCode', 'q'] as const)
  const kind = list.filters.kind as Kind | undefined
  const query = { ...list.filters, kind, limit: list.limit, offset: list.offset }
  const venues = useQuery({
    queryKey: ['venues', query],
    placeholderData: (prev) => prev,
    queryFn: () => unwrap(api.GET('/api/venues', { params: { query } })),
  })
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
          options={Object.keys(venueKindLabels).map((k) => ({
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
            render: (v: string) => <Tag color={KIND_COLOR[v]}>{label(venueKindLabels, v, lang)}</Tag>,
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

interface VenueValues {
  code: string
  kind: Kind
  name: string
  townCode?: string
  villageCode?: string
  address?: string
  lat?: number | null
  lng?: number | null
  receptionHours?: string
  description?: string
}

function VenueForm({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const api = useApi()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<VenueValues>()
  const townCode = Form.useWatch('townCode', form)
  const villages = useRegions('village', townCode)
  const [formError, setFormError] = useState<string | null>(null)
  const existing = useQuery({
    queryKey: ['venue', id],
    enabled: id !== null,
    gcTime: 0,
    queryFn: () => unwrap(api.GET('/api/venues/{id}', { params: { path: { id: id! } } })),
  })
  useEffect(() => {
    const v = existing.data
    if (!v) return
    const isTown = v.regionCode === v.townCode
    form.setFieldsValue({
      code: v.code,
      kind: v.kind,
      name: v.name,
      townCode: v.townCode ?? undefined,
      villageCode: isTown ? undefined : v.regionCode,
      address: v.address,
      lat: v.lat,
      lng: v.lng,
      receptionHours: v.receptionHours,
      description: v.description,
    })
  }, [existing.data, form])

  const save = useMutation({
    mutationFn: async (values: VenueValues) => {
      const body = {
        code: values.code.trim(),
        kind: values.kind,
        name: values.name.trim(),
        regionCode: values.villageCode || values.townCode || '',
        address: values.address?.trim() ?? '',
        lat: values.lat ?? null,
        lng: values.lng ?? null,
        receptionHours: values.receptionHours?.trim() ?? '',
        description: values.description?.trim() ?? '',
      }
      if (id === null) return unwrap(api.POST('/api/venues', { body }))
      // The code identifies the venue (QR codes, imports) and is fixed once created.
      const { code: _code, ...changes } = body
      return unwrap(
        api.PATCH('/api/venues/{id}', {
          params: { path: { id } },
          body: { ...changes, version: existing.data!.version },
        }),
      )
    },
    onSuccess: () => {
      message.success(t('已保存', 'Saved'))
      void queryClient.invalidateQueries({ queryKey: ['venues'] })
      onClose()
    },
    onError: (error) => {
      setFormError(null)
      if (error instanceof ApiProblem && error.code === 'conflict') {
        setFormError(
          t(
            '这条记录已被其他人修改。请关闭后重新打开，核对最新内容后再保存。',
            'Someone else changed this venue meanwhile. Close and reopen it to see the latest version, then save again.',
          ),
        )
        return
      }
      const matched = applyProblemToForm(form, error, lang)
      // regionCode is one field on the server and two selects here.
      if (error instanceof ApiProblem && /regionCode/.test(error.problem.field ?? '')) {
        form.setFields([{ name: 'townCode', errors: [t(error.problem.message)] }])
        return
      }
      if (!matched) setFormError(error instanceof ApiProblem ? t(error.problem.message) : String(error))
    },
  })

  return (
    <Modal
      open
      width={640}
      title={id === null ? t('新建联络阵地', 'New liaison venue') : t('编辑联络阵地', 'Edit liaison venue')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      loading={id !== null && existing.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      {existing.error && <ListError error={existing.error} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        initialValues={{ kind: 'station' }}
        requiredMark="optional"
      >
        <Space.Compact block style={{ gap: 12 }}>
          <Form.Item
            name="code"
            label={t('编号', 'Code')}
            style={{ flex: 1 }}
            rules={[
              { required: true, message: t('请填写编号', 'Enter a code') },
              {
                pattern: /^[A-Za-z0-9_-]+$/,
                message: t('编号只能包含字母、数字、下划线和连字符', 'Letters, digits, _ and - only'),
              },
            ]}
          >
            <Input maxLength={40} disabled={id !== null} />
          </Form.Item>
          <Form.Item name="kind" label={t('类型', 'Kind')} style={{ flex: 1 }} rules={[{ required: true }]}>
            <Select
              options={Object.keys(venueKindLabels).map((k) => ({
                value: k,
                label: label(venueKindLabels, k, lang),
              }))}
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item
          name="name"
          label={t('名称', 'Name')}
          rules={[
            { required: true, message: t('请填写名称', 'Enter a name') },
            { min: 2, message: t('名称至少 2 个字', 'At least 2 characters') },
          ]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Space.Compact block style={{ gap: 12 }}>
          <Form.Item
            name="townCode"
            label={t('镇（街道）', 'Town')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('请选择镇（街道）', 'Choose a town') }]}
          >
            <TownSelectField onChangeTown={() => form.setFieldValue('villageCode', undefined)} />
          </Form.Item>
          <Form.Item name="villageCode" label={t('村（社区）', 'Village / community')} style={{ flex: 1 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!townCode}
              loading={villages.isFetching}
              placeholder={t('可不选', 'Optional')}
              options={(villages.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="address" label={t('地址', 'Address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="receptionHours" label={t('接待时间', 'Reception hours')}>
          <Input maxLength={200} placeholder={t('如：每周三上午 9:00–11:30', 'e.g. Wednesdays 9:00–11:30')} />
        </Form.Item>
        <Space.Compact block style={{ gap: 12 }}>
          <Form.Item name="lat" label={t('纬度', 'Latitude')} style={{ flex: 1 }}>
            <InputNumber min={-90} max={90} step={0.001} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="lng" label={t('经度', 'Longitude')} style={{ flex: 1 }}>
            <InputNumber min={-180} max={180} step={0.001} style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="description" label={t('简介', 'Description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** TownSelect adapted to Form.Item's value/onChange protocol. */
function TownSelectField({
  value,
  onChange,
  onChangeTown,
}: {
  value?: string
  onChange?: (v: string | undefined) => void
  onChangeTown: () => void
}) {
  const { t } = useLang()
  return (
    <TownSelect
      width="100%"
      placeholder={t('请选择', 'Choose')}
      value={value}
      onChange={(v) => {
        onChange?.(v)
        onChangeTown()
      }}
    />
  )
}
