import { Form, Input } from 'antd'
import { useLang } from '../../../../shared/i18n'
import type { FieldSpec } from '../../actions'

/** 备注: optional, or required under the action's own label (a reason, an explanation to the citizen). */
export function NoteField({ field }: { field: Extract<FieldSpec, { kind: 'note' }> }) {
  const { t } = useLang()
  if (!field.required) {
    return (
      <Form.Item name="note" label={t('备注（选填）', 'Note (optional)')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    )
  }
  return (
    <Form.Item
      name="note"
      label={t(field.label)}
      rules={[{ required: true, whitespace: true, message: t('请填写', 'Required') }]}
    >
      <Input.TextArea rows={4} maxLength={2000} />
    </Form.Item>
  )
}
