import { Alert, App, Form, InputNumber, Modal, Select } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { TimeLimit, TimeLimitTier } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, timeLimitTierLabels } from '../../shared/labels'
import { applyProblemToForm } from '../components/list'
import { useCategories } from '../suggestions/queries'
import { useSaveTimeLimit } from './queries'

interface LimitValues {
  tier: TimeLimitTier
  category?: string
  completionWorkingDays: number
  maxExtensionWorkingDays: number
  escalateAfterWorkingDays: number
  ratingWindowDays: number
}

/**
 * Setting the time limits of a tier, or of one category within a tier (`limit` null for a new row). The most
 * specific row applies to an item: tier and category, tier, category, then the default.
 */
export function TimeLimitForm({ limit, onClose }: { limit: TimeLimit | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<LimitValues>()
  const categories = useCategories()
  const save = useSaveTimeLimit()
  const [formError, setFormError] = useState<string | null>(null)
  const submit = (v: LimitValues) =>
    save.mutate(
      { ...v, category: v.category ?? null },
      {
        onSuccess: () => {
          message.success(t('已保存', 'Saved'))
          onClose()
        },
        onError: (error) => {
          if (!applyProblemToForm(form, error, lang))
            setFormError(error instanceof ApiProblem ? t(error.problem.message) : String(error))
          else setFormError(null)
        },
      },
    )
  const days = (name: keyof LimitValues, text: string, min: number, max: number) => (
    <Form.Item name={name} label={text} rules={[{ required: true, message: t('请填写', 'Required') }]}>
      <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  )
  return (
    <Modal
      open
      width={520}
      title={limit ? t('修改办理时限', 'Edit time limits') : t('新增办理时限', 'New time limits')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      <Form<LimitValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          limit
            ? { ...limit, category: limit.category ?? undefined }
            : {
                tier: 'default',
                completionWorkingDays: 5,
                maxExtensionWorkingDays: 5,
                escalateAfterWorkingDays: 2,
                ratingWindowDays: 7,
              }
        }
      >
        <Form.Item name="tier" label={t('层级', 'Tier')} rules={[{ required: true }]}>
          <Select
            disabled={limit !== null}
            options={codesOf(timeLimitTierLabels).map((k) => ({
              value: k,
              label: label(timeLimitTierLabels, k, lang),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('意见类别', 'Category')}
          extra={
            limit ? undefined : t('不选则适用于该层级的所有类别', 'Left empty: every category of the tier')
          }
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={limit !== null}
            placeholder={t('全部类别', 'All categories')}
            loading={categories.isPending}
            options={(categories.data?.items ?? []).map((c) => ({
              value: c.code,
              label: lang === 'en' && c.nameEn ? c.nameEn : c.name,
            }))}
          />
        </Form.Item>
        {days('completionWorkingDays', t('办理时限（工作日）', 'Time limit (working days)'), 1, 365)}
        {days('maxExtensionWorkingDays', t('最长延期（工作日）', 'Max extension (working days)'), 0, 365)}
        {days(
          'escalateAfterWorkingDays',
          t('逾期几日督办（工作日）', 'Escalated when overdue by (working days)'),
          0,
          365,
        )}
        {days('ratingWindowDays', t('评价期（自然日）', 'Rating window (days)'), 1, 90)}
      </Form>
    </Modal>
  )
}
