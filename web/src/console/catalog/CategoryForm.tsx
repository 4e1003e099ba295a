import { Alert, App, Form, Input, InputNumber, Modal } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { CategoryAdmin } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { applyProblemToForm } from '../components/list'
import { useSaveCategory } from './queries'

interface CategoryValues {
  code: string
  name: string
  nameEn?: string
  sort?: number | null
}

/** The create / edit dialog of a suggestion category (`category` null for a new one). */
export function CategoryForm({ category, onClose }: { category: CategoryAdmin | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<CategoryValues>()
  const save = useSaveCategory()
  const [formError, setFormError] = useState<string | null>(null)
  const onError = (error: unknown) => {
    setFormError(null)
    if (error instanceof ApiProblem && error.problem.field === 'body.version') {
      setFormError(
        t(
          '这条记录已被其他人修改。请关闭后刷新，核对最新内容后再保存。',
          'Someone else changed this category meanwhile. Close, reload and check the latest version, then save again.',
        ),
      )
      return
    }
    if (!applyProblemToForm(form, error, lang))
      setFormError(error instanceof ApiProblem ? t(error.problem.message) : String(error))
  }
  const submit = (v: CategoryValues) =>
    save.mutate(
      {
        target: category,
        body: {
          code: v.code.trim(),
          name: v.name.trim(),
          nameEn: v.nameEn?.trim() ?? '',
          ...(typeof v.sort === 'number' && { sort: v.sort }),
        },
      },
      {
        onSuccess: () => {
          message.success(t('已保存', 'Saved'))
          onClose()
        },
        onError,
      },
    )
  return (
    <Modal
      open
      width={520}
      title={category ? t('编辑意见类别', 'Edit category') : t('新建意见类别', 'New category')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      <Form<CategoryValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        initialValues={category ?? {}}
      >
        <Form.Item
          name="code"
          label={t('编码', 'Code')}
          extra={
            category
              ? undefined
              : t('小写字母开头，可含数字和下划线；创建后不可修改', 'e.g. elderly_care; fixed once created')
          }
          rules={[
            { required: true, message: t('请填写编码', 'Enter a code') },
            {
              pattern: /^[a-z][a-z0-9_]{1,31}$/,
              message: t('2–32 位小写字母、数字、下划线，字母开头', '2–32 lower-case letters, digits, _'),
            },
          ]}
        >
          <Input maxLength={32} disabled={category !== null} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('名称', 'Name')}
          rules={[
            { required: true, message: t('请填写名称', 'Enter a name') },
            { min: 2, message: t('名称至少 2 个字', 'At least 2 characters') },
          ]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('英文名称', 'English name')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="sort"
          label={t('排序', 'Order')}
          extra={category ? undefined : t('不填则排在最后', 'Left empty: at the end')}
        >
          <InputNumber min={0} max={9999} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
