import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { Unit, UnitKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, unitKindLabels } from '../../shared/labels'
import { applyProblemToForm } from '../components/list'
import { useRegions } from '../regions/queries'
import { TownSelect } from '../regions/TownSelect'
import { usePlatformTypes, useSaveUnit } from './queries'

/** Town governments and town platforms (一室四平台) sit in a town; every other kind at the county. */
const TOWN_KINDS: UnitKind[] = ['town_government', 'platform']

interface UnitValues {
  code: string
  name: string
  kind: UnitKind
  townCode?: string
  platformType?: string
}

/** The create / edit dialog of a handling unit (`unit` null for a new one). */
export function UnitForm({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<UnitValues>()
  const kind = Form.useWatch('kind', form)
  const inTown = kind ? TOWN_KINDS.includes(kind) : false
  const county = useRegions({ level: 'county', limit: 1, offset: 0 }, { lookup: true }).data?.items[0]
  const platformTypes = usePlatformTypes()
  const save = useSaveUnit()
  const [formError, setFormError] = useState<string | null>(null)

  const onError = (error: unknown) => {
    setFormError(null)
    if (error instanceof ApiProblem && error.code === 'conflict' && error.problem.field === 'body.version') {
      setFormError(
        t(
          '这条记录已被其他人修改。请关闭后刷新，核对最新内容后再保存。',
          'Someone else changed this unit meanwhile. Close, reload and check the latest version, then save again.',
        ),
      )
      return
    }
    // regionCode is the town picker here (or the county, which is not a field).
    if (error instanceof ApiProblem && error.problem.field === 'body.regionCode') {
      form.setFields([{ name: 'townCode', errors: [t(error.problem.message)] }])
      return
    }
    if (!applyProblemToForm(form, error, lang))
      setFormError(error instanceof ApiProblem ? t(error.problem.message) : String(error))
  }
  const submit = (v: UnitValues) => {
    const town = TOWN_KINDS.includes(v.kind)
    const body = {
      code: v.code.trim(),
      name: v.name.trim(),
      kind: v.kind,
      regionCode: (town ? v.townCode : county?.code) ?? '',
      platformType: v.kind === 'platform' ? (v.platformType ?? null) : null,
    }
    save.mutate(
      { target: unit, body },
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
      width={560}
      title={unit ? t('编辑承办单位', 'Edit handling unit') : t('新建承办单位', 'New handling unit')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      <Form<UnitValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        initialValues={
          unit
            ? {
                code: unit.code,
                name: unit.name,
                kind: unit.kind,
                townCode: TOWN_KINDS.includes(unit.kind) ? unit.regionCode : undefined,
                platformType: unit.platformType ?? undefined,
              }
            : { kind: 'department' }
        }
      >
        <Form.Item
          name="code"
          label={t('编号', 'Code')}
          extra={unit ? undefined : t('创建后不可修改', 'Fixed once created')}
          rules={[
            { required: true, message: t('请填写编号', 'Enter a code') },
            {
              pattern: /^[A-Za-z0-9_-]+$/,
              message: t('编号只能包含字母、数字、下划线和连字符', 'Letters, digits, _ and - only'),
            },
          ]}
        >
          <Input maxLength={40} disabled={unit !== null} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('单位名称', 'Unit name')}
          rules={[
            { required: true, message: t('请填写单位名称', 'Enter a name') },
            { min: 2, message: t('名称至少 2 个字', 'At least 2 characters') },
          ]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="kind" label={t('类别', 'Kind')} rules={[{ required: true }]}>
          <Select
            options={codesOf(unitKindLabels).map((k) => ({
              value: k,
              label: label(unitKindLabels, k, lang),
            }))}
          />
        </Form.Item>
        {inTown ? (
          <Form.Item
            name="townCode"
            label={t('所属镇（街道）', 'Town')}
            rules={[{ required: true, message: t('请选择镇（街道）', 'Choose a town') }]}
          >
            <TownField />
          </Form.Item>
        ) : (
          <Form.Item label={t('所属区域', 'Region')}>
            <Typography.Text type="secondary">{county?.name ?? t('全县', 'The county')}</Typography.Text>
          </Form.Item>
        )}
        {kind === 'platform' && (
          <Form.Item
            name="platformType"
            label={t('平台类型', 'Platform type')}
            rules={[{ required: true, message: t('请选择平台类型', 'Choose a platform type') }]}
          >
            <Select
              loading={platformTypes.isPending}
              options={(platformTypes.data?.items ?? []).map((p) => ({
                value: p.code,
                label: lang === 'en' && p.nameEn ? p.nameEn : p.name,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}

function TownField({ value, onChange }: { value?: string; onChange?: (v: string | undefined) => void }) {
  const { t } = useLang()
  return (
    <TownSelect
      width="100%"
      placeholder={t('请选择', 'Choose')}
      value={value}
      onChange={(v) => onChange?.(v)}
    />
  )
}
