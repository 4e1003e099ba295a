import { Form, Input, Radio, Space } from 'antd'
import type { SuggestionDetail } from '../../../../shared/api/types'
import { useLang } from '../../../../shared/i18n'
import { codesOf, label, outcomeLabels } from '../../../../shared/labels'
import type { FieldSpec } from '../../actions'
import { ReplyAttachmentsUpload } from '../attachments'

// The fields of an answer: 答复 by the unit, 当场答复 at the station.

/** 答复内容, under the action's label; the reviewer starts from the unit's text (prefill). */
export function AnswerField({
  field,
  detail,
}: {
  field: Extract<FieldSpec, { kind: 'answer' }>
  detail: SuggestionDetail
}) {
  const { t } = useLang()
  return (
    <Form.Item
      name="answer"
      label={t(field.label)}
      initialValue={field.prefill ? (detail.answer ?? undefined) : undefined}
      rules={[{ required: true, whitespace: true, message: t('请填写答复', 'Write the answer') }]}
    >
      <Input.TextArea rows={field.rows} maxLength={4000} showCount />
    </Form.Item>
  )
}

/** 办理结果 A–D, required for a reply and optional on the spot. */
export function OutcomeField({ required }: { required: boolean }) {
  const { t, lang } = useLang()
  return (
    <Form.Item
      name="outcome"
      label={required ? t('办理结果', 'Outcome') : t('办理结果（选填）', 'Outcome (optional)')}
      rules={required ? [{ required: true, message: t('请选择办理结果', 'Choose the outcome') }] : undefined}
    >
      <Radio.Group>
        <Space direction="vertical">
          {codesOf(outcomeLabels).map((o) => (
            <Radio key={o} value={o}>
              {label(outcomeLabels, o, lang)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Form.Item>
  )
}

/** 附件（办理照片）: uploaded to the item as soon as picked. */
export function AttachmentsField({ detail }: { detail: SuggestionDetail }) {
  const { t } = useLang()
  return (
    <Form.Item label={t('附件（办理照片）', 'Attachments (handling photos)')}>
      <ReplyAttachmentsUpload detail={detail} />
    </Form.Item>
  )
}
