import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { IssuedPartnerKey, PartnerKind, PartnerScope } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, partnerKindLabels, partnerScopeLabels } from '../../shared/labels'
import { applyProblemToForm } from '../components/list'
import { useUnits } from '../units/queries'
import { useCreatePartner } from './queries'

interface PartnerValues {
  name: string
  kind: PartnerKind
  unitId?: string
  webhookUrl?: string
  scopes: PartnerScope[]
}

/** A new partner system and its first key; the key is shown once by the caller (`onIssued`). */
export function PartnerForm({
  onClose,
  onIssued,
}: {
  onClose: () => void
  onIssued: (issued: IssuedPartnerKey) => void
}) {
  const { t, lang } = useLang()
  const [form] = Form.useForm<PartnerValues>()
  const kind = Form.useWatch('kind', form)
  const platforms = useUnits({ kind: 'platform', limit: 500, offset: 0 })
  const create = useCreatePartner()
  const [formError, setFormError] = useState<string | null>(null)
  // A platform answers assignments; the others hand items in and read their status.
  const scopes = codesOf(partnerScopeLabels).filter((s) => kind === 'platform' || s !== 'platform_reply')

  const submit = (v: PartnerValues) => {
    setFormError(null)
    create.mutate(
      {
        name: v.name.trim(),
        kind: v.kind,
        ...(v.kind === 'platform' && v.unitId ? { unitId: v.unitId } : {}),
        ...(v.webhookUrl?.trim() ? { webhookUrl: v.webhookUrl.trim() } : {}),
        scopes: v.scopes.filter((s) => scopes.includes(s)),
      },
      {
        onSuccess: (issued) => onIssued(issued),
        onError: (error) => {
          if (!applyProblemToForm(form, error, lang))
            setFormError(error instanceof ApiProblem ? t(error.problem.message) : String(error))
        },
      },
    )
  }

  return (
    <Modal
      open
      width={560}
      title={t('接入外部系统', 'Register a partner system')}
      okText={t('保存并签发密钥', 'Save and issue a key')}
      cancelText={t('取消', 'Cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      <Form<PartnerValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        initialValues={{ kind: 'province', scopes: ['intake', 'status'] }}
      >
        <Form.Item
          name="name"
          label={t('系统名称', 'System name')}
          rules={[
            { required: true, message: t('请填写系统名称', 'Enter a name') },
            { min: 2, message: t('名称至少 2 个字', 'At least 2 characters') },
          ]}
        >
          <Input
            maxLength={60}
            placeholder={t('如：浙江省人大代表履职平台', 'e.g. the province’s platform')}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('类别', 'Kind')} rules={[{ required: true }]}>
          <Select
            options={codesOf(partnerKindLabels).map((k) => ({
              value: k,
              label: label(partnerKindLabels, k, lang),
            }))}
            onChange={(k: PartnerKind) =>
              form.setFieldValue('scopes', k === 'platform' ? ['platform_reply'] : ['intake', 'status'])
            }
          />
        </Form.Item>
        {kind === 'platform' && (
          <Form.Item
            name="unitId"
            label={t('对应的承办单位（一室四平台）', 'Its handling unit (town platform)')}
            rules={[{ required: true, message: t('请选择承办单位', 'Choose the unit') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={platforms.isPending}
              options={(platforms.data?.items ?? [])
                .filter((u) => u.active)
                .map((u) => ({ value: u.id, label: `${u.name}${u.regionName ? ` · ${u.regionName}` : ''}` }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="webhookUrl"
          label={t('推送地址（Webhook）', 'Webhook URL')}
          extra={
            kind === 'platform'
              ? t('交办给该平台的事项推送到此地址', 'Items assigned to the platform are pushed here')
              : t('该系统提交的事项状态变化推送到此地址', 'Status changes of its items are pushed here')
          }
          rules={[{ pattern: /^https?:\/\/\S+$/, message: t('请填写 http(s) 地址', 'An http(s) URL') }]}
        >
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('密钥权限', 'Key scopes')}
          rules={[{ required: true, message: t('请至少选择一项', 'Choose at least one') }]}
        >
          <Checkbox.Group
            options={scopes.map((s) => ({ value: s, label: label(partnerScopeLabels, s, lang) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
