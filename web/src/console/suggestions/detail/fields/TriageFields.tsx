import { Form, Radio, Select } from 'antd'
import type { SuggestionDetail } from '../../../../shared/api/types'
import { useLang } from '../../../../shared/i18n'
import { codesOf, label, rejectReasonLabels } from '../../../../shared/labels'

// The fields of turning an item away at intake: 不予受理 (why) and 并单 (into which item).

/** 不予受理原因. */
export function ReasonField() {
  const { t, lang } = useLang()
  return (
    <Form.Item
      name="reason"
      label={t('不予受理原因', 'Reason')}
      rules={[{ required: true, message: t('请选择', 'Choose one') }]}
    >
      <Radio.Group
        options={codesOf(rejectReasonLabels).map((r) => ({
          value: r,
          label: label(rejectReasonLabels, r, lang),
        }))}
      />
    </Form.Item>
  )
}

/** 并入的主件: one of the item's possible duplicates. */
export function PrimaryField({ duplicates }: { duplicates: SuggestionDetail['duplicates'] }) {
  const { t } = useLang()
  return (
    <Form.Item
      name="primaryId"
      label={t('并入的主件', 'Merge into')}
      rules={[{ required: true, message: t('请选择', 'Choose one') }]}
    >
      <Select
        options={duplicates.map((x) => ({ value: x.id, label: `${x.trackingCode} · ${x.excerpt}` }))}
        placeholder={t('选择疑似重复的主件', 'Choose the primary item')}
      />
    </Form.Item>
  )
}
