import { Alert, App, Form, Input, InputNumber, Modal, Select, Space } from 'antd'
import { useEffect, useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { VenueKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, venueKindLabels } from '../../shared/labels'
import { applyProblemToForm, ListError } from '../components/list'
import { useVillages } from '../regions/queries'
import { TownSelect } from '../regions/TownSelect'
import { useSaveVenue, useVenue } from './queries'

interface VenueValues {
  code: string
  kind: VenueKind
  name: string
  townCode?: string
  villageCode?: string
  address?: string
  lat?: number | null
  lng?: number | null
  receptionHours?: string
  description?: string
}

/** The create / edit dialog of a venue (`id` null for a new one). */
export function VenueForm({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<VenueValues>()
  const townCode = Form.useWatch('townCode', form)
  const villages = useVillages(townCode)
  const [formError, setFormError] = useState<string | null>(null)
  const existing = useVenue(id)
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

  const save = useSaveVenue()
  const onError = (error: unknown) => {
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
  }
  const submit = (values: VenueValues) => {
    // An edit waits for the venue it changes (the dialog shows a skeleton meanwhile).
    const target = id === null ? null : existing.data
    if (target === undefined) return
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
    save.mutate(
      { target, body },
      {
        onSuccess: () => {
          message.success(t('已保存', 'Saved'))
          onClose()
        },
        onError,
      },
    )
  }

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
        onFinish={submit}
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
              options={codesOf(venueKindLabels).map((k) => ({
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
